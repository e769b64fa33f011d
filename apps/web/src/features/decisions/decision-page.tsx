import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import dayjs, { type Dayjs } from 'dayjs';
import {
  DECISION_KIND_LABELS,
  DECISION_STATUS_LABELS,
  formatLegalDate,
  formatVnd,
  type DecisionDetail,
  type DecisionRecipient,
} from '@vinhdanh/shared';
import { PageTitle } from '../../components/page-title';
import { ErrorAlert } from '../../components/error-alert';
import { FormModal } from '../../components/form-modal';
import { hasRole, useSession } from '../auth/session';
import { api, apiRequest } from '../../lib/http';
import { DATE_FORMAT, formatInstant, fromLegal } from '../../lib/dates';
import { decisionFileUrl, useDecision, useDecisionMutation, useNextNumber, useRegisters } from './api';
import { DraftTextFields, draftTextsToInput, type DraftTextValues } from './draft-fields';
import { STATUS_COLORS } from './decisions-page';
import { CertificatesCard } from './certificates-card';

const STEP_LABELS: Record<string, string> = {
  DRAFTED: 'Lập dự thảo',
  ISSUED: 'Ban hành (cấp số)',
  SIGNED_COPY_UPLOADED: 'Tải bản đã ký',
};

export default function DecisionPage() {
  const { id = '' } = useParams();
  const { data: d, error, isLoading } = useDecision(id);
  const { data: session } = useSession();
  const canManage = hasRole(session, 'SYSTEM_ADMIN', 'OFFICER');
  const [modal, setModal] = useState<'edit' | 'issue' | 'DINH_CHINH' | 'THU_HOI' | null>(null);
  const { message } = App.useApp();
  const pay = useDecisionMutation(() => api.post(`/decisions/${encodeURIComponent(id)}/payment`));
  const upload = useDecisionMutation(async (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return apiRequest<DecisionDetail>(`/decisions/${encodeURIComponent(id)}/signed-copy`, {
      method: 'POST',
      body: form,
    });
  });
  const fileInput = useRef<HTMLInputElement>(null);
  if (isLoading) return <Spin size="large" />;
  if (!d)
    return (
      <>
        <PageTitle title="Quyết định" />
        <ErrorAlert error={error} />
      </>
    );
  const draft = d.status === 'DRAFT';
  const title = d.numberText ? `Quyết định số ${d.numberText}` : 'Dự thảo quyết định';
  return (
    <>
      <PageTitle
        title={title}
        extra={
          <Space wrap>
            <Link to="/quyet-dinh">Về danh sách</Link>
            {canManage && draft && (
              <>
                <Button onClick={() => setModal('edit')}>Sửa dự thảo</Button>
                <Button type="primary" onClick={() => setModal('issue')}>
                  Ban hành
                </Button>
              </>
            )}
          </Space>
        }
      />
      <ErrorAlert error={pay.error ?? upload.error} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label="Số, ký hiệu">
            <span data-testid="decision-number">{d.numberText ?? `(chưa cấp số) …/${d.symbol}`}</span>
          </Descriptions.Item>
          <Descriptions.Item label="Ngày ban hành">
            {d.decidedOn ? formatLegalDate(d.decidedOn) : `dự kiến ${formatLegalDate(d.plannedOn)}`}
          </Descriptions.Item>
          <Descriptions.Item label="Cơ quan ban hành">{d.issuerName}</Descriptions.Item>
          <Descriptions.Item label="Trạng thái">
            <Tag color={STATUS_COLORS[d.status]}>{DECISION_STATUS_LABELS[d.status]}</Tag>
            <Tag>{DECISION_KIND_LABELS[d.kind]}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label="Trích yếu" span={2}>
            {d.subject}
          </Descriptions.Item>
          {d.refDecisionId && (
            <Descriptions.Item label="Văn bản được đính chính/thu hồi" span={2}>
              <Link to={`/quyet-dinh/${d.refDecisionId}`}>Quyết định số {d.refNumberText}</Link>
            </Descriptions.Item>
          )}
          {d.amendedBy.length > 0 && (
            <Descriptions.Item label="Đã được đính chính/thu hồi bởi" span={2}>
              {d.amendedBy.map((a) => (
                <Link key={a.id} to={`/quyet-dinh/${a.id}`} style={{ marginRight: 12 }}>
                  {DECISION_KIND_LABELS[a.kind]} — {a.numberText}
                </Link>
              ))}
            </Descriptions.Item>
          )}
          <Descriptions.Item label="Căn cứ" span={2}>
            {d.bases.map((b) => (
              <div key={b}>{b};</div>
            ))}
          </Descriptions.Item>
          {d.content && (
            <Descriptions.Item label="Nội dung" span={2}>
              {d.content}
            </Descriptions.Item>
          )}
          <Descriptions.Item label="Người ký" span={2}>
            {[d.signerAuthority, d.signerTitle, d.signerName].filter(Boolean).join(' — ')}
          </Descriptions.Item>
          <Descriptions.Item label="Tổng tiền thưởng">{formatVnd(d.totalVnd)} đồng</Descriptions.Item>
          <Descriptions.Item label="Bản đã ký">{d.signedFileId ? 'Đã tải lên' : 'Chưa có'}</Descriptions.Item>
        </Descriptions>
        <Space wrap style={{ marginTop: 16 }}>
          <Button icon={<DownloadOutlined />} href={decisionFileUrl(d.id, 'docx')} download>
            Tải DOCX
          </Button>
          <Button icon={<DownloadOutlined />} href={decisionFileUrl(d.id, 'pdf')} download>
            Tải PDF
          </Button>
          <Button icon={<DownloadOutlined />} href={decisionFileUrl(d.id, 'payment-list')} download>
            Danh sách chi tiền thưởng (Excel)
          </Button>
          {canManage && !draft && (
            <>
              <input
                ref={fileInput}
                type="file"
                accept="application/pdf,.pdf"
                aria-label="Chọn bản đã ký (PDF)"
                style={{ display: 'none' }}
                onChange={(e) => {
                  const f = e.target.files?.[0];
                  if (f)
                    upload.mutate(f, {
                      onSuccess: () => message.success('Đã lưu bản quyết định đã ký.'),
                      onSettled: () => {
                        if (fileInput.current) fileInput.current.value = '';
                      },
                    });
                }}
              />
              <Button
                icon={<UploadOutlined />}
                loading={upload.isPending}
                onClick={() => fileInput.current?.click()}
              >
                Tải bản đã ký (PDF)
              </Button>
              {d.kind !== 'THU_HOI' && d.totalVnd > 0 && (
                <Button
                  loading={pay.isPending}
                  onClick={() =>
                    pay.mutate(undefined, { onSuccess: () => message.success('Đã ghi chi vào sổ quỹ.') })
                  }
                >
                  Ghi chi quỹ khen thưởng
                </Button>
              )}
              {d.kind !== 'THU_HOI' && (
                <>
                  <Button onClick={() => setModal('DINH_CHINH')}>Đính chính</Button>
                  <Button danger onClick={() => setModal('THU_HOI')}>
                    Thu hồi
                  </Button>
                </>
              )}
            </>
          )}
        </Space>
      </Card>
      <Card size="small" title="Danh sách kèm theo" style={{ marginBottom: 16 }}>
        <RecipientsTable recipients={d.recipients} />
        {draft && (
          <Typography.Text type="secondary">
            Số tiền là dự kiến theo mức lương cơ sở ngày dự kiến; khi ban hành được tính lại theo ngày ký.
          </Typography.Text>
        )}
      </Card>
      {!draft && d.kind !== 'THU_HOI' && <CertificatesCard decision={d} />}
      <Card size="small" title="Các bước">
        <Timeline
          items={d.steps.map((s) => ({
            children: `${STEP_LABELS[s.step] ?? s.step} — ${formatInstant(s.at)}${s.actorName ? ` — ${s.actorName}` : ''}${s.note ? ` (${s.note})` : ''}`,
          }))}
        />
      </Card>
      {modal === 'edit' && <EditDraftModal decision={d} onClose={() => setModal(null)} />}
      {modal === 'issue' && <IssueModal decision={d} onClose={() => setModal(null)} />}
      {(modal === 'DINH_CHINH' || modal === 'THU_HOI') && (
        <AmendModal decision={d} kind={modal} onClose={() => setModal(null)} />
      )}
    </>
  );
}

