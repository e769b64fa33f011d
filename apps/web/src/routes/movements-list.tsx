import { Button, Input, Select, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  formatLegalDate,
  MOVEMENT_STATUS_LABELS,
  MOVEMENT_STATUSES,
  type MovementStatus,
} from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { useDebounced } from '../components/use-debounced';
import { hasRole, useSession } from '../features/auth/session';
import { useMovements } from '../features/movements/api';
import { MovementKindTag, MovementStatusTag } from '../features/movements/labels';

/** Phong trào thi đua: search without diacritics, filter by phase. */
export default function MovementsListPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const q = params.get('q') ?? '';
  const status = (params.get('status') as MovementStatus | null) ?? undefined;
  const page = Number(params.get('page')) || 1;
  const dq = useDebounced(q, 300);
  const { data, isFetching, error } = useMovements({ q: dq || undefined, status, page, pageSize: 20 });
  const { data: session } = useSession();
  const canCreate = hasRole(session, 'SYSTEM_ADMIN', 'OFFICER');
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    if (k !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageTitle
        title="Phong trào thi đua"
        extra={
          canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/phong-trao/moi')}>
              Lập phong trào
            </Button>
          )
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder="Tìm theo tên (không cần dấu)"
          aria-label="Tìm phong trào"
          value={q}
          onChange={(e) => set('q', e.target.value)}
          style={{ width: 360 }}
        />
        <Select
          allowClear
          placeholder="Trạng thái"
          aria-label="Trạng thái"
          style={{ width: 180 }}
          value={status}
          onChange={(v) => set('status', v)}
          options={MOVEMENT_STATUSES.map((s) => ({ value: s, label: MOVEMENT_STATUS_LABELS[s] }))}
        />
      </Space>
      <ErrorAlert error={error} />
      <Table
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items ?? []}
        data-testid="movements-table"
        pagination={{
          current: page,
          pageSize: 20,
          total: data?.total ?? 0,
          onChange: (p) => set('page', String(p)),
          showTotal: (t) => `${t} phong trào`,
        }}
        locale={{ emptyText: 'Chưa có phong trào nào' }}
        columns={[
          {
            title: 'Tên phong trào',
            dataIndex: 'name',
            render: (name: string, m) => (
              <Space orientation="vertical" size={0}>
                <Link to={`/phong-trao/${m.id}`}>{name}</Link>
                <Typography.Text type="secondary">{m.launchingUnitName}</Typography.Text>
              </Space>
            ),
          },
          { title: 'Hình thức', dataIndex: 'kind', width: 170, render: (k) => <MovementKindTag kind={k} /> },
          {
            title: 'Ngày phát động',
            dataIndex: 'launchDate',
            width: 130,
            render: (d: string | null) => (d ? formatLegalDate(d) : '—'),
          },
          {
            title: 'Thời gian',
            width: 200,
            render: (_, m) =>
              m.startDate
                ? `${formatLegalDate(m.startDate)} – ${m.endDate ? formatLegalDate(m.endDate) : '…'}`
                : '—',
          },
          { title: 'Đơn vị tham gia', dataIndex: 'participantCount', width: 130, align: 'right' },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            width: 130,
            render: (s) => <MovementStatusTag status={s} />,
          },
        ]}
      />
    </>
  );
}
