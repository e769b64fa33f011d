import { Alert, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import type { RankedUnit, ScoringResults } from '@vinhdanh/shared';
import { ErrorAlert } from '../../components/error-alert';
import { formatInstant } from '../../lib/dates';
import { useResultExplanation } from './api';

const fmt = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
const STATUS: Record<string, { label: string; color: string }> = {
  USED: { label: 'Được tính', color: 'green' },
  DROPPED_HIGH: { label: 'Bỏ – cao nhất', color: 'default' },
  DROPPED_LOW: { label: 'Bỏ – thấp nhất', color: 'default' },
  RECUSED: { label: 'Loại – xung đột lợi ích', color: 'red' },
};

/** Bảng xếp hạng with group totals, tie explanations, and each unit's per-criterion explanation on expand. */
export function ResultsTable({ roundId, results }: { roundId: string; results: ScoringResults }) {
  const groups = results.ranking[0]?.groups ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {results.preview ? (
        <Alert
          type="warning"
          showIcon
          title="Bản xem trước theo các phiếu đã nộp — chưa công bố cho các đơn vị."
        />
      ) : (
        <Typography.Text type="secondary">
          Kết quả công bố, phiên bản {results.version} (tính lúc {formatInstant(results.computedAt)}).
        </Typography.Text>
      )}
      <Alert type="info" title="Cách tính điểm" description={results.methodText} />
      <Table<RankedUnit>
        size="small"
        rowKey="unitId"
        pagination={false}
        dataSource={results.ranking}
        aria-label="Bảng xếp hạng"
        expandable={{
          expandedRowRender: (r) => <Explanation roundId={roundId} unitId={r.unitId} />,
          expandRowByClick: false,
        }}
        columns={[
          { title: 'Hạng', dataIndex: 'rank', width: 70, align: 'center' },
          { title: 'Đơn vị', dataIndex: 'name' },
          ...groups.map((g, gi) => ({
            title: `${g.name} (${fmt(g.maxPoints)})`,
            align: 'right' as const,
            render: (_: unknown, r: RankedUnit) => fmt(r.groups[gi]?.points ?? 0),
          })),
          {
            title: `Tổng (${fmt(results.ranking[0]?.maxTotal ?? 0)})`,
            align: 'right',
            render: (_, r) => <strong>{fmt(r.total)}</strong>,
          },
          {
            title: 'Ghi chú',
            render: (_, r) => (
              <Space orientation="vertical" size={0}>
                {r.tie && <span>{r.tie}</span>}
                {r.criteriaWithoutCrossScores > 0 && (
                  <Tooltip title="Phần điểm chấm chéo của các tiêu chí này tính 0.">
                    <Tag color="orange">{r.criteriaWithoutCrossScores} tiêu chí chưa có điểm chấm chéo</Tag>
                  </Tooltip>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}

function Explanation({ roundId, unitId }: { roundId: string; unitId: string }) {
  const q = useResultExplanation(roundId, unitId);
  if (q.isLoading) return <Spin />;
  if (q.error) return <ErrorAlert error={q.error} />;
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="criterionId"
      dataSource={q.data?.criteria ?? []}
      columns={[
        { title: 'Tiêu chí', dataIndex: 'name' },
        { title: 'Tối đa', dataIndex: 'maxPoints', align: 'right', render: (v: number) => fmt(v) },
        {
          title: 'Điểm chấm chéo',
          render: (_, c) => (
            <Space wrap size={4}>
              {c.crossScores.map((s) => (
                <Tooltip key={s.scorerUnitId} title={`${s.scorerName}: ${STATUS[s.status]!.label}`}>
                  <Tag color={STATUS[s.status]!.color}>
                    {s.scorerName}: {fmt(s.points)}
                  </Tag>
                </Tooltip>
              ))}
            </Space>
          ),
        },
        {
          title: 'Tự chấm',
          align: 'right',
          render: (_, c) => (c.selfScore === null ? '—' : fmt(c.selfScore)),
        },
        { title: 'Điểm', align: 'right', render: (_, c) => <strong>{fmt(c.value)}</strong> },
        { title: 'Giải thích', dataIndex: 'note' },
      ]}
    />
  );
}
