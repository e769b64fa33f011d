import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  List,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { ArrowLeftOutlined, CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatLegalDate, type Appraisal, type Consultation, type Nomination } from '@vinhdanh/shared';
import type { Dayjs } from 'dayjs';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { FormModal } from '../components/form-modal';
import { useAppraisal, useNominationMutation } from '../features/nominations/api';
import { NomineeTable } from '../features/nominations/nominee-table';
import { DossierStatusTag } from '../features/nominations/tags';
import { DATE_FORMAT, toLegal } from '../lib/dates';
import { api } from '../lib/http';

/** Thẩm định hồ sơ: the receiving officer's view and verbs (return with reason, pass to council, consultation). */
export default function AppraisalPage() {
  const { id = '' } = useParams();
  const { data, error, isLoading } = useAppraisal(id);
  if (isLoading) return <Spin size="large" style={{ display: 'block', marginTop: '20vh' }} />;
  if (!data) return <ErrorAlert error={error} />;
  return <AppraisalView a={data} />;
}

function AppraisalView({ a }: { a: Appraisal }) {
  const { message } = App.useApp();
  const d = a.dossier;
  const [selected, setSelected] = useState<string[]>([]);
  const [returning, setReturning] = useState<'SELECTED' | 'ALL' | null>(null);
  const [consulting, setConsulting] = useState(false);
  const pass = useNominationMutation((ids: string[]) =>
    api.post(`/dossiers/${d.id}/pass-to-council`, { nominationIds: ids, note: null }),
  );
  const picked = d.nominations.filter((n) => selected.includes(n.id));
  const canPass = picked.length > 0 && picked.every((n) => n.status === 'SUBMITTED');
  const canReturn =
    picked.length > 0 &&
    picked.every((n) => n.status === 'SUBMITTED' || n.status === 'APPRAISED_PASSED_TO_COUNCIL');
  const canConsult =
    picked.length > 0 &&
    picked.every(
      (n) =>
        (n.status === 'APPRAISED_PASSED_TO_COUNCIL' || n.status === 'COUNCIL_PASSED') &&
        n.consultation === 'NONE',
    );
  const awardsOf = (n: Nomination) => a.earlierAwards.filter((e) => e.nominationId === n.id);
  return (
    <>
      <Link to={`/de-nghi/${d.id}`}>
        <ArrowLeftOutlined /> Hồ sơ
      </Link>
      <PageTitle
        title={`Thẩm định: ${d.title}`}
        extra={
          <Space wrap>
            <Button disabled={!canReturn} onClick={() => setReturning('SELECTED')}>
              Trả lại người đã chọn
            </Button>
            <Button
              danger
              disabled={!d.nominations.some((n) => n.status === 'SUBMITTED')}
              onClick={() => setReturning('ALL')}
            >
              Trả lại cả hồ sơ
            </Button>
            <Button disabled={!canConsult} onClick={() => setConsulting(true)}>
              Công khai lấy ý kiến
            </Button>
            <Button
              type="primary"
              disabled={!canPass}
              loading={pass.isPending}
              onClick={async () => {
                await pass.mutateAsync(selected);
                setSelected([]);
                message.success('Đã trình Hội đồng Thi đua – Khen thưởng.');
              }}
            >
              Trình Hội đồng
            </Button>
          </Space>
        }
      />
      <ErrorAlert error={pass.error} />
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="Đơn vị đề nghị">{d.proposingUnitName}</Descriptions.Item>
        <Descriptions.Item label="Trạng thái">
          <DossierStatusTag status={d.status} />
        </Descriptions.Item>
        <Descriptions.Item label="Năm thành tích">{d.year}</Descriptions.Item>
        {d.submittedOn && (
          <Descriptions.Item label="Ngày trình">{formatLegalDate(d.submittedOn)}</Descriptions.Item>
        )}
        {d.appraisalDueOn && (
          <Descriptions.Item label="Hạn thẩm định">{formatLegalDate(d.appraisalDueOn)}</Descriptions.Item>
        )}
      </Descriptions>

      <Card size="small" title="Danh mục kiểm tra" style={{ marginBottom: 16 }}>
        <List
          size="small"
          dataSource={a.checklist}
          aria-label="Danh mục kiểm tra"
          renderItem={(c) => (
            <List.Item>
              <Space align="start">
                {c.ok ? (
                  <CheckCircleTwoTone twoToneColor="#52c41a" aria-label="đạt" />
                ) : (
                  <CloseCircleTwoTone twoToneColor="#f5222d" aria-label="chưa đạt" />
                )}
                <div>
                  <Typography.Text strong>{c.label}</Typography.Text>: {c.detail}
                  <div>
                    <Typography.Text type="secondary" italic style={{ fontSize: 12 }}>
                      {c.citation}
                    </Typography.Text>
                  </div>
                </div>
              </Space>
            </List.Item>
          )}
        />
      </Card>

      {a.quotas.length > 0 && (
        <Card size="small" title="Tỷ lệ khen thưởng" style={{ marginBottom: 16 }}>
          {a.quotas.map((q) => (
            <Alert
              key={q.code}
              type={q.withinQuota ? 'success' : 'error'}
              showIcon
              style={{ marginBottom: 8 }}
              title={`${q.codeName}: đề nghị ${q.proposed}${q.max === null ? '' : `, tối đa ${q.max}`}`}
              description={
                <span>
                  {q.message} Căn cứ: {q.citation}
                  {!q.confirmed && (
                    <Tag color="gold" style={{ marginLeft: 8 }}>
                      chưa xác nhận
                    </Tag>
                  )}
                </span>
              }
            />
          ))}
        </Card>
      )}

      <Card size="small" title="Người được đề nghị" style={{ marginBottom: 16 }}>
        <NomineeTable
          nominations={d.nominations.filter((n) => n.status !== 'WITHDRAWN' && n.status !== 'DRAFT')}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys as string[]),
          }}
          extraColumns={[
            {
              title: 'Khen thưởng trước đó',
              render: (_: unknown, n: Nomination) =>
                awardsOf(n).length === 0 ? (
                  <Typography.Text type="secondary">Không có</Typography.Text>
                ) : (
                  awardsOf(n).map((e) => (
                    <div key={`${e.decisionNumber}-${e.code}`}>
                      {e.codeName}, QĐ {e.decisionNumber} ngày {formatLegalDate(e.decidedOn)}
                      {e.overlaps && (
                        <Tag color="red" style={{ marginLeft: 4 }}>
                          trùng thành tích
                        </Tag>
                      )}
                    </div>
                  ))
                ),
            },
          ]}
        />
      </Card>

      {returning && (
        <ReturnModal
          dossierId={d.id}
          ids={returning === 'SELECTED' ? selected : null}
          names={returning === 'SELECTED' ? picked.map((n) => n.nomineeName) : null}
          onClose={(done) => {
            setReturning(null);
            if (done) setSelected([]);
          }}
        />
      )}
      {consulting && (
        <ConsultationModal
          ownerUnitId={d.receivingUnitId}
          title={`Công khai danh sách đề nghị khen thưởng: ${d.title}`}
          ids={selected}
          onClose={() => setConsulting(false)}
        />
      )}
    </>
  );
}

