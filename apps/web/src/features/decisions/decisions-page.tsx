import { App, Button, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  AWARD_CODES,
  AWARD_CODE_LABELS,
  DECISION_KIND_LABELS,
  DECISION_STATUSES,
  DECISION_STATUS_LABELS,
  formatLegalDate,
  formatVnd,
  type DecisionDetail,
  type DecisionStatus,
  type DecisionSummary,
  type Page,
  type PersonSummary,
} from '@vinhdanh/shared';
import { PageTitle } from '../../components/page-title';
import { ErrorAlert } from '../../components/error-alert';
import { FormModal } from '../../components/form-modal';
import { hasRole, useSession } from '../auth/session';
import { api } from '../../lib/http';
import {
  useDecisionMutation,
  useDecisions,
  useReceivedDossiers,
  useRegisters,
  type DecisionListQuery,
} from './api';
import { DEFAULT_BASES, DraftTextFields, draftTextsToInput, type DraftTextValues } from './draft-fields';

export const STATUS_COLORS: Record<DecisionStatus, string> = {
  DRAFT: 'default',
  ISSUED: 'processing',
  SIGNED_COPY_UPLOADED: 'success',
};

export default function DecisionsPage() {
  const { data: session } = useSession();
  const canManage = hasRole(session, 'SYSTEM_ADMIN', 'OFFICER');
  const [q, setQ] = useState<DecisionListQuery>({ page: 1, pageSize: 20 });
  const registers = useRegisters();
  const list = useDecisions(q);
  const [modal, setModal] = useState<'draft' | 'passed' | null>(null);
  const registerOptions = (registers.data ?? []).map((r) => ({
    value: r.id,
    label: `${r.issuingBody} — ${r.symbol}`,
  }));
  return (
    <>
      <PageTitle
        title="Quyết định khen thưởng"
        extra={
          <Space wrap>
            <Link to="/quyet-dinh/so-dang-ky">Sổ đăng ký văn bản</Link>
            <Link to="/quyet-dinh/so-quy">Sổ quỹ thi đua, khen thưởng</Link>
            {canManage && (
              <>
                <Button onClick={() => setModal('passed')}>Lập từ danh sách Hội đồng thông qua</Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal('draft')}>
                  Lập dự thảo
                </Button>
              </>
            )}
          </Space>
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder="Tìm theo số, trích yếu (không cần dấu)"
          style={{ width: 320 }}
          onSearch={(v) => setQ({ ...q, q: v || undefined, page: 1 })}
        />
        <Select
          allowClear
          placeholder="Sổ đăng ký (cơ quan, ký hiệu)"
          style={{ width: 300 }}
          options={registerOptions}
          onChange={(v?: string) => setQ({ ...q, registerId: v, page: 1 })}
          aria-label="Sổ đăng ký"
        />
        <InputNumber
          placeholder="Năm"
          min={1945}
          max={2100}
          aria-label="Năm"
          onChange={(v) => setQ({ ...q, year: typeof v === 'number' ? v : undefined, page: 1 })}
        />
        <Select
          allowClear
          placeholder="Trạng thái"
          style={{ width: 220 }}
          aria-label="Trạng thái"
          options={DECISION_STATUSES.map((s) => ({ value: s, label: DECISION_STATUS_LABELS[s] }))}
          onChange={(v?: DecisionStatus) => setQ({ ...q, status: v, page: 1 })}
        />
      </Space>
      <ErrorAlert error={list.error ?? registers.error} />
      <Table<DecisionSummary>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        aria-label="Danh sách quyết định"
        pagination={{
          current: q.page,
          pageSize: q.pageSize,
          total: list.data?.total ?? 0,
          onChange: (page, pageSize) => setQ({ ...q, page, pageSize }),
        }}
        locale={{ emptyText: 'Chưa có quyết định nào' }}
        columns={[
          {
            title: 'Số, ký hiệu',
            render: (_: unknown, d) => <Link to={`/quyet-dinh/${d.id}`}>{d.numberText ?? '(dự thảo)'}</Link>,
          },
          {
            title: 'Ngày',
            render: (_: unknown, d) => formatLegalDate(d.decidedOn ?? d.plannedOn),
          },
          {
            title: 'Trích yếu',
            render: (_: unknown, d) => (
              <Link to={`/quyet-dinh/${d.id}`}>
                {d.kind !== 'KHEN_THUONG' && <Tag>{DECISION_KIND_LABELS[d.kind]}</Tag>}
                {d.subject}
              </Link>
            ),
          },
          { title: 'Cơ quan ban hành', dataIndex: 'issuerName' },
          { title: 'Số người/tập thể', dataIndex: 'recipientCount', align: 'right' },
          { title: 'Tiền thưởng (đồng)', align: 'right', render: (_: unknown, d) => formatVnd(d.totalVnd) },
          {
            title: 'Trạng thái',
            render: (_: unknown, d) => (
              <Space size={4} wrap>
                <Tag color={STATUS_COLORS[d.status]}>{DECISION_STATUS_LABELS[d.status]}</Tag>
                {d.amendedBy.map((a) => (
                  <Tag key={a.id} color={a.kind === 'THU_HOI' ? 'red' : 'orange'}>
                    {DECISION_KIND_LABELS[a.kind]} {a.numberText}
                  </Tag>
                ))}
              </Space>
            ),
          },
        ]}
      />
      {modal === 'draft' && <NewDraftModal onClose={() => setModal(null)} />}
      {modal === 'passed' && <FromPassedModal onClose={() => setModal(null)} />}
    </>
  );
}

