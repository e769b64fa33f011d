import { Button, Card, Col, Empty, Row, Space, Spin, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { ScoringTemplate } from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { hasRole, useSession } from '../features/auth/session';
import { useScoringTemplates } from '../features/scoring/api';
import { TemplateFormModal } from '../features/scoring/template-form-modal';

/** Mẫu chấm điểm: list and editor (criteria groups, criteria, maximum points, evidence required). */
export default function ScoringTemplatesPage() {
  const { data, isFetching, error } = useScoringTemplates();
  const { data: session } = useSession();
  const canEdit = hasRole(session, 'SYSTEM_ADMIN', 'OFFICER');
  const [editing, setEditing] = useState<ScoringTemplate | null | undefined>(undefined);
  return (
    <>
      <PageTitle
        title="Mẫu chấm điểm thi đua"
        extra={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              Lập mẫu chấm điểm
            </Button>
          )
        }
      />
      <ErrorAlert error={error} />
      <Spin spinning={isFetching}>
        {!data || data.length === 0 ? (
          <Empty description="Chưa có mẫu chấm điểm" />
        ) : (
          <Row gutter={[16, 16]}>
            {data.map((t) => (
              <Col xs={24} xl={12} key={t.id}>
                <Card
                  size="small"
                  title={<span style={{ whiteSpace: 'normal' }}>{t.name}</span>}
                  extra={
                    canEdit && (
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        disabled={t.inUse}
                        title={t.inUse ? 'Mẫu đã dùng cho đợt chấm điểm, không sửa được' : undefined}
                        aria-label={`Sửa ${t.name}`}
                        onClick={() => setEditing(t)}
                      />
                    )
                  }
                >
                  <Typography.Text type="secondary">
                    {t.ownerUnitName} · Tổng {t.maxTotal.toLocaleString('vi-VN')} điểm · phiên bản {t.version}
                    {t.inUse && ' · đang dùng'}
                  </Typography.Text>
                  {t.groups.map((g) => (
                    <div key={g.id} style={{ marginTop: 8 }}>
                      <Typography.Text strong>
                        {g.name} ({g.criteria.reduce((s, c) => s + c.maxPoints, 0).toLocaleString('vi-VN')}{' '}
                        điểm)
                      </Typography.Text>
                      <Space orientation="vertical" size={0} style={{ display: 'flex' }}>
                        {g.criteria.map((c) => (
                          <span key={c.id}>
                            – {c.name}: {c.maxPoints.toLocaleString('vi-VN')} điểm{' '}
                            {c.evidenceRequired && <Tag color="orange">Cần minh chứng</Tag>}
                          </span>
                        ))}
                      </Space>
                    </div>
                  ))}
                </Card>
              </Col>
            ))}
          </Row>
        )}
      </Spin>
      {editing !== undefined && (
        <TemplateFormModal open template={editing} onClose={() => setEditing(undefined)} />
      )}
    </>
  );
}
