import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Spin, Tag, Timeline, Typography } from 'antd';
import { useParams } from 'react-router';
import {
  AWARD_LEVEL_LABELS,
  AWARD_SOURCE_LABELS,
  formatLegalDate,
  type RegistryRecord,
} from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { usePerson } from '../features/people/api';
import { useUnit } from '../features/units/api';
import { useRegistry } from '../features/registry/api';

/** Hides the app's menu and header when printing, so the record prints on its own. */
const PRINT_CSS = `
@media print {
  .ant-layout-sider, .ant-layout-header, .no-print { display: none !important; }
  .ant-layout, .ant-layout-content { margin: 0 !important; padding: 0 !important; background: #fff !important; }
  .registry-record { font-size: 12pt; }
  .registry-record .ant-card { box-shadow: none !important; border: 0 !important; }
  a { color: inherit !important; text-decoration: none !important; }
}`;

function period(r: RegistryRecord) {
  if (r.periodFrom && r.periodTo && r.periodFrom !== r.periodTo)
    return ` (thành tích ${r.periodFrom}–${r.periodTo})`;
  const y = r.periodTo ?? r.periodFrom;
  return y ? ` (thành tích năm ${y})` : '';
}

function AwardTimeline({ items }: { items: RegistryRecord[] }) {
  if (items.length === 0) return <Empty description="Chưa có danh hiệu, khen thưởng nào trong sổ vàng" />;
  const sorted = [...items].sort(
    (a, b) => a.decidedOn.localeCompare(b.decidedOn) || a.id.localeCompare(b.id),
  );
  return (
    <Timeline
      data-testid="registry-timeline"
      items={sorted.map((r) => ({
        color: r.revoked ? 'gray' : 'red',
        children: (
          <div data-testid="registry-timeline-item">
            <Typography.Text strong delete={!!r.revoked}>
              {r.codeName}
            </Typography.Text>
            {period(r)} <Tag>{AWARD_LEVEL_LABELS[r.level]}</Tag>
            {r.revoked && (
              <Tag color="red">
                Đã thu hồi (QĐ {r.revoked.decisionNumber}
                {r.revoked.on ? ` ngày ${formatLegalDate(r.revoked.on)}` : ''})
              </Tag>
            )}
            <div>
              Quyết định số {r.decisionNumber} ngày {formatLegalDate(r.decidedOn)}
              {r.issuerName ? ` của ${r.issuerName}` : ''}
              {r.signer ? ` — người ký: ${r.signer}` : ''}
            </div>
            <div style={{ color: '#595959' }}>
              {[r.recipientPosition, r.recipientUnitName].filter(Boolean).join(', ')}
              {r.achievement ? ` · ${r.achievement}` : ''}
            </div>
            <div style={{ color: '#595959', fontSize: 12 }}>
              Mã xác minh:{' '}
              <a href={r.verifyUrl} target="_blank" rel="noreferrer" data-testid="registry-verify-link">
                {r.verifyCode.match(/.{1,4}/g)?.join('-')}
              </a>{' '}
              · {AWARD_SOURCE_LABELS[r.source]}
            </div>
          </div>
        ),
      }))}
    />
  );
}

/** The lifelong record (sổ vàng) of a person or a collective: every title and award across units, printable. */
export default function RegistryRecordPage({ kind }: { kind: 'person' | 'unit' }) {
  const { id = '' } = useParams();
  const person = usePerson(kind === 'person' ? id : '');
  const unit = useUnit(kind === 'unit' ? id : null);
  const records = useRegistry(
    kind === 'person'
      ? { personId: id, includeRevoked: 'true', page: 1, pageSize: 200 }
      : { collectiveUnitId: id, includeRevoked: 'true', page: 1, pageSize: 200 },
  );
  const name = kind === 'person' ? person.data?.fullName : unit.data?.name;
  const headerError = kind === 'person' ? person.error : unit.error;
  return (
    <div className="registry-record">
      <style>{PRINT_CSS}</style>
      <PageTitle
        title={name ? `Sổ vàng: ${name}` : 'Sổ vàng'}
        extra={
          <>
            {kind === 'person' && (
              <Button
                className="no-print"
                icon={<PrinterOutlined />}
                href={`/api/v1/people/${encodeURIComponent(id)}/registry.pdf`}
                target="_blank"
                style={{ marginRight: 8 }}
              >
                In hồ sơ (PDF)
              </Button>
            )}
            <Button className="no-print" icon={<PrinterOutlined />} onClick={() => window.print()}>
              In
            </Button>
          </>
        }
      />
      <ErrorAlert error={headerError ?? records.error} />
      <Card size="small" style={{ marginBottom: 16 }}>
        {kind === 'person' && person.data && (
          <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label="Họ và tên">{person.data.fullName}</Descriptions.Item>
            <Descriptions.Item label="Đơn vị hiện nay">
              {[person.data.currentPosition, person.data.currentUnitName].filter(Boolean).join(', ') || '—'}
            </Descriptions.Item>
          </Descriptions>
        )}
        {kind === 'unit' && unit.data && (
          <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label="Tập thể">{unit.data.name}</Descriptions.Item>
            {unit.data.predecessors.length > 0 && (
              <Descriptions.Item label="Gồm cả đơn vị đã sáp nhập">
                {unit.data.predecessors.map((p) => p.name).join(', ')}
              </Descriptions.Item>
            )}
          </Descriptions>
        )}
      </Card>
      <Card size="small" title="Danh hiệu, khen thưởng theo thời gian">
        {records.isLoading ? <Spin /> : <AwardTimeline items={records.data?.items ?? []} />}
      </Card>
    </div>
  );
}
