import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Popconfirm,
  Row,
  Space,
  Spin,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { ArrowLeftOutlined, EditOutlined, PlusOutlined, TrophyOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Dayjs } from 'dayjs';
import { PERSON_STATUS_LABELS, SEX_LABELS, formatLegalDate, type Employment } from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { DATE_FORMAT, formatPeriod, toLegal } from '../lib/dates';
import { errorMessage } from '../lib/http';
import { useEndEmployment, usePerson } from '../features/people/api';
import { AddEmploymentModal, EditPersonModal } from '../features/people/person-modals';
import { hasRole, useSession } from '../features/auth/session';

function EndEmploymentButton({ personId, employment }: { personId: string; employment: Employment }) {
  const end = useEndEmployment(personId);
  const { message } = App.useApp();
  const [to, setTo] = useState<Dayjs | null>(null);
  return (
    <Popconfirm
      title="Kết thúc quá trình công tác"
      description={
        <div>
          <div style={{ marginBottom: 8 }}>Ngày cuối cùng công tác tại {employment.unitName}:</div>
          <DatePicker format={DATE_FORMAT} value={to} onChange={setTo} placeholder="dd/mm/yyyy" />
        </div>
      }
      okText="Kết thúc"
      cancelText="Hủy"
      okButtonProps={{ disabled: !to, loading: end.isPending }}
      onConfirm={async () => {
        try {
          await end.mutateAsync({ employmentId: employment.id, to: toLegal(to)! });
          message.success('Đã kết thúc quá trình công tác.');
        } catch (e) {
          message.error(errorMessage(e));
        }
      }}
    >
      <Button size="small">Kết thúc</Button>
    </Popconfirm>
  );
}

export default function PersonDetailPage() {
  const { id = '' } = useParams();
  const { data: p, isLoading, error, refetch } = usePerson(id);
  const { data: session } = useSession();
  const canEdit = hasRole(session, 'SYSTEM_ADMIN', 'OFFICER', 'UNIT_CLERK');
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);

  if (isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (error || !p)
    return (
      <>
        <Link to="/can-bo">
          <ArrowLeftOutlined /> Danh sách cán bộ
        </Link>
        <div style={{ marginTop: 16 }}>{error ? <ErrorAlert error={error} /> : <Empty />}</div>
      </>
    );

  const employments = p.employments.slice().sort((a, b) => b.from.localeCompare(a.from));

  return (
    <>
      <Link to="/can-bo">
        <ArrowLeftOutlined /> Danh sách cán bộ
      </Link>
      <PageTitle
        title={p.fullName}
        extra={
          <Space>
            <Link to={`/can-bo/${encodeURIComponent(p.id)}/dieu-kien-khen-thuong`}>
              <Button icon={<TrophyOutlined />}>Điều kiện khen thưởng</Button>
            </Link>
            {canEdit && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                Sửa thông tin
              </Button>
            )}
          </Space>
        }
      />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card title="Thông tin cá nhân" size="small" style={{ marginBottom: 16 }}>
            <Descriptions
              column={1}
              size="small"
              data-testid="person-info"
              items={[
                { key: 'name', label: 'Họ và tên', children: p.fullName },
                { key: 'sex', label: 'Giới tính', children: SEX_LABELS[p.sex] },
                { key: 'dob', label: 'Ngày sinh', children: formatLegalDate(p.dateOfBirth) || '—' },
                { key: 'eth', label: 'Dân tộc', children: p.ethnicity },
                { key: 'nid', label: 'Số CCCD', children: p.nationalId ?? '—' },
                { key: 'code', label: 'Mã cán bộ', children: p.staffCode ?? '—' },
                {
                  key: 'status',
                  label: 'Trạng thái',
                  children: (
                    <Tag color={p.status === 'DANG_CONG_TAC' ? 'green' : 'default'}>
                      {PERSON_STATUS_LABELS[p.status]}
                    </Tag>
                  ),
                },
                { key: 'unit', label: 'Đơn vị hiện tại', children: p.currentUnitName ?? '—' },
                { key: 'pos', label: 'Chức vụ hiện tại', children: p.currentPosition ?? '—' },
                { key: 'email', label: 'Thư điện tử', children: p.email ?? '—' },
                { key: 'phone', label: 'Điện thoại', children: p.phone ?? '—' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title="Quá trình công tác"
            size="small"
            extra={
              canEdit && (
                <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                  Thêm
                </Button>
              )
            }
          >
            {employments.length === 0 ? (
              <Empty description="Chưa có quá trình công tác" />
            ) : (
              <Timeline
                data-testid="employment-timeline"
                items={employments.map((e) => ({
                  key: e.id,
                  color: e.to ? 'gray' : 'green',
                  content: (
                    <Space orientation="vertical" size={0}>
                      <Typography.Text type="secondary">{formatPeriod(e.from, e.to)}</Typography.Text>
                      <Typography.Text strong>{e.position}</Typography.Text>
                      <span>{e.unitName}</span>
                      <Space size={4} wrap>
                        {e.isLeader && <Tag color="blue">Lãnh đạo, quản lý</Tag>}
                        {e.isDirectWorker && <Tag>Trực tiếp lao động/công tác</Tag>}
                        {!e.to && canEdit && <EndEmploymentButton personId={p.id} employment={e} />}
                      </Space>
                    </Space>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
      </Row>
      {editing && (
        <EditPersonModal
          person={p}
          open={editing}
          onClose={() => setEditing(false)}
          onReload={() => void refetch()}
        />
      )}
      {adding && <AddEmploymentModal personId={p.id} open onClose={() => setAdding(false)} />}
    </>
  );
}
