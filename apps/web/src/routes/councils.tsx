import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  Select,
  Space,
  Spin,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  COUNCIL_ROLES,
  COUNCIL_ROLE_LABELS,
  MEETING_STATUS_LABELS,
  formatLegalDate,
  type Council,
  type CouncilRole,
  type Meeting,
  type MeetingSummary,
  type Page,
  type PersonSummary,
} from '@vinhdanh/shared';
import type { Dayjs } from 'dayjs';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { FormModal } from '../components/form-modal';
import { UnitTreeSelect } from '../features/units/unit-tree-select';
import { useCouncilMutation, useCouncils, useMeetings } from '../features/councils/api';
import { hasRole, useSession } from '../features/auth/session';
import { api } from '../lib/http';
import { DATE_FORMAT, toLegal } from '../lib/dates';

const ROLE_COLORS: Record<CouncilRole, string> = {
  CHU_TICH: 'red',
  PHO_CHU_TICH: 'volcano',
  UY_VIEN: 'default',
  THU_KY: 'blue',
};

export default function CouncilsPage() {
  const { data, isFetching, error } = useCouncils();
  const { data: session } = useSession();
  const canManage = hasRole(session, 'SYSTEM_ADMIN', 'OFFICER');
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageTitle
        title="Hội đồng Thi đua – Khen thưởng"
        extra={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              Thành lập Hội đồng
            </Button>
          )
        }
      />
      <ErrorAlert error={error} />
      <Spin spinning={isFetching}>
        {!data || data.length === 0 ? (
          <Empty description="Chưa có Hội đồng nào trong phạm vi của bạn" />
        ) : (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {data.map((c) => (
              <CouncilCard key={c.id} council={c} canManage={canManage} />
            ))}
          </Space>
        )}
      </Spin>
      {creating && <CreateCouncilModal onClose={() => setCreating(false)} />}
    </>
  );
}

