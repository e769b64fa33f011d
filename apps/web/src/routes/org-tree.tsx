import { Button, Card, Col, DatePicker, Empty, Flex, Row, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { isLegalDate, type UnitDetail } from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { DATE_FORMAT, fromLegal, toLegal, todayLegal } from '../lib/dates';
import { useUnitTree } from '../features/units/api';
import { UnitTreeView } from '../features/units/unit-tree-view';
import { UnitDetailPanel, type UnitLinkTarget } from '../features/units/unit-detail';
import { CreateUnitModal, EditUnitModal } from '../features/units/unit-form-modal';
import { LineageEventModal } from '../features/units/lineage-event-modal';
import { useSession, hasRole } from '../features/auth/session';

/** The reference date of the 2020 Ba Đình campaign, before the 2025 reorganisation. */
const CAMPAIGN_2020 = '2020-02-27';

export default function OrgTreePage() {
  const [params, setParams] = useSearchParams();
  const asOfParam = params.get('asOf');
  const asOf = asOfParam && isLegalDate(asOfParam) ? asOfParam : todayLegal();
  const selectedId = params.get('unit');
  const { data, isFetching, error } = useUnitTree(asOf);
  const { data: session } = useSession();
  const canEdit = hasRole(session, 'SYSTEM_ADMIN', 'OFFICER');

  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UnitDetail | null>(null);
  const [eventFor, setEventFor] = useState<UnitDetail | null | undefined>(undefined);

  const update = (next: { asOf?: string; unit?: string | null }) => {
    const p = new URLSearchParams(params);
    if (next.asOf !== undefined) {
      if (next.asOf === todayLegal()) p.delete('asOf');
      else p.set('asOf', next.asOf);
    }
    if (next.unit !== undefined) {
      if (next.unit) p.set('unit', next.unit);
      else p.delete('unit');
    }
    setParams(p, { replace: next.unit === undefined });
  };

  const openUnit = (t: UnitLinkTarget) => update({ unit: t.id, ...(t.asOf ? { asOf: t.asOf } : {}) });

  return (
    <>
      <PageTitle
        title="Cây tổ chức"
        extra={
          canEdit && (
            <Space>
              <Button onClick={() => setEventFor(null)}>Ghi sự kiện tổ chức</Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                Thêm đơn vị
              </Button>
            </Space>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} align="center" wrap>
          <label htmlFor="tree-as-of">
            <Typography.Text strong>Xem theo ngày</Typography.Text>
          </label>
          <span data-testid="tree-date-picker">
            <DatePicker
              id="tree-as-of"
              format={DATE_FORMAT}
              value={fromLegal(asOf)}
              allowClear={false}
              onChange={(d) => {
                const s = toLegal(d);
                if (s) update({ asOf: s });
              }}
            />
          </span>
          <Button
            data-testid="tree-date-2020"
            onClick={() => update({ asOf: CAMPAIGN_2020 })}
            type={asOf === CAMPAIGN_2020 ? 'primary' : 'default'}
          >
            27/02/2020
          </Button>
          <Button
            data-testid="tree-date-today"
            onClick={() => update({ asOf: todayLegal() })}
            type={asOf === todayLegal() ? 'primary' : 'default'}
          >
            Hôm nay
          </Button>
          <Typography.Text type="secondary">
            {data ? `${data.units.length} đơn vị có hiệu lực vào ngày này` : ''}
          </Typography.Text>
        </Flex>
      </Card>
      <ErrorAlert error={error} />
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card
            size="small"
            title="Sơ đồ đơn vị"
            // The tree scrolls inside its card so the detail panel beside it stays in view.
            styles={{ body: { maxHeight: 'calc(100vh - 290px)', minHeight: 240, overflowY: 'auto' } }}
          >
            <UnitTreeView
              units={data?.units ?? []}
              loading={isFetching}
              selectedId={selectedId}
              onSelect={(id) => update({ unit: id })}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" style={{ position: 'sticky', top: 16 }}>
            {selectedId ? (
              <UnitDetailPanel
                unitId={selectedId}
                onOpenUnit={openUnit}
                onEdit={canEdit ? setEditing : undefined}
                onRecordEvent={canEdit ? (u) => setEventFor(u) : undefined}
              />
            ) : (
              <Empty description="Chọn một đơn vị trên cây để xem chi tiết" />
            )}
          </Card>
        </Col>
      </Row>
      {creating && (
        <CreateUnitModal
          open
          asOf={asOf}
          defaultParentId={selectedId}
          onClose={(id) => {
            setCreating(false);
            if (id) update({ unit: id });
          }}
        />
      )}
      {/* Mounted only while open, so each opening starts from the selected unit's values. */}
      {editing && <EditUnitModal unit={editing} onClose={() => setEditing(null)} />}
      {eventFor !== undefined && (
        <LineageEventModal unit={eventFor} open onClose={() => setEventFor(undefined)} />
      )}
    </>
  );
}