interface Line {
  personId?: string;
  code?: string;
  periodFrom?: number;
  periodTo?: number;
}

function PersonPicker({ value, onChange }: { value?: string; onChange?: (v: string) => void }) {
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const search = async (q: string) => {
    if (q.trim().length < 2) return;
    const page = await api.get<Page<PersonSummary>>('/people', { q, page: 1, pageSize: 20 });
    setOptions(
      page.items.map((p) => ({
        value: p.id,
        label: `${p.fullName}${p.currentUnitName ? ` — ${p.currentUnitName}` : ''}`,
      })),
    );
  };
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: (v) => void search(v) }}
      value={value}
      onChange={onChange}
      options={options}
      placeholder="Gõ tên cán bộ"
      style={{ width: 340 }}
      aria-label="Cán bộ"
    />
  );
}

function NewDraftModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<DraftTextValues & { lines: Line[] }>();
  const registers = useRegisters();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const save = useDecisionMutation((input: unknown) => api.post<DecisionDetail>('/decisions', input));
  const year = new Date().getFullYear() - 1;
  return (
    <FormModal
      open
      width={900}
      title="Lập dự thảo quyết định khen thưởng"
      okText="Lưu dự thảo"
      form={form}
      pending={save.isPending}
      error={save.error}
      onClose={onClose}
      initialValues={{
        bases: DEFAULT_BASES,
        lines: [{ code: 'GIAY_KHEN', periodFrom: year, periodTo: year }],
        registerId: registers.data?.[0]?.id,
      }}
      onSubmit={async (v) => {
        const d = await save.mutateAsync({
          ...draftTextsToInput(v),
          recipients: (v.lines ?? []).map((l) => ({
            recipientKind: 'INDIVIDUAL',
            personId: l.personId,
            code: l.code,
            periodFrom: l.periodFrom ?? null,
            periodTo: l.periodTo ?? null,
          })),
        });
        message.success('Đã lưu dự thảo.');
        navigate(`/quyet-dinh/${d.id}`);
      }}
    >
      <DraftTextFields registers={registers.data ?? []} />
      <Form.List name="lines">
        {(fields, ops) => (
          <Form.Item label="Danh sách khen thưởng">
            {fields.map((f) => (
              <Space key={f.key} align="baseline" wrap style={{ display: 'flex' }}>
                <Form.Item name={[f.name, 'personId']} rules={[{ required: true, message: 'Chọn cán bộ.' }]}>
                  <PersonPicker />
                </Form.Item>
                <Form.Item name={[f.name, 'code']} rules={[{ required: true, message: 'Chọn hình thức.' }]}>
                  <Select
                    style={{ width: 260 }}
                    aria-label="Danh hiệu, hình thức"
                    options={AWARD_CODES.map((c) => ({ value: c, label: AWARD_CODE_LABELS[c] }))}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'periodFrom']}>
                  <InputNumber placeholder="Từ năm" min={1945} max={2100} />
                </Form.Item>
                <Form.Item name={[f.name, 'periodTo']}>
                  <InputNumber placeholder="Đến năm" min={1945} max={2100} />
                </Form.Item>
                <Button type="link" danger onClick={() => ops.remove(f.name)}>
                  Xóa
                </Button>
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => ops.add({ code: 'GIAY_KHEN', periodFrom: year, periodTo: year })}
            >
              Thêm người
            </Button>
          </Form.Item>
        )}
      </Form.List>
    </FormModal>
  );
}

function FromPassedModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<DraftTextValues & { dossierId: string }>();
  const registers = useRegisters();
  const dossiers = useReceivedDossiers();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const save = useDecisionMutation((input: unknown) =>
    api.post<DecisionDetail>('/decisions/from-passed', input),
  );
  return (
    <FormModal
      open
      width={900}
      title="Lập dự thảo từ danh sách Hội đồng đã thông qua"
      okText="Lập dự thảo"
      form={form}
      pending={save.isPending}
      error={save.error ?? dossiers.error}
      onClose={onClose}
      initialValues={{ bases: DEFAULT_BASES, registerId: registers.data?.[0]?.id }}
      onSubmit={async (v) => {
        const d = await save.mutateAsync({ ...draftTextsToInput(v), dossierId: v.dossierId });
        message.success(`Đã lập dự thảo với ${d.recipients.length} người/tập thể.`);
        navigate(`/quyet-dinh/${d.id}`);
      }}
    >
      <Form.Item
        name="dossierId"
        label="Hồ sơ đề nghị (các đề nghị có trạng thái Hội đồng nhất trí)"
        rules={[{ required: true, message: 'Chọn hồ sơ đề nghị.' }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={dossiers.isLoading}
          placeholder="Chọn hồ sơ"
          options={(dossiers.data ?? []).map((d) => ({
            value: d.id,
            label: `${d.title} — ${d.proposingUnitName} (${d.year})`,
          }))}
        />
      </Form.Item>
      <DraftTextFields registers={registers.data ?? []} />
    </FormModal>
  );
}