function ReturnModal({
  dossierId,
  ids,
  names,
  onClose,
}: {
  dossierId: string;
  ids: string[] | null;
  names: string[] | null;
  onClose: (done: boolean) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const ret = useNominationMutation((reason: string) =>
    api.post(`/dossiers/${dossierId}/return`, ids ? { reason, nominationIds: ids } : { reason }),
  );
  return (
    <FormModal<{ reason: string }>
      open
      title={ids ? `Trả lại: ${names?.join(', ')}` : 'Trả lại cả hồ sơ'}
      okText="Trả lại"
      form={form}
      pending={ret.isPending}
      error={ret.error}
      onClose={() => onClose(false)}
      onSubmit={async (v) => {
        await ret.mutateAsync(v.reason);
        message.success('Đã trả lại để đơn vị bổ sung.');
        onClose(true);
      }}
    >
      <Form.Item
        name="reason"
        label="Lý do trả lại"
        rules={[{ required: true, whitespace: true, message: 'Nêu lý do trả lại' }]}
      >
        <Input.TextArea rows={3} aria-label="Lý do trả lại" />
      </Form.Item>
    </FormModal>
  );
}

interface ConsultValues {
  title: string;
  description?: string;
  postedOn: Dayjs;
  meetingOn?: Dayjs;
}

function ConsultationModal({
  ownerUnitId,
  title,
  ids,
  onClose,
}: {
  ownerUnitId: string;
  title: string;
  ids: string[];
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ConsultValues>();
  const open = useNominationMutation((v: ConsultValues) =>
    api.post<Consultation>('/consultations', {
      title: v.title,
      description: v.description || null,
      ownerUnitId,
      postedOn: toLegal(v.postedOn),
      meetingOn: toLegal(v.meetingOn),
      nominationIds: ids,
    }),
  );
  return (
    <FormModal<ConsultValues>
      open
      title="Công khai lấy ý kiến nhân dân"
      okText="Công khai"
      form={form}
      pending={open.isPending}
      error={open.error}
      onClose={onClose}
      initialValues={{ title }}
      onSubmit={async (v) => {
        const c = await open.mutateAsync(v);
        message.success(
          `Đã công khai đến hết ngày ${formatLegalDate(c.closesOn)} (${c.minWorkingDays} ngày làm việc); họp Hội đồng từ ngày ${formatLegalDate(c.earliestMeetingOn)}.`,
        );
        onClose();
      }}
    >
      <Typography.Paragraph type="secondary">
        Thời gian công khai tính theo ngày làm việc do hệ thống xác định theo quy định; danh sách công khai
        không có số định danh, ngày sinh hay thông tin liên hệ.
      </Typography.Paragraph>
      <Form.Item name="title" label="Tiêu đề" rules={[{ required: true, message: 'Nhập tiêu đề' }]}>
        <Input />
      </Form.Item>
      <Form.Item name="description" label="Mô tả">
        <Input.TextArea rows={2} />
      </Form.Item>
      <Space>
        <Form.Item name="postedOn" label="Ngày đăng" rules={[{ required: true, message: 'Chọn ngày đăng' }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="meetingOn" label="Ngày họp Hội đồng dự kiến">
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Space>
    </FormModal>
  );
}
