import { App, Button, Card, Checkbox, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  FEEDBACK_CATEGORIES,
  FEEDBACK_CATEGORY_LABELS,
  formatLegalDate,
  type Consultation,
  type Feedback,
} from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { FormModal } from '../components/form-modal';
import { useConsultations, useFeedback, useNominationMutation } from '../features/nominations/api';
import { formatInstant } from '../lib/dates';
import { api } from '../lib/http';

/** Công khai lấy ý kiến nhân dân: the officer's consultations and the feedback triage queue. */
export default function ConsultationsPage() {
  const { data, error, isLoading } = useConsultations();
  const [current, setCurrent] = useState<string | null>(null);
  const close = useNominationMutation((id: string) => api.post<Consultation>(`/consultations/${id}/close`));
  const selected = data?.find((c) => c.id === current) ?? null;
  return (
    <>
      <Link to="/de-nghi">
        <ArrowLeftOutlined /> Đề nghị khen thưởng
      </Link>
      <PageTitle title="Lấy ý kiến nhân dân" />
      <Typography.Paragraph type="secondary">
        Mở một đợt công khai từ trang thẩm định của hồ sơ (chọn người đã trình Hội đồng, “Công khai lấy ý
        kiến”). Ý kiến nhân dân gửi qua cổng thông tin và vào hàng đợi dưới đây.
      </Typography.Paragraph>
      <ErrorAlert error={error ?? close.error} />
      <Table<Consultation>
        rowKey="id"
        size="small"
        loading={isLoading}
        dataSource={data ?? []}
        aria-label="Các đợt lấy ý kiến"
        locale={{ emptyText: 'Chưa có đợt lấy ý kiến' }}
        pagination={false}
        rowClassName={(c) => (c.id === current ? 'ant-table-row-selected' : '')}
        columns={[
          {
            title: 'Đợt công khai',
            render: (_, c) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setCurrent(c.id)}>
                {c.title}
              </Button>
            ),
          },
          { title: 'Cơ quan', dataIndex: 'ownerName' },
          { title: 'Số người', render: (_, c) => c.nominationIds.length, align: 'right' },
          {
            title: 'Thời gian',
            render: (_, c) =>
              `${formatLegalDate(c.postedOn)} – ${formatLegalDate(c.closesOn)} (${c.minWorkingDays} ngày làm việc)`,
          },
          {
            title: 'Ý kiến',
            render: (_, c) => (
              <Space size={4}>
                {c.feedbackCount}
                {c.untriagedCount > 0 && <Tag color="red">{c.untriagedCount} chưa xử lý</Tag>}
              </Space>
            ),
          },
          {
            title: 'Trạng thái',
            render: (_, c) =>
              c.closed ? (
                <Tag>Đã kết thúc</Tag>
              ) : c.open ? (
                <Tag color="processing">Đang công khai</Tag>
              ) : (
                <Tag color="warning">Hết thời gian, chưa kết thúc</Tag>
              ),
          },
          {
            title: '',
            render: (_, c) =>
              !c.closed &&
              !c.open && (
                <Button size="small" onClick={() => close.mutate(c.id)}>
                  Kết thúc đợt
                </Button>
              ),
          },
        ]}
      />
      {selected && <FeedbackQueue c={selected} />}
    </>
  );
}

function FeedbackQueue({ c }: { c: Consultation }) {
  const { data, error, isLoading } = useFeedback(c.id);
  const [triaging, setTriaging] = useState<Feedback | null>(null);
  return (
    <Card size="small" title={`Ý kiến nhân dân: ${c.title}`} style={{ marginTop: 16 }}>
      <ErrorAlert error={error} />
      <Table<Feedback>
        rowKey="id"
        size="small"
        loading={isLoading}
        dataSource={data ?? []}
        aria-label="Hàng đợi ý kiến"
        locale={{ emptyText: 'Chưa có ý kiến' }}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: 'Nhận lúc', render: (_, f) => formatInstant(f.receivedAt), width: 140 },
          {
            title: 'Người gửi',
            render: (_, f) => (
              <>
                <div>{f.name}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {f.contact}
                </Typography.Text>
              </>
            ),
          },
          { title: 'Về', render: (_, f) => f.nomineeName ?? 'Cả danh sách' },
          { title: 'Nội dung', dataIndex: 'content' },
          {
            title: 'Xử lý',
            render: (_, f) =>
              f.dismissed ? (
                <Tag>Không xử lý</Tag>
              ) : f.category ? (
                <>
                  <Tag color="blue">{FEEDBACK_CATEGORY_LABELS[f.category]}</Tag>
                  {f.answer && <div>Trả lời: {f.answer}</div>}
                </>
              ) : (
                <Tag color="red">Chưa xử lý</Tag>
              ),
          },
          {
            title: '',
            render: (_, f) => (
              <Button size="small" onClick={() => setTriaging(f)}>
                {f.category ? 'Sửa' : 'Phân loại, trả lời'}
              </Button>
            ),
          },
        ]}
      />
      {triaging && <TriageModal f={triaging} onClose={() => setTriaging(null)} />}
    </Card>
  );
}

interface TriageValues {
  category: (typeof FEEDBACK_CATEGORIES)[number];
  answer?: string;
  dismiss?: boolean;
}

function TriageModal({ f, onClose }: { f: Feedback; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<TriageValues>();
  const triage = useNominationMutation((v: TriageValues) =>
    api.post<Feedback>(`/consultation-feedback/${f.id}/triage`, {
      category: v.category,
      answer: v.answer || null,
      dismiss: !!v.dismiss,
    }),
  );
  return (
    <FormModal<TriageValues>
      open
      title={`Ý kiến của ${f.name}`}
      okText="Lưu"
      form={form}
      pending={triage.isPending}
      error={triage.error}
      onClose={onClose}
      initialValues={{ category: f.category ?? undefined, answer: f.answer ?? '', dismiss: f.dismissed }}
      onSubmit={async (v) => {
        await triage.mutateAsync(v);
        message.success('Đã lưu xử lý ý kiến.');
        onClose();
      }}
    >
      <Typography.Paragraph>{f.content}</Typography.Paragraph>
      <Form.Item name="category" label="Phân loại" rules={[{ required: true, message: 'Chọn phân loại' }]}>
        <Select
          aria-label="Phân loại"
          options={FEEDBACK_CATEGORIES.map((c) => ({ value: c, label: FEEDBACK_CATEGORY_LABELS[c] }))}
        />
      </Form.Item>
      <Form.Item name="answer" label="Trả lời (được công bố, không kèm tên người gửi)">
        <Input.TextArea rows={3} aria-label="Trả lời" />
      </Form.Item>
      <Form.Item name="dismiss" valuePropName="checked">
        <Checkbox>Không xử lý (trùng lặp, không liên quan)</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
