import { Button, Descriptions, Empty, Flex, Space, Spin, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import { EditOutlined, HistoryOutlined, TrophyOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import {
  LINEAGE_EVENT_LABELS,
  UNIT_KIND_LABELS,
  formatLegalDate,
  type UnitDetail,
  type UnitVersion,
} from '@vinhdanh/shared';
import { formatPeriod } from '../../lib/dates';
import { ErrorAlert } from '../../components/error-alert';
import { useUnit } from './api';
import { UnitKindTag } from './unit-kind-tag';

export interface UnitLinkTarget {
  id: string;
  /** A date on which the unit existed, to show the tree as of then. */
  asOf?: string | null;
}

interface Props {
  unitId: string;
  onOpenUnit: (t: UnitLinkTarget) => void;
  onEdit?: (u: UnitDetail) => void;
  onRecordEvent?: (u: UnitDetail) => void;
}

function UnitLink({
  id,
  name,
  asOf,
  onOpenUnit,
}: { id: string; name: string; asOf?: string | null } & Pick<Props, 'onOpenUnit'>) {
  return (
    <Typography.Link onClick={() => onOpenUnit({ id, asOf })} data-testid="unit-link">
      {name}
    </Typography.Link>
  );
}

/** The panel shown when a unit is selected: info, name/parent history, lineage events. */
export function UnitDetailPanel({ unitId, onOpenUnit, onEdit, onRecordEvent }: Props) {
  const { data: u, isLoading, error, refetch } = useUnit(unitId);
  if (isLoading) return <Spin style={{ display: 'block', margin: 32 }} />;
  if (error) return <ErrorAlert error={error} onReload={() => void refetch()} />;
  if (!u) return <Empty />;

  const info = (
    <Descriptions
      column={1}
      size="small"
      bordered
      items={[
        { key: 'code', label: 'Mã đơn vị', children: u.code },
        { key: 'name', label: 'Tên đơn vị', children: u.name },
        { key: 'short', label: 'Tên viết tắt', children: u.shortName ?? '—' },
        { key: 'kind', label: 'Loại đơn vị', children: UNIT_KIND_LABELS[u.kind] },
        {
          key: 'legal',
          label: 'Tư cách pháp nhân',
          children: u.hasLegalPersonality ? (
            <Tag color="green">Có tư cách pháp nhân</Tag>
          ) : (
            <Tag>Không có</Tag>
          ),
        },
        { key: 'valid', label: 'Hiệu lực', children: formatPeriod(u.validFrom, u.validTo) },
        { key: 'field', label: 'Lĩnh vực', children: u.field ?? '—' },
        { key: 'address', label: 'Địa chỉ', children: u.address ?? '—' },
        {
          key: 'pred',
          label: 'Tiền thân',
          children: u.predecessors.length ? (
            <Space orientation="vertical" size={2}>
              {u.predecessors.map((p) => (
                <span key={p.id}>
                  <UnitLink id={p.id} name={p.name} asOf={p.validTo} onOpenUnit={onOpenUnit} />
                  {p.validTo ? ` (đến ${formatLegalDate(p.validTo)})` : ''}
                </span>
              ))}
            </Space>
          ) : (
            '—'
          ),
        },
        {
          key: 'succ',
          label: 'Đơn vị kế tục',
          children: u.successors.length ? (
            <Space orientation="vertical" size={2}>
              {u.successors.map((s) => (
                <span key={s.id}>
                  <UnitLink id={s.id} name={s.name} asOf={s.validFrom} onOpenUnit={onOpenUnit} />
                  {` (từ ${formatLegalDate(s.validFrom)})`}
                </span>
              ))}
            </Space>
          ) : (
            '—'
          ),
        },
      ]}
    />
  );

  const history = (
    <Table<UnitVersion>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={u.versions}
      locale={{ emptyText: 'Chưa có lịch sử thay đổi' }}
      columns={[
        {
          title: 'Thời kỳ',
          key: 'period',
          render: (_, v) => formatPeriod(v.validFrom, v.validTo),
          width: 200,
        },
        { title: 'Tên gọi', dataIndex: 'name' },
        {
          title: 'Đơn vị cấp trên',
          key: 'parent',
          render: (_, v) =>
            v.parentId && v.parentName ? (
              <UnitLink id={v.parentId} name={v.parentName} asOf={v.validFrom} onOpenUnit={onOpenUnit} />
            ) : (
              '—'
            ),
        },
      ]}
    />
  );

  const events = u.events.length ? (
    <Timeline
      items={u.events
        .slice()
        .sort((a, b) => a.eventDate.localeCompare(b.eventDate))
        .map((ev) => ({
          key: ev.id,
          content: (
            <div data-testid="lineage-event">
              <Typography.Text strong>
                {formatLegalDate(ev.eventDate)} · {LINEAGE_EVENT_LABELS[ev.kind]}
              </Typography.Text>
              <div>
                <Typography.Text type="secondary">Căn cứ: </Typography.Text>
                {ev.legalBasis}
              </div>
              {ev.from.length > 0 && (
                <div>
                  <Typography.Text type="secondary">Từ: </Typography.Text>
                  {ev.from.map((x, i) => (
                    <span key={x.id}>
                      {i > 0 && ', '}
                      <UnitLink id={x.id} name={x.name} asOf={ev.eventDate} onOpenUnit={onOpenUnit} />
                    </span>
                  ))}
                </div>
              )}
              {ev.to.length > 0 && (
                <div>
                  <Typography.Text type="secondary">Thành: </Typography.Text>
                  {ev.to.map((x, i) => (
                    <span key={x.id}>
                      {i > 0 && ', '}
                      <UnitLink id={x.id} name={x.name} asOf={ev.eventDate} onOpenUnit={onOpenUnit} />
                    </span>
                  ))}
                </div>
              )}
              {ev.note && <Typography.Paragraph type="secondary">{ev.note}</Typography.Paragraph>}
            </div>
          ),
        }))}
    />
  ) : (
    <Empty description="Chưa có sự kiện tổ chức" />
  );

  return (
    <div data-testid="unit-detail">
      <Flex justify="space-between" align="start" gap={8} wrap style={{ marginBottom: 12 }}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {u.name}
          </Typography.Title>
          <UnitKindTag kind={u.kind} />
          {u.validTo && <Tag color="default">Hiệu lực đến {formatLegalDate(u.validTo)}</Tag>}
        </div>
        <Space wrap>
          <Link to={`/to-chuc/${encodeURIComponent(u.id)}/ung-vien`}>
            <Button icon={<TrophyOutlined />}>Danh sách đề xuất</Button>
          </Link>
          {onEdit && (
            <Button icon={<EditOutlined />} onClick={() => onEdit(u)}>
              Sửa
            </Button>
          )}
          {onRecordEvent && (
            <Button icon={<HistoryOutlined />} onClick={() => onRecordEvent(u)}>
              Ghi sự kiện tổ chức
            </Button>
          )}
        </Space>
      </Flex>
      <Tabs
        items={[
          { key: 'info', label: 'Thông tin', children: info },
          { key: 'history', label: 'Lịch sử', children: history },
          { key: 'events', label: `Sự kiện tổ chức (${u.events.length})`, children: events },
        ]}
      />
    </div>
  );
}
