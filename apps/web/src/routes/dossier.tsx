import {
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { ArrowLeftOutlined, DownloadOutlined, FileWordOutlined, UploadOutlined } from '@ant-design/icons';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  AWARD_CODES,
  AWARD_CODE_LABELS,
  AWARD_TYPE_LABELS,
  DEFAULT_INDIVIDUAL_TARGETS,
  PROCEDURE_LABELS,
  SIMPLIFIED_GROUND_LABELS,
  formatLegalDate,
  type Attachment,
  type DossierDetail,
  type Nomination,
  type PersonSummary,
} from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { FormModal } from '../components/form-modal';
import { UnitTreeSelect } from '../features/units/unit-tree-select';
import { useUnitCandidates } from '../features/eligibility/api';
import { OutcomeTag } from '../features/eligibility/verdict-view';
import {
  attachmentUrl,
  uploadComponent,
  useDossier,
  useNominationMutation,
} from '../features/nominations/api';
import { NomineeTable } from '../features/nominations/nominee-table';
import { DossierStatusTag } from '../features/nominations/tags';
import { useDebounced } from '../components/use-debounced';
import { ApiError, api } from '../lib/http';

export default function DossierPage() {
  const { id = '' } = useParams();
  const { data, error, isLoading } = useDossier(id);
  if (isLoading) return <Spin size="large" style={{ display: 'block', marginTop: '20vh' }} />;
  if (!data) return <ErrorAlert error={error} />;
  return <DossierView d={data} />;
}

/** DOSSIER_INCOMPLETE details → one readable line per missing component (and who lacks it). */
export function missingLines(e: unknown): string[] | undefined {
  if (!(e instanceof ApiError) || e.code !== 'DOSSIER_INCOMPLETE') return undefined;
  const missing = (e.details as { missing?: { name: string; nominations: { name: string }[] }[] } | null)
    ?.missing;
  return missing?.map((m) =>
    m.nominations.length ? `${m.name}: ${m.nominations.map((n) => n.name).join(', ')}` : m.name,
  );
}

function DossierView({ d }: { d: DossierDetail }) {
  const { message, modal } = App.useApp();
  const editable = d.status === 'DRAFT' || d.status === 'RETURNED';
  const [adding, setAdding] = useState(false);
  const [fromList, setFromList] = useState(false);
  const submit = useNominationMutation(() => api.post<DossierDetail>(`/dossiers/${d.id}/submit`));
  const withdraw = useNominationMutation((nid: string) =>
    api.post<DossierDetail>(`/nominations/${nid}/withdraw`, { reason: null }),
  );
  const reevaluate = useNominationMutation((nid: string) =>
    api.post<DossierDetail>(`/nominations/${nid}/evaluate`),
  );
  const live = d.nominations.filter((n) => n.status !== 'WITHDRAWN');
  return (
    <>
      <Link to="/de-nghi">
        <ArrowLeftOutlined /> Đề nghị khen thưởng
      </Link>
      <PageTitle
        title={d.title}
        extra={
          <Space wrap>
            {d.status !== 'DRAFT' && (
              <Link to={`/de-nghi/${d.id}/tham-dinh`}>
                <Button>Thẩm định</Button>
              </Link>
            )}
            {editable && (
              <Button
                type="primary"
                loading={submit.isPending}
                onClick={() =>
                  modal.confirm({
                    title: 'Trình hồ sơ lên cấp trên?',
                    content: 'Hệ thống kiểm tra đủ thành phần hồ sơ và hạn nộp.',
                    okText: 'Trình',
                    cancelText: 'Hủy',
                    onOk: async () => {
                      try {
                        await submit.mutateAsync(undefined);
                        message.success('Đã trình hồ sơ.');
                      } catch {
                        /* shown below */
                      }
                    },
                  })
                }
              >
                Trình hồ sơ
              </Button>
            )}
          </Space>
        }
      />
      <ErrorAlert error={submit.error} extra={missingLines(submit.error)} />
      <ErrorAlert error={withdraw.error ?? reevaluate.error} />
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="Đơn vị đề nghị">{d.proposingUnitName}</Descriptions.Item>
        <Descriptions.Item label="Cơ quan nhận">{d.receivingUnitName}</Descriptions.Item>
        <Descriptions.Item label="Trạng thái">
          <DossierStatusTag status={d.status} />
        </Descriptions.Item>
        <Descriptions.Item label="Thủ tục">
          {PROCEDURE_LABELS[d.procedure]}
          {d.simplifiedGround && ` — ${SIMPLIFIED_GROUND_LABELS[d.simplifiedGround]}`}
        </Descriptions.Item>
        <Descriptions.Item label="Loại hình">{AWARD_TYPE_LABELS[d.awardType]}</Descriptions.Item>
        <Descriptions.Item label="Năm thành tích">{d.year}</Descriptions.Item>
        {d.occasion && <Descriptions.Item label="Dịp">{d.occasion}</Descriptions.Item>}
        {d.deadline && (
          <Descriptions.Item label="Hạn nộp">
            {formatLegalDate(d.effectiveDeadline)}
            {d.effectiveDeadline !== d.deadline && ` (hạn ${formatLegalDate(d.deadline)} rơi vào ngày nghỉ)`}
          </Descriptions.Item>
        )}
        {d.submittedOn && (
          <Descriptions.Item label="Ngày trình">{formatLegalDate(d.submittedOn)}</Descriptions.Item>
        )}
        {d.appraisalDueOn && (
          <Descriptions.Item label="Hạn thẩm định">{formatLegalDate(d.appraisalDueOn)}</Descriptions.Item>
        )}
      </Descriptions>

      <Card
        size="small"
        title={`Người được đề nghị (${live.length})`}
        style={{ marginBottom: 16 }}
        extra={
          editable && (
            <Space>
              <Button onClick={() => setAdding(true)}>Thêm cá nhân, tập thể</Button>
              <Button onClick={() => setFromList(true)}>Thêm từ danh sách đề xuất</Button>
            </Space>
          )
        }
      >
        <NomineeTable
          nominations={d.nominations}
          extraColumns={
            editable
              ? [
                  {
                    title: '',
                    render: (_: unknown, n: Nomination) =>
                      (n.status === 'DRAFT' || n.status === 'RETURNED') && (
                        <Space size={4}>
                          {n.personId && (
                            <Button size="small" onClick={() => reevaluate.mutate(n.id)}>
                              Xét lại
                            </Button>
                          )}
                          <Popconfirm
                            title={`Rút ${n.nomineeName} khỏi hồ sơ?`}
                            okText="Rút"
                            cancelText="Hủy"
                            onConfirm={() => withdraw.mutate(n.id)}
                          >
                            <Button size="small" danger>
                              Rút
                            </Button>
                          </Popconfirm>
                        </Space>
                      ),
                  },
                ]
              : []
          }
        />
      </Card>

      <ComponentsCard d={d} editable={editable} />

      {adding && <AddNomineeModal d={d} onClose={() => setAdding(false)} />}
      {fromList && <FromCandidatesModal d={d} onClose={() => setFromList(false)} />}
    </>
  );
}