function RecipientsTable({ recipients }: { recipients: DecisionRecipient[] }) {
  return (
    <Table<DecisionRecipient>
      size="small"
      rowKey="id"
      pagination={recipients.length > 50 ? { pageSize: 50 } : false}
      dataSource={recipients}
      aria-label="Danh sách khen thưởng"
      columns={[
        { title: 'TT', dataIndex: 'ordinal', width: 50 },
        { title: 'Họ và tên / Tập thể', dataIndex: 'name' },
        { title: 'Chức vụ', dataIndex: 'position' },
        { title: 'Đơn vị', dataIndex: 'unitName' },
        { title: 'Danh hiệu, hình thức', dataIndex: 'codeName' },
        {
          title: 'Thành tích năm',
          render: (_: unknown, r) =>
            r.periodFrom
              ? r.periodFrom === r.periodTo
                ? r.periodFrom
                : `${r.periodFrom}–${r.periodTo}`
              : '',
        },
        {
          title: 'Hệ số × lương cơ sở',
          render: (_: unknown, r) =>
            r.coefficient !== null && r.baseSalaryVnd !== null
              ? `${String(r.coefficient).replace('.', ',')} × ${formatVnd(r.baseSalaryVnd)}`
              : (r.amountNote ?? ''),
        },
        {
          title: 'Số tiền (đồng)',
          align: 'right',
          render: (_: unknown, r) => (r.amountVnd !== null ? formatVnd(r.amountVnd) : '—'),
        },
        {
          title: 'Đề nghị',
          render: (_: unknown, r) => (r.nominationId ? <Tag color="blue">Từ hồ sơ</Tag> : null),
        },
      ]}
    />
  );
}

