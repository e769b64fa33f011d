import { Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { REPORT_FORMS, type ReportColumn, type ReportResult, type ReportRow } from '@vinhdanh/shared';

/** "..." is the statistical mark for a figure the system cannot compute (not collected), never 0. */
export const UNAVAILABLE_MARK = '...';

interface Line {
  key: string;
  row: ReportRow | null; // null = the column-code line (A, B, C, 1, 2…)
}

export function formatCount(n: number): string {
  return n.toLocaleString('vi-VN');
}

/** Why a cell is empty: the most specific UNAVAILABLE note (cell, row, column, section, whole form). */
export function unavailableNote(
  r: ReportResult,
  rowKey: string,
  colKey: string,
  sectionKey: string | null,
): string | undefined {
  const notes = r.notes.filter((n) => n.kind === 'UNAVAILABLE');
  const find = (row: string | null, col: string | null) =>
    notes.find((n) => n.row === row && n.col === col)?.text;
  return (
    find(rowKey, colKey) ??
    find(rowKey, null) ??
    find(null, colKey) ??
    (sectionKey ? find(sectionKey, null) : undefined) ??
    find(null, null)
  );
}

/** The form on screen with the same rows, columns and codes as the file. */
export function ReportTable({ result }: { result: ReportResult }) {
  const form = REPORT_FORMS[result.form];
  const sections = useMemo(() => {
    const m = new Map<string, string | null>();
    let current: string | null = null;
    for (const r of form.rows) {
      if (r.heading) current = r.key;
      m.set(r.key, current);
    }
    return m;
  }, [form]);

  const columns = useMemo(() => {
    const valueColumn = (c: ReportColumn) => ({
      key: c.key,
      title: c.label,
      align: 'right' as const,
      width: 110,
      onHeaderCell: () => ({ 'data-col': c.key }) as React.HTMLAttributes<HTMLElement>,
      render: (_: unknown, line: Line) => {
        if (!line.row) return <strong>{c.code}</strong>;
        if (line.row.heading) return null;
        const v = result.values[line.row.key]?.[c.key];
        if (v === null || v === undefined) {
          const why = unavailableNote(result, line.row.key, c.key, sections.get(line.row.key) ?? null);
          return (
            <Tooltip title={why ?? 'Chưa có dữ liệu'}>
              <span data-cell={`${line.row.code}:${c.key}`} aria-label={`Chưa có dữ liệu. ${why ?? ''}`}>
                {UNAVAILABLE_MARK}
              </span>
            </Tooltip>
          );
        }
        return (
          <span
            data-cell={`${line.row.code}:${c.key}`}
            style={{ fontWeight: line.row.bold ? 600 : undefined }}
          >
            {formatCount(v)}
          </span>
        );
      },
    });
    const cols: TableColumnsType<Line> = [
      {
        key: 'label',
        title: 'Chỉ tiêu',
        fixed: 'left',
        width: 320,
        render: (_, line) =>
          line.row ? (
            <span
              style={{
                fontWeight: line.row.bold || line.row.heading ? 600 : undefined,
                paddingLeft: (line.row.indent ?? 0) * 16,
              }}
            >
              {line.row.label}
            </span>
          ) : (
            <strong>A</strong>
          ),
      },
      {
        key: 'code',
        title: 'Mã số',
        width: 70,
        align: 'center',
        render: (_, line) => (line.row ? line.row.code : <strong>B</strong>),
      },
    ];
    if (form.hasUnitColumn) {
      cols.push({
        key: 'unit',
        title: 'Đơn vị tính',
        width: 100,
        align: 'center',
        render: (_, line) => (line.row ? line.row.unitLabel : <strong>C</strong>),
      });
    }
    // Consecutive columns of a group (and subgroup) become one header with children, as in the form.
    let i = 0;
    while (i < form.columns.length) {
      const c = form.columns[i]!;
      if (!c.group) {
        cols.push(valueColumn(c));
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < form.columns.length && form.columns[j + 1]!.group === c.group) j++;
      const members = form.columns.slice(i, j + 1);
      const children: TableColumnsType<Line> = [];
      let k = 0;
      while (k < members.length) {
        const s = members[k]!;
        if (!s.subgroup) {
          children.push(valueColumn(s));
          k++;
          continue;
        }
        let m = k;
        while (m + 1 < members.length && members[m + 1]!.subgroup === s.subgroup) m++;
        children.push({
          key: `sg-${s.key}`,
          title: s.subgroup,
          children: members.slice(k, m + 1).map(valueColumn),
        });
        k = m + 1;
      }
      cols.push({ key: `g-${c.key}`, title: c.group, children });
      i = j + 1;
    }
    return cols;
  }, [form, result, sections]);

  const lines: Line[] = [{ key: '__codes', row: null }, ...form.rows.map((r) => ({ key: r.key, row: r }))];

  return (
    <>
      <Table<Line>
        size="small"
        bordered
        pagination={false}
        rowKey="key"
        columns={columns}
        dataSource={lines}
        scroll={{ x: 'max-content' }}
        data-testid="report-table"
      />
      {result.notes.length > 0 && (
        <div style={{ marginTop: 12 }} data-testid="report-notes">
          <Typography.Text strong>Ghi chú</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
            “{UNAVAILABLE_MARK}” là số liệu hệ thống chưa thu thập được (không phải 0).
          </Typography.Paragraph>
          <ul style={{ marginTop: 0 }}>
            {result.notes.map((n, idx) => (
              <li key={idx}>
                <Typography.Text type={n.kind === 'UNAVAILABLE' ? 'warning' : 'secondary'}>
                  {n.text}
                </Typography.Text>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
