import { Card, Input, Space, Spin, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { formatLegalDate } from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { useRulesCatalogue, type DatedValue, type ParameterListing } from '../features/eligibility/api';

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

function formatValue(v: DatedValue['value'], unitCode?: string) {
  const unit = unitCode === undefined ? undefined : (UNIT_LABELS[unitCode] ?? unitCode);
  const s =
    typeof v === 'number' ? v.toLocaleString('vi-VN') : typeof v === 'boolean' ? (v ? 'có' : 'không') : v;
  return unit ? `${s} ${unit}` : s;
}

/** Tham số pháp lý: every legal parameter with its dated values, citations and confidence. */
export default function LegalParametersPage() {
  const { data, isLoading, error } = useRulesCatalogue();
  const [q, setQ] = useState('');
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
          <Input.Search
            allowClear
            placeholder="Tìm tham số, văn bản"
            onChange={(e) => setQ(e.target.value)}
            style={{ width: 280 }}
          />
        }
      />
      {isLoading && <Spin style={{ display: 'block', margin: 48 }} />}
      <ErrorAlert error={error} />
      {data && (
        <>
          <Typography.Paragraph type="secondary">
            Bộ quy tắc {data.rulesetVersion}: {data.parameters.length} tham số, {data.rules.length} quy tắc.
            Mỗi giá trị áp dụng từ ngày ghi bên cạnh, kèm căn cứ pháp lý. Tham số tỉnh được phép quy định
            riêng: chưa có giao diện nhập.
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
                            <Typography.Text strong>{formatValue(v.value, p.unit)}</Typography.Text>
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
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
        </>
      )}
    </>
  );
}