interface ComponentRow {
  key: string;
  code: string;
  name: string;
  citation: string;
  generatable: boolean;
  nomination: Nomination | null;
  files: Attachment[];
}

/** Thành phần hồ sơ (Luật Điều 84/85): one row per component, per nominee for the personal ones. */
function ComponentsCard({ d, editable }: { d: DossierDetail; editable: boolean }) {
  const { message } = App.useApp();
  const rows: ComponentRow[] = useMemo(() => {
    const live = d.nominations.filter((n) => n.status !== 'WITHDRAWN');
    return d.components.flatMap((c): ComponentRow[] =>
      c.scope === 'DOSSIER'
        ? [
            {
              key: c.code,
              code: c.code,
              name: c.name,
              citation: c.citation,
              generatable: c.generatable,
              nomination: null,
              files: d.attachments.filter((a) => a.component === c.code && a.nominationId === null),
            },
          ]
        : live.map((n) => ({
            key: `${c.code}:${n.id}`,
            code: c.code,
            name: c.name,
            citation: c.citation,
            generatable: c.generatable,
            nomination: n,
            files: d.attachments.filter((a) => a.component === c.code && a.nominationId === n.id),
          })),
    );
  }, [d]);
  const upload = useNominationMutation((x: { row: ComponentRow; file: File }) =>
    uploadComponent(d.id, x.row.code, x.row.nomination?.id ?? null, x.file),
  );
  const generate = useNominationMutation((row: ComponentRow) =>
    api.post<DossierDetail>(`/dossiers/${d.id}/generate`, {
      component: row.code,
      nominationId: row.nomination?.id ?? null,
    }),
  );
  const remove = useNominationMutation((attachmentId: string) =>
    api.delete<DossierDetail>(`/dossiers/${d.id}/attachments/${attachmentId}`),
  );
  return (
    <Card
      size="small"
      title="Thành phần hồ sơ"
      extra={
        d.complete ? (
          <Tag color="success">Đủ thành phần</Tag>
        ) : (
          <Tag color="warning">Còn thiếu thành phần</Tag>
        )
      }
    >
      <ErrorAlert error={upload.error ?? generate.error ?? remove.error} />
      <Table<ComponentRow>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        aria-label="Thành phần hồ sơ"
        locale={{ emptyText: 'Thêm người được đề nghị để thấy các thành phần cần có' }}
        onRow={(r) => ({ 'data-testid': `component-${r.key}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: 'Thành phần',
            render: (_, r) => (
              <>
                <div>
                  {r.name}
                  {r.nomination && <Typography.Text strong> — {r.nomination.nomineeName}</Typography.Text>}
                </div>
                <Typography.Text type="secondary" italic style={{ fontSize: 12 }}>
                  {r.citation}
                </Typography.Text>
              </>
            ),
          },
          {
            title: 'Tình trạng',
            width: 110,
            render: (_, r) =>
              r.files.length > 0 ? <Tag color="success">Đã có</Tag> : <Tag color="error">Còn thiếu</Tag>,
          },
          {
            title: 'Tệp',
            render: (_, r) => (
              <Space orientation="vertical" size={2}>
                {r.files.map((f) => (
                  <Space key={f.id} size={4}>
                    <a href={attachmentUrl(d.id, f.id)} download>
                      <DownloadOutlined /> {f.filename}
                    </a>
                    {f.generated && <Tag>tạo từ dữ liệu</Tag>}
                    {editable && (
                      <Popconfirm
                        title="Gỡ tệp này?"
                        okText="Gỡ"
                        cancelText="Hủy"
                        onConfirm={() => remove.mutate(f.id)}
                      >
                        <Button size="small" type="link" danger>
                          Gỡ
                        </Button>
                      </Popconfirm>
                    )}
                  </Space>
                ))}
              </Space>
            ),
          },
          ...(editable
            ? [
                {
                  title: '',
                  width: 260,
                  render: (_: unknown, r: ComponentRow) => (
                    <Space size={4}>
                      <Upload
                        accept=".pdf,.docx,.png,.jpg,.jpeg"
                        showUploadList={false}
                        customRequest={async ({ file, onSuccess, onError }) => {
                          try {
                            await upload.mutateAsync({ row: r, file: file as File });
                            message.success('Đã tải tệp lên.');
                            onSuccess?.({});
                          } catch (e) {
                            onError?.(e as Error);
                          }
                        }}
                      >
                        <Button size="small" icon={<UploadOutlined />}>
                          Tải lên
                        </Button>
                      </Upload>
                      {r.generatable && (
                        <Button
                          size="small"
                          icon={<FileWordOutlined />}
                          loading={generate.isPending && generate.variables?.key === r.key}
                          onClick={async () => {
                            await generate.mutateAsync(r);
                            message.success('Đã tạo văn bản từ dữ liệu.');
                          }}
                        >
                          Tạo từ dữ liệu
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

interface AddValues {
  kind: 'PERSON' | 'COLLECTIVE';
  personId?: string;
  unitId?: string;
  code: string;
  periodFrom?: number;
  periodTo?: number;
  summary?: string;
}

function PersonSearch({ value, onChange }: { value?: string; onChange?: (v: string) => void }) {
  const [q, setQ] = useState('');
  const dq = useDebounced(q, 250);
  const [opts, setOpts] = useState<{ value: string; label: string }[]>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    if (dq.trim().length < 2) return;
    let live = true;
    setLoading(true);
    void api
      .get<{ items: PersonSummary[] }>('/people', { q: dq, page: 1, pageSize: 20 })
      .then((p) => {
        if (!live) return;
        setOpts(
          p.items.map((x) => ({
            value: x.id,
            label: `${x.fullName}${x.currentUnitName ? ` — ${x.currentUnitName}` : ''}`,
          })),
        );
      })
      .catch(() => live && setOpts([]))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [dq]);
  return (
    <Select
      aria-label="Cá nhân"
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder="Gõ họ tên (không cần dấu)"
      loading={loading}
      options={opts}
      value={value}
      onChange={onChange}
      notFoundContent={dq.length < 2 ? 'Gõ ít nhất 2 ký tự' : 'Không tìm thấy'}
    />
  );
}

function AddNomineeModal({ d, onClose }: { d: DossierDetail; onClose: () => void }) {
  const [form] = Form.useForm<AddValues>();
  const kind = Form.useWatch('kind', form);
  const add = useNominationMutation((v: AddValues) =>
    api.post<DossierDetail>(`/dossiers/${d.id}/nominations`, {
      personId: v.kind === 'PERSON' ? v.personId : null,
      unitId: v.kind === 'COLLECTIVE' ? v.unitId : null,
      code: v.code,
      periodFrom: v.periodFrom ?? undefined,
      periodTo: v.periodTo ?? undefined,
      summary: v.summary || null,
    }),
  );
  return (
    <FormModal<AddValues>
      open
      title="Thêm người được đề nghị"
      okText="Thêm"
      form={form}
      pending={add.isPending}
      error={add.error}
      onClose={onClose}
      initialValues={{ kind: 'PERSON' }}
      onSubmit={async (v) => {
        await add.mutateAsync(v);
        onClose();
      }}
    >
      <Form.Item name="kind">
        <Radio.Group
          options={[
            { value: 'PERSON', label: 'Cá nhân' },
            { value: 'COLLECTIVE', label: 'Tập thể' },
          ]}
        />
      </Form.Item>
      {kind !== 'COLLECTIVE' ? (
        <Form.Item name="personId" label="Cá nhân" rules={[{ required: true, message: 'Chọn cá nhân' }]}>
          <PersonSearch />
        </Form.Item>
      ) : (
        <Form.Item name="unitId" label="Tập thể" rules={[{ required: true, message: 'Chọn tập thể' }]}>
          <UnitTreeSelect aria-label="Tập thể" placeholder="Tìm đơn vị (không cần dấu)" />
        </Form.Item>
      )}
      <Form.Item
        name="code"
        label="Danh hiệu, hình thức đề nghị"
        rules={[{ required: true, message: 'Chọn danh hiệu, hình thức' }]}
      >
        <Select
          aria-label="Danh hiệu, hình thức đề nghị"
          showSearch={{ optionFilterProp: 'label' }}
          options={AWARD_CODES.map((c) => ({ value: c, label: AWARD_CODE_LABELS[c] }))}
        />
      </Form.Item>
      <Space>
        <Form.Item name="periodFrom" label="Thành tích từ năm">
          <InputNumber min={1945} max={2100} placeholder={String(d.year)} />
        </Form.Item>
        <Form.Item name="periodTo" label="đến năm">
          <InputNumber min={1945} max={2100} placeholder={String(d.year)} />
        </Form.Item>
      </Space>
      <Form.Item name="summary" label="Tóm tắt thành tích">
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}

/** Thêm nhiều người từ danh sách đề xuất của bộ quy tắc (the unit's candidates for the dossier's year). */
function FromCandidatesModal({ d, onClose }: { d: DossierDetail; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [code, setCode] = useState<string>('CSTD_CO_SO');
  const [picked, setPicked] = useState<string[] | null>(null);
  const { data, isLoading, error } = useUnitCandidates(d.proposingUnitId, d.year);
  const already = new Set(
    d.nominations.filter((n) => n.code === code && n.status !== 'WITHDRAWN').map((n) => n.personId),
  );
  const people = (data?.people ?? []).filter((p) => !already.has(p.personId));
  const eligible = people.filter((p) => p.outcomes[code]?.outcome === 'ELIGIBLE').map((p) => p.personId);
  const selected = picked ?? eligible;
  const add = useNominationMutation(() =>
    api.post<DossierDetail>(`/dossiers/${d.id}/nominations/from-candidates`, { code, personIds: selected }),
  );
  return (
    <FormModal
      open
      title={`Thêm từ danh sách đề xuất năm ${d.year}: ${d.proposingUnitName}`}
      okText={`Thêm ${selected.length} người`}
      form={form}
      pending={add.isPending}
      error={add.error ?? error}
      onClose={onClose}
      width={860}
      onSubmit={async () => {
        await add.mutateAsync(undefined);
        message.success(`Đã thêm ${selected.length} người vào hồ sơ.`);
        onClose();
      }}
    >
      <Space style={{ marginBottom: 12 }}>
        <span>Danh hiệu</span>
        <Select
          aria-label="Danh hiệu đề xuất"
          style={{ width: 280 }}
          value={code}
          onChange={(v) => {
            setCode(v);
            setPicked(null);
          }}
          options={DEFAULT_INDIVIDUAL_TARGETS.map((c) => ({ value: c, label: AWARD_CODE_LABELS[c] }))}
        />
        <Typography.Text type="secondary">Mặc định chọn những người đủ điều kiện.</Typography.Text>
      </Space>
      <Table
        size="small"
        rowKey="personId"
        loading={isLoading}
        dataSource={people}
        aria-label="Danh sách đề xuất"
        locale={{
          emptyText:
            'Không có ai: danh sách đề xuất chỉ gồm người đang công tác tại đơn vị. Với người đã chuyển đi, hãy dùng “Thêm cá nhân, tập thể”.',
        }}
        pagination={{ pageSize: 10, showSizeChanger: false }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setPicked(keys as string[]),
        }}
        columns={[
          { title: 'Họ và tên', dataIndex: 'fullName' },
          { title: 'Đơn vị', dataIndex: 'unitName' },
          {
            title: 'Kết quả xét',
            render: (_, p) => {
              const o = p.outcomes[code];
              return o ? <OutcomeTag outcome={o.outcome} confirmed={o.confirmed} /> : '—';
            },
          },
        ]}
      />
    </FormModal>
  );
}
