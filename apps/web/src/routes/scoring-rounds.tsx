import { Button, Empty, InputNumber, Space, Spin, Table, Tag } from 'antd';
import { PlusOutlined, ProfileOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SCORING_ROUND_STATUS_LABELS, SCORING_METHOD_LABELS, type ScoringRound } from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { hasRole, useSession } from '../features/auth/session';
import { useScoringRounds } from '../features/scoring/api';
import { RoundFormModal } from '../features/scoring/round-form-modal';

export const STATUS_COLORS = {
  DRAFT: 'default',
  OPEN: 'processing',
  PUBLISHED: 'gold',
  FINAL: 'green',
} as const;

/** Đợt chấm điểm thi đua cụm/khối of a year. */
export default function ScoringRoundsPage() {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const { data, isFetching, error } = useScoringRounds(year);
  const { data: session } = useSession();
  const canManage = hasRole(session, 'SYSTEM_ADMIN', 'OFFICER');
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageTitle
        title="Chấm điểm thi đua cụm, khối"
        extra={
          <Space>
            <label htmlFor="scoring-year">Năm</label>
            <InputNumber
              id="scoring-year"
              min={1945}
              max={2100}
              value={year}
              onChange={(v) => v && setParams({ year: String(v) }, { replace: true })}
            />
            {canManage && (
              <>
                <Link to="/cham-diem/mau">
                  <Button icon={<ProfileOutlined />}>Mẫu chấm điểm</Button>
                </Link>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                  Lập đợt chấm điểm
                </Button>
              </>
            )}
          </Space>
        }
      />
      <ErrorAlert error={error} />
      <Spin spinning={isFetching}>
        {!data || data.length === 0 ? (
          <Empty description={`Chưa có đợt chấm điểm năm ${year}`} />
        ) : (
          <Table<ScoringRound>
            rowKey="id"
            dataSource={data}
            pagination={false}
            columns={[
              { title: 'Đợt chấm điểm', render: (_, r) => <Link to={`/cham-diem/${r.id}`}>{r.name}</Link> },
              { title: 'Cụm/khối', dataIndex: 'clusterName' },
              { title: 'Số đơn vị', render: (_, r) => r.members.length, align: 'right' },
              { title: 'Cách tổng hợp', render: (_, r) => SCORING_METHOD_LABELS[r.method] },
              {
                title: 'Trạng thái',
                render: (_, r) => (
                  <Tag color={STATUS_COLORS[r.status]}>{SCORING_ROUND_STATUS_LABELS[r.status]}</Tag>
                ),
              },
            ]}
          />
        )}
      </Spin>
      {creating && <RoundFormModal open year={year} onClose={() => setCreating(false)} />}
    </>
  );
}