function EditDraftModal({ decision: d, onClose }: { decision: DecisionDetail; onClose: () => void }) {
  const [form] = Form.useForm<DraftTextValues>();
  const registers = useRegisters();
  const save = useDecisionMutation((input: unknown) =>
    api.put<DecisionDetail>(`/decisions/${encodeURIComponent(d.id)}`, input),
  );
  const { message } = App.useApp();
  return (
    <FormModal
      open
      width={900}
      title="Sửa dự thảo"
      okText="Lưu"
      form={form}
      pending={save.isPending}
      error={save.error}
      onClose={onClose}
      initialValues={{
        registerId: d.registerId,
        subject: d.subject,
        bases: d.bases,
        content: d.content ?? undefined,
        recipientsText: d.recipientsText,
        signerAuthority: d.signerAuthority ?? undefined,
        signerTitle: d.signerTitle,
        signerName: d.signerName,
        signerOffice: d.signerOffice,
        signerLevel: d.signerLevel ?? undefined,
        plannedOn: fromLegal(d.plannedOn),
      }}
      onSubmit={async (v) => {
        await save.mutateAsync({
          ...draftTextsToInput(v),
          kind: d.kind,
          campaignId: d.campaignId,
          signerOffice: v.signerOffice ?? d.signerOffice,
          recipients: d.recipients.map((r) => ({
            recipientKind: r.recipientKind,
            personId: r.personId,
            unitId: r.recipientKind === 'INDIVIDUAL' ? null : r.unitId,
            name: r.recipientKind === 'INDIVIDUAL' ? null : r.name,
            code: r.code,
            periodFrom: r.periodFrom,
            periodTo: r.periodTo,
            achievement: r.achievement,
            nominationId: r.nominationId,
          })),
        });
        message.success('Đã lưu dự thảo.');
        onClose();
      }}
    >
      <DraftTextFields registers={registers.data ?? []} />
    </FormModal>
  );
}

function IssueModal({ decision: d, onClose }: { decision: DecisionDetail; onClose: () => void }) {
  const [form] = Form.useForm<{ decidedOn: Dayjs }>();
  const decidedOn = Form.useWatch('decidedOn', form);
  const year = (decidedOn ?? dayjs()).year();
  const next = useNextNumber(d.registerId, year);
  const issue = useDecisionMutation((input: unknown) =>
    api.post<DecisionDetail>(`/decisions/${encodeURIComponent(d.id)}/issue`, input),
  );
  const { message } = App.useApp();
  return (
    <FormModal
      open
      title="Ban hành quyết định"
      okText="Ban hành và cấp số"
      form={form}
      pending={issue.isPending}
      error={issue.error}
      onClose={onClose}
      initialValues={{ decidedOn: fromLegal(d.plannedOn) ?? dayjs() }}
      onSubmit={async (v) => {
        const out = await issue.mutateAsync({ decidedOn: v.decidedOn.format('YYYY-MM-DD') });
        message.success(`Đã ban hành Quyết định số ${out.numberText}.`);
        onClose();
      }}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={
          next.data
            ? `Số sẽ cấp: ${next.data.numberText} (sổ ${d.symbol}, năm ${year})`
            : 'Đang lấy số tiếp theo…'
        }
        description="Khi ban hành, hệ thống kiểm tra thẩm quyền người ký theo luật, tính lại tiền thưởng theo mức lương cơ sở ngày ký và ghi vào sổ vàng. Sau khi ban hành, quyết định không sửa được; chỉ có thể đính chính hoặc thu hồi bằng văn bản mới."
      />
      <Form.Item
        name="decidedOn"
        label="Ngày ký ban hành"
        rules={[{ required: true, message: 'Chọn ngày.' }]}
      >
        <DatePicker format={DATE_FORMAT} />
      </Form.Item>
    </FormModal>
  );
}