function CouncilCard({ council, canManage }: { council: Council; canManage: boolean }) {
  const [adding, setAdding] = useState(false);
  const [meeting, setMeeting] = useState(false);
  const meetings = useMeetings(council.id);
  const inOffice = council.members.filter((m) => m.inOffice && m.voting).length;
  return (
    <Card
      title={<span style={{ whiteSpace: 'normal' }}>{council.name}</span>}
      extra={
        canManage && (
          <Space>
            <Button onClick={() => setAdding(true)}>Thêm thành viên</Button>
            <Button type="primary" onClick={() => setMeeting(true)}>
              Lập phiên họp
            </Button>
          </Space>
        )
      }
    >
      <Typography.Paragraph type="secondary">
        {council.unitName} · Nhiệm kỳ {formatLegalDate(council.termFrom)} –{' '}
        {council.termTo ? formatLegalDate(council.termTo) : 'nay'} · {council.basis} · {inOffice} thành viên
        đương nhiệm có quyền biểu quyết
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={council.members}
        aria-label={`Thành viên ${council.name}`}
        columns={[
          { title: 'Họ và tên', dataIndex: 'fullName' },
          {
            title: 'Chức danh',
            dataIndex: 'role',
            render: (r: CouncilRole) => <Tag color={ROLE_COLORS[r]}>{COUNCIL_ROLE_LABELS[r]}</Tag>,
          },
          { title: 'Chức vụ', dataIndex: 'position', render: (p: string | null) => p ?? '' },
          {
            title: 'Thời gian',
            render: (_: unknown, m: Council['members'][number]) =>
              `${formatLegalDate(m.fromDate)} – ${m.toDate ? formatLegalDate(m.toDate) : 'nay'}`,
          },
          {
            title: 'Trạng thái',
            render: (_: unknown, m: Council['members'][number]) =>
              m.inOffice ? <Tag color="green">Đương nhiệm</Tag> : <Tag>Đã thôi</Tag>,
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        Phiên họp
      </Typography.Title>
      <ErrorAlert error={meetings.error} />
      <Table<MeetingSummary>
        size="small"
        rowKey="id"
        pagination={false}
        loading={meetings.isLoading}
        dataSource={meetings.data ?? []}
        locale={{ emptyText: 'Chưa có phiên họp' }}
        columns={[
          {
            title: 'Phiên họp',
            dataIndex: 'title',
            render: (t: string, m) => <Link to={`/hoi-dong/phien-hop/${m.id}`}>{t}</Link>,
          },
          { title: 'Ngày họp', dataIndex: 'meetingDate', render: (d: string) => formatLegalDate(d) },
          { title: 'Số nội dung', dataIndex: 'items' },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            render: (s: MeetingSummary['status']) => (
              <Tag color={s === 'VOTING' ? 'processing' : s === 'CLOSED' ? 'success' : 'default'}>
                {MEETING_STATUS_LABELS[s]}
              </Tag>
            ),
          },
        ]}
      />
      {adding && <AddMemberModal council={council} onClose={() => setAdding(false)} />}
      {meeting && <CreateMeetingModal council={council} onClose={() => setMeeting(false)} />}
    </Card>
  );
}

function CreateCouncilModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<{
    unitId: string;
    name: string;
    termFrom: Dayjs;
    termTo?: Dayjs;
    basis: string;
  }>();
  const save = useCouncilMutation((input: unknown) => api.post<Council>('/councils', input));
  const { message } = App.useApp();
  return (
    <FormModal
      open
      title="Thành lập Hội đồng Thi đua – Khen thưởng"
      okText="Lưu"
      form={form}
      pending={save.isPending}
      error={save.error}
      onClose={onClose}
      onSubmit={async (v) => {
        await save.mutateAsync({
          unitId: v.unitId,
          name: v.name,
          termFrom: toLegal(v.termFrom),
          termTo: toLegal(v.termTo),
          basis: v.basis,
        });
        message.success('Đã thành lập Hội đồng.');
        onClose();
      }}
    >
      <Form.Item name="unitId" label="Cơ quan, đơn vị" rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
        <UnitTreeSelect placeholder="Chọn đơn vị" />
      </Form.Item>
      <Form.Item name="name" label="Tên Hội đồng" rules={[{ required: true, message: 'Nhập tên Hội đồng.' }]}>
        <Input />
      </Form.Item>
      <Space>
        <Form.Item
          name="termFrom"
          label="Nhiệm kỳ từ ngày"
          rules={[{ required: true, message: 'Chọn ngày.' }]}
        >
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="termTo" label="Đến ngày">
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Space>
      <Form.Item
        name="basis"
        label="Quyết định thành lập/kiện toàn"
        rules={[{ required: true, message: 'Nhập căn cứ.' }]}
      >
        <Input placeholder="Quyết định số …/QĐ-UBND ngày …" />
      </Form.Item>
    </FormModal>
  );
}

function PersonSelect(props: { value?: string; onChange?: (v: string) => void; id?: string }) {
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [loading, setLoading] = useState(false);
  const search = async (text: string) => {
    setLoading(true);
    try {
      const page = await api.get<Page<PersonSummary>>('/people', { q: text, page: 1, pageSize: 20 });
      setOptions(page.items.map((p) => ({ value: p.id, label: p.fullName })));
    } finally {
      setLoading(false);
    }
  };
  return (
    <Select
      {...props}
      showSearch={{ filterOption: false, onSearch: (t) => void search(t) }}
      loading={loading}
      options={options}
      placeholder="Gõ tên cán bộ để tìm"
      notFoundContent={loading ? <Spin size="small" /> : 'Không tìm thấy'}
    />
  );
}

function AddMemberModal({ council, onClose }: { council: Council; onClose: () => void }) {
  const [form] = Form.useForm<{
    personId: string;
    role: CouncilRole;
    position?: string;
    voting: boolean;
    fromDate: Dayjs;
    toDate?: Dayjs;
  }>();
  const save = useCouncilMutation((input: unknown) =>
    api.post<Council>(`/councils/${council.id}/members`, input),
  );
  const { message } = App.useApp();
  return (
    <FormModal
      open
      title={`Thêm thành viên: ${council.name}`}
      okText="Thêm"
      form={form}
      pending={save.isPending}
      error={save.error}
      onClose={onClose}
      initialValues={{ role: 'UY_VIEN', voting: true }}
      onSubmit={async (v) => {
        await save.mutateAsync({
          personId: v.personId,
          role: v.role,
          position: v.position || null,
          voting: v.voting,
          fromDate: toLegal(v.fromDate),
          toDate: toLegal(v.toDate),
        });
        message.success('Đã thêm thành viên.');
        onClose();
      }}
    >
      <Form.Item name="personId" label="Cán bộ" rules={[{ required: true, message: 'Chọn cán bộ.' }]}>
        <PersonSelect />
      </Form.Item>
      <Form.Item name="role" label="Chức danh trong Hội đồng" rules={[{ required: true }]}>
        <Select options={COUNCIL_ROLES.map((r) => ({ value: r, label: COUNCIL_ROLE_LABELS[r] }))} />
      </Form.Item>
      <Form.Item name="position" label="Chức vụ">
        <Input placeholder="Ví dụ: Phó Chủ tịch UBND" />
      </Form.Item>
      <Form.Item name="voting" label="Có quyền biểu quyết" valuePropName="checked">
        <Switch />
      </Form.Item>
      <Space>
        <Form.Item name="fromDate" label="Từ ngày" rules={[{ required: true, message: 'Chọn ngày.' }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="toDate" label="Đến ngày">
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Space>
    </FormModal>
  );
}

function CreateMeetingModal({ council, onClose }: { council: Council; onClose: () => void }) {
  const [form] = Form.useForm<{ title: string; meetingDate: Dayjs; location?: string }>();
  const save = useCouncilMutation((input: unknown) =>
    api.post<Meeting>(`/councils/${council.id}/meetings`, input),
  );
  const { message } = App.useApp();
  return (
    <FormModal
      open
      title="Lập phiên họp Hội đồng"
      okText="Lưu"
      form={form}
      pending={save.isPending}
      error={save.error}
      onClose={onClose}
      onSubmit={async (v) => {
        await save.mutateAsync({
          title: v.title,
          meetingDate: toLegal(v.meetingDate),
          location: v.location || null,
        });
        message.success('Đã lập phiên họp.');
        onClose();
      }}
    >
      <Form.Item
        name="title"
        label="Tên phiên họp"
        rules={[{ required: true, message: 'Nhập tên phiên họp.' }]}
      >
        <Input placeholder="Phiên họp xét khen thưởng tổng kết năm …" />
      </Form.Item>
      <Form.Item name="meetingDate" label="Ngày họp" rules={[{ required: true, message: 'Chọn ngày họp.' }]}>
        <DatePicker format={DATE_FORMAT} />
      </Form.Item>
      <Form.Item name="location" label="Địa điểm">
        <Input />
      </Form.Item>
    </FormModal>
  );
}
