import { Button, Card, Col, Empty, InputNumber, Row, Space, Spin, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { CLUSTER_KIND_LABELS, type Cluster } from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { CLUSTER_ROLE_LABELS, useClusters } from '../features/clusters/api';
import { ClusterFormModal } from '../features/clusters/cluster-form-modal';
import { hasRole, useSession } from '../features/auth/session';

const ROLE_ORDER = { HEAD: 0, DEPUTY: 1, MEMBER: 2 } as const;

export default function ClustersPage() {
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('year')) || thisYear;
  const { data, isFetching, error } = useClusters(year);
  const { data: session } = useSession();
  const canEdit = hasRole(session, 'SYSTEM_ADMIN', 'OFFICER');
  const [editing, setEditing] = useState<Cluster | null | undefined>(undefined);

  return (
    <>
      <PageTitle
        title="Cụm, khối thi đua"
        extra={
          <Space>
            <label htmlFor="cluster-year">Năm</label>
            <InputNumber
              id="cluster-year"
              min={1945}
              max={2100}
              value={year}
              onChange={(v) => v && setParams({ year: String(v) }, { replace: true })}
            />
            {canEdit && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
                Thêm cụm/khối
              </Button>
            )}
          </Space>
        }
      />
      <ErrorAlert error={error} />
      <Spin spinning={isFetching}>
        {!data || data.length === 0 ? (
          <Empty description={`Chưa có cụm/khối thi đua năm ${year}`} />
        ) : (
          <Row gutter={[16, 16]}>
            {data.map((c) => (
              <Col xs={24} md={12} xl={8} key={c.id}>
                <Card
                  size="small"
                  title={<span style={{ whiteSpace: 'normal' }}>{c.name}</span>}
                  extra={
                    canEdit && (
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        onClick={() => setEditing(c)}
                        aria-label={`Sửa ${c.name}`}
                      />
                    )
                  }
                >
                  <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                    <div>
                      <Tag color={c.kind === 'CUM' ? 'blue' : 'purple'}>{CLUSTER_KIND_LABELS[c.kind]}</Tag>
                      <Typography.Text type="secondary">
                        Năm {c.year} · Tổ chức: {c.organiserName}
                      </Typography.Text>
                    </div>
                    {c.members
                      .slice()
                      .sort(
                        (a, b) =>
                          ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name, 'vi'),
                      )
                      .map((m) => (
                        <div key={m.unitId}>
                          {m.role !== 'MEMBER' && (
                            <Tag color={m.role === 'HEAD' ? 'gold' : 'cyan'}>
                              {CLUSTER_ROLE_LABELS[m.role]}
                            </Tag>
                          )}
                          {m.name}
                        </div>
                      ))}
                  </Space>
                </Card>
              </Col>
            ))}
          </Row>
        )}
      </Spin>
      {editing !== undefined && (
        <ClusterFormModal open cluster={editing} year={year} onClose={() => setEditing(undefined)} />
      )}
    </>
  );
}