function AmendModal({
  decision: d,
  kind,
  onClose,
}: {
  decision: DecisionDetail;
  kind: 'DINH_CHINH' | 'THU_HOI';
  onClose: () => void;
}) {
  const [form] = Form.useForm<{
    subject: string;
    content: string;
    signerAuthority?: string;
    signerTitle: string;
    signerName: string;
    revokedOrdinals?: number[];
  }>();
  const navigate = useNavigate();
  const save = useDecisionMutation((input: unknown) =>
    api.post<DecisionDetail>(`/decisions/${encodeURIComponent(d.id)}/amendments`, input),
  );
  const revoke = kind === 'THU_HOI';
  return (
    <FormModal
      open
      title={revoke ? `Thu hồi Quyết định số ${d.numberText}` : `Đính chính Quyết định số ${d.numberText}`}
      okText="Lập dự thảo"
      form={form}
      pending={save.isPending}
      error={save.error}
      onClose={onClose}
      initialValues={{
        subject: `Về việc ${revoke ? 'thu hồi' : 'đính chính'} Quyết định số ${d.numberText} ngày ${formatLegalDate(d.decidedOn)}`,
        signerAuthority: d.signerAuthority ?? undefined,
        signerTitle: d.signerTitle,
        signerName: d.signerName,
      }}
      onSubmit={async (v) => {
        const out = await save.mutateAsync({
          kind,
          subject: v.subject,
          content: v.content,
          signerAuthority: v.signerAuthority?.trim() ? v.signerAuthority : null,
          signerTitle: v.signerTitle,
          signerName: v.signerName,
          revokedOrdinals: v.revokedOrdinals ?? [],
          recipients: revoke
            ? []
            : d.recipients.map((r) => ({
                recipientKind: r.recipientKind,
                personId: r.personId,
                unitId: r.recipientKind === 'INDIVIDUAL' ? null : r.unitId,
                name: r.recipientKind === 'INDIVIDUAL' ? null : r.name,
                code: r.code,
                periodFrom: r.periodFrom,
                periodTo: r.periodTo,
                achievement: r.achievement,
              })),
        });
        navigate(`/quyet-dinh/${out.id}`);
      }}
    >
      <Typography.Paragraph type="secondary">
        Văn bản đã ban hành không bị sửa. {revoke ? 'Quyết định thu hồi' : 'Quyết định đính chính'} là một văn
        bản mới dẫn chiếu văn bản cũ; khi được ban hành, sổ vàng được cập nhật theo.
      </Typography.Paragraph>
      <Form.Item name="subject" label="Trích yếu" rules={[{ required: true, message: 'Nhập trích yếu.' }]}>
        <Input.TextArea autoSize />
      </Form.Item>
      <Form.Item
        name="content"
        label={revoke ? 'Lý do thu hồi' : 'Nội dung đính chính'}
        rules={[{ required: true, message: 'Nhập nội dung.' }]}
      >
        <Input.TextArea autoSize={{ minRows: 2 }} />
      </Form.Item>
      {revoke && (
        <Form.Item name="revokedOrdinals" label="Thu hồi các số thứ tự (để trống: toàn bộ)">
          <Select
            mode="multiple"
            options={d.recipients.map((r) => ({ value: r.ordinal, label: `${r.ordinal}. ${r.name}` }))}
          />
        </Form.Item>
      )}
      <Space wrap>
        <Form.Item name="signerAuthority" label="Quyền hạn ký">
          <Input style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="signerTitle" label="Chức vụ người ký" rules={[{ required: true, message: 'Nhập.' }]}>
          <Input style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="signerName" label="Họ tên người ký" rules={[{ required: true, message: 'Nhập.' }]}>
          <Input style={{ width: 220 }} />
        </Form.Item>
      </Space>
    </FormModal>
  );
}
