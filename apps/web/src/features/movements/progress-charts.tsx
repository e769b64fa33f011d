/** Plain SVG charts of the progress dashboard (no chart library), like features/reports/charts.tsx. */
const FONT = "'Segoe UI', Roboto, Arial, 'Noto Sans', sans-serif";

export function achievementColor(pct: number): string {
  return pct >= 100 ? '#389e0d' : pct >= 50 ? '#d48806' : '#cf1322';
}

function pctText(v: number): string {
  return `${String(Math.round(v * 10) / 10).replace('.', ',')} %`;
}

/** Horizontal bars of percentages 0..100, one row per label. */
export function PercentBars({
  title,
  rows,
  testId,
}: {
  title: string;
  rows: { key: string; label: string; value: number }[];
  testId?: string;
}) {
  const w = 560;
  const rowH = 24;
  const labelW = 240;
  const barW = w - labelW - 60;
  const h = rows.length * rowH + 24;
  return (
    <svg
      viewBox={`0 0 ${w} ${h}`}
      width="100%"
      role="img"
      aria-label={title}
      fontFamily={FONT}
      data-testid={testId}
    >
      <title>{title}</title>
      {[0, 50, 100].map((t) => (
        <g key={t}>
          <line
            x1={labelW + (barW * t) / 100}
            x2={labelW + (barW * t) / 100}
            y1={0}
            y2={h - 18}
            stroke={t === 100 ? '#8c8c8c' : '#f0f0f0'}
            strokeDasharray={t === 100 ? '4 3' : undefined}
          />
          <text x={labelW + (barW * t) / 100} y={h - 4} fontSize={10} textAnchor="middle" fill="#595959">
            {t} %
          </text>
        </g>
      ))}
      {rows.map((d, i) => {
        const bw = (barW * Math.max(0, Math.min(100, d.value))) / 100;
        return (
          <g key={d.key} transform={`translate(0, ${i * rowH})`}>
            <text x={labelW - 8} y={rowH / 2 + 4} fontSize={12} textAnchor="end" fill="#262626">
              {d.label.length > 36 ? `${d.label.slice(0, 35)}…` : d.label}
            </text>
            <rect x={labelW} y={4} width={bw} height={rowH - 8} fill={achievementColor(d.value)}>
              <title>{`${d.label}: ${pctText(d.value)}`}</title>
            </rect>
            <text x={labelW + bw + 6} y={rowH / 2 + 4} fontSize={12} fill="#262626">
              {pctText(d.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A 100 % stacked bar: on time / late / not reported, with a legend giving counts. */
export function ReportStatusBar({
  onTime,
  late,
  missing,
}: {
  onTime: number;
  late: number;
  missing: number;
}) {
  const parts = [
    { key: 'on-time', label: 'Nộp đúng hạn', value: onTime, color: '#389e0d' },
    { key: 'late', label: 'Nộp muộn', value: late, color: '#d48806' },
    { key: 'missing', label: 'Chưa nộp', value: missing, color: '#cf1322' },
  ];
  const total = parts.reduce((s, p) => s + p.value, 0);
  const w = 560;
  let x = 0;
  return (
    <svg
      viewBox={`0 0 ${w} 64`}
      width="100%"
      role="img"
      aria-label="Tình trạng nộp báo cáo"
      fontFamily={FONT}
    >
      <title>Tình trạng nộp báo cáo</title>
      {parts.map((p) => {
        const bw = total ? (w * p.value) / total : 0;
        const r = (
          <rect key={p.key} x={x} y={4} width={bw} height={24} fill={p.color}>
            <title>{`${p.label}: ${p.value}`}</title>
          </rect>
        );
        x += bw;
        return r;
      })}
      {parts.map((p, i) => (
        <g key={`l-${p.key}`} transform={`translate(${i * 190}, 40)`}>
          <rect width={12} height={12} fill={p.color} />
          <text x={18} y={11} fontSize={12} fill="#262626">
            {p.label}: {p.value}
          </text>
        </g>
      ))}
    </svg>
  );
}
