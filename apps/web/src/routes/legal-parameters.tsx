import { App, Button, Card, Input, Popconfirm, Space, Spin, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { formatLegalDate, RATING_LABELS, type ParameterOverrideRow } from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { useRulesCatalogue, type DatedValue, type ParameterListing } from '../features/eligibility/api';
import { hasRole, useSession } from '../features/auth/session';
import { AddOverrideModal, useRevokeParameterOverride } from '../features/rules/overrides';

function ConfirmedTag({ confirmed }: { confirmed: boolean }) {
  return confirmed ? <Tag color="green">đã xác nhận</Tag> : <Tag color="gold">chưa xác nhận</Tag>;
}

const UNIT_LABELS: Record<string, string> = {
  years: 'năm',
  months: 'tháng',
  days: 'ngày',
  'working days': 'ngày làm việc',
  multiplier: 'lần',
  ratio: '(tỷ lệ)',
  coefficient: '(hệ số)',
  count: '',
  VND: 'đồng',
};

function formatValue(v: DatedValue['value'] | null, unitCode?: string, key?: string) {
  // null: a quota with no cap, or a delegated criterion the province has not declared yet.
  if (v === null) return key?.startsWith('quota.') ? 'không khống chế' : 'chưa quy định (để trống)';
  const unit = unitCode === undefined ? undefined : (UNIT_LABELS[unitCode] ?? unitCode);
  const s =
    typeof v === 'number'
      ? v.toLocaleString('vi-VN')
      : typeof v === 'boolean'
        ? v
          ? 'có'
          : 'không'
        : typeof v === 'string'
          ? ((RATING_LABELS as Record<string, string>)[v] ?? v)
          : v;
  return unit ? `${s} ${unit}` : s;
}

/** One province override of a parameter: period, value, reference, reason; "Thu hồi" for administrators. */
function OverrideItem({ o, unit, canEdit }: { o: ParameterOverrideRow; unit?: string; canEdit: boolean }) {
  const revoke = useRevokeParameterOverride();
  const { message } = App.useApp();
  const revoked = o.revokedAt !== null;
  return (
    <div data-testid="parameter-override" style={revoked ? { opacity: 0.6 } : undefined}>
      <Space wrap size={4}>
        <Tag color="purple">Điều chỉnh của tỉnh</Tag>
        <Typography.Text type="secondary">
          từ {formatLegalDate(o.from)}
          {o.to ? ` đến ${formatLegalDate(o.to)}` : ''}:
        </Typography.Text>
        <Typography.Text strong delete={revoked}>
          {formatValue(o.value, unit)}
        </Typography.Text>
        {revoked && <Tag>đã thu hồi</Tag>}
        {canEdit && !revoked && (
          <Popconfirm
            title="Thu hồi điều chỉnh này?"
            description="Giá trị quốc gia sẽ được áp dụng lại; điều chỉnh vẫn được lưu trong lịch sử."
            okText="Thu hồi"
            cancelText="Hủy"
            onConfirm={async () => {
              try {
                await revoke.mutateAsync(o.id);
                message.success('Đã thu hồi điều chỉnh.');
              } catch (e) {
                message.error(e instanceof Error ? e.message : 'Không thu hồi được điều chỉnh.');
              }
            }}
          >
            <Button size="small" danger type="link" loading={revoke.isPending}>
              Thu hồi
            </Button>
          </Popconfirm>
        )}
      </Space>
      <div>
        <Typography.Text italic style={{ fontSize: 12 }}>
          Căn cứ: {o.reference}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {' '}
          — Lý do: {o.reason}
        </Typography.Text>
      </div>
    </div>
  );
}

/** Tham số pháp lý: every legal parameter with its dated values, citations and confidence. */
export default function LegalParametersPage() {
  const { data, isLoading, error } = useRulesCatalogue();
  const { data: session } = useSession();
  const isAdmin = hasRole(session, 'SYSTEM_ADMIN');
  const [adding, setAdding] = useState(false);
  const [q, setQ] = useState('');
  const byParameter = useMemo(() => {
    const m = new Map<string, ParameterOverrideRow[]>();
    for (const o of data?.overrides ?? []) m.set(o.parameter, [...(m.get(o.parameter) ?? []), o]);
    return m;
  }, [data]);
  const rows = useMemo(() => {
    const needle = q.trim().toLowerCase();
    const list = data?.parameters ?? [];
    if (!needle) return list;
    return list.filter(
      (p) =>
        p.key.toLowerCase().includes(needle) ||
        p.description.vi.toLowerCase().includes(needle) ||
        p.values.some((v) => v.reference.toLowerCase().includes(needle)),
    );
  }, [data, q]);

  return (
    <>
      <PageTitle
        title="Tham số pháp lý"
        extra={
          <Space>
            <Input.Search
              allowClear
              placeholder="Tìm tham số, văn bản"
              onChange={(e) => setQ(e.target.value)}
              style={{ width: 280 }}
            />
            {isAdmin && data && (
              <Button type="primary" onClick={() => setAdding(true)}>
                Thêm điều chỉnh
              </Button>
            )}
          </Space>
        }
      />
      {isLoading && <Spin style={{ display: 'block', margin: 48 }} />}
      <ErrorAlert error={error} />
      {data && (
        <>
          <Typography.Paragraph type="secondary">
            Bộ quy tắc {data.rulesetVersion}: {data.parameters.length} tham số, {data.rules.length} quy tắc.
            Mỗi giá trị áp dụng từ ngày ghi bên cạnh, kèm căn cứ pháp lý. Với tham số luật giao cho tỉnh quy
            định, điều chỉnh của tỉnh (có căn cứ và lý do) được áp dụng thay giá trị quốc gia trong thời gian
            hiệu lực của nó; quản trị hệ thống thêm hoặc thu hồi điều chỉnh, mọi thay đổi đều được ghi nhật
            ký.
          </Typography.Paragraph>
          <Card size="small">
            <Table<ParameterListing>
              size="small"
              rowKey="key"
              dataSource={rows}
              pagination={{ pageSize: 30, showSizeChanger: false }}
              data-testid="legal-parameters"
              columns={[
                {
                  title: 'Tham số',
                  key: 'name',
                  width: '30%',
                  render: (_, p) => (
                    <Space orientation="vertical" size={0}>
                      <span>{p.description.vi}</span>
                      <Typography.Text type="secondary" code style={{ fontSize: 11 }}>
                        {p.key}
                      </Typography.Text>
                      {p.delegated && <Tag color="blue">tỉnh được quy định</Tag>}
                    </Space>
                  ),
                },
                {
                  title: 'Giá trị theo thời gian',
                  key: 'values',
                  render: (_, p) => (
                    <Space orientation="vertical" size={6} style={{ width: '100%' }}>
                      {p.values.map((v) => (
                        <div key={v.from}>
                          <Space wrap size={4}>
                            <Typography.Text type="secondary">từ {formatLegalDate(v.from)}:</Typography.Text>
                            <Typography.Text strong>{formatValue(v.value, p.unit, p.key)}</Typography.Text>
                            <ConfirmedTag confirmed={v.confirmed} />
                          </Space>
                          <div>
                            <Typography.Text italic style={{ fontSize: 12 }}>
                              {v.reference}
                            </Typography.Text>
                            {v.note && (
                              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                                {' '}
                                — {v.note}
                              </Typography.Text>
                            )}
                          </div>
                        </div>
                      ))}
                      {(byParameter.get(p.key) ?? []).map((o) => (
                        <OverrideItem key={o.id} o={o} unit={p.unit} canEdit={isAdmin} />
                      ))}
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
          {adding && <AddOverrideModal parameters={data.parameters} onClose={() => setAdding(false)} />}
        </>
      )}
    </>
  );
}
