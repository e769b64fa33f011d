import { Alert, Button, Card, Dropdown, Empty, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useRef } from 'react';
import type { Chart } from '@vinhdanh/shared';
import { formatCount } from './report-table';

const PALETTE = ['#cf1322', '#d48806', '#389e0d', '#096dd9', '#531dab', '#c41d7f', '#08979c', '#595959'];
const FONT = "'Segoe UI', Roboto, Arial, 'Noto Sans', sans-serif";

/** Vertical columns (years). Plain SVG: no chart library, works without JavaScript beyond React. */
function ColumnSvg({ chart }: { chart: Chart }) {
  const w = 560;
  const h = 260;
  const pad = { l: 44, r: 12, t: 16, b: 36 };
  const max = Math.max(1, ...chart.data.map((d) => d.value));
  const bw = (w - pad.l - pad.r) / Math.max(1, chart.data.length);
  const y = (v: number) => pad.t + (h - pad.t - pad.b) * (1 - v / max);
  return (
    <svg viewBox={`0 0 ${w} ${h}`} width="100%" role="img" aria-label={chart.title} fontFamily={FONT}>
      <title>{chart.title}</title>
      <line x1={pad.l} x2={w - pad.r} y1={h - pad.b} y2={h - pad.b} stroke="#8c8c8c" />
      {[0, 0.5, 1].map((f) => (
        <g key={f}>
          <line x1={pad.l} x2={w - pad.r} y1={y(max * f)} y2={y(max * f)} stroke="#f0f0f0" />
          <text x={pad.l - 6} y={y(max * f) + 4} fontSize={11} textAnchor="end" fill="#595959">
            {formatCount(Math.round(max * f))}
          </text>
        </g>
      ))}
      {chart.data.map((d, i) => (
        <g key={d.key}>
          <rect
            x={pad.l + i * bw + bw * 0.15}
            y={y(d.value)}
            width={bw * 0.7}
            height={h - pad.b - y(d.value)}
            fill={PALETTE[0]}
          >
            <title>{`${d.label}: ${formatCount(d.value)} ${chart.unit}`}</title>
          </rect>
          {d.value > 0 && (
            <text
              x={pad.l + i * bw + bw / 2}
              y={y(d.value) - 4}
              fontSize={11}
              textAnchor="middle"
              fill="#262626"
            >
              {formatCount(d.value)}
            </text>
          )}
          <text
            x={pad.l + i * bw + bw / 2}
            y={h - pad.b + 16}
            fontSize={11}
            textAnchor="middle"
            fill="#262626"
          >
            {d.label}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** Horizontal bars (categories with long Vietnamese names). */
function BarSvg({ chart }: { chart: Chart }) {
  const rows = chart.data.slice(0, 12);
  const w = 560;
  const rowH = 26;
  const labelW = 230;
  const h = rows.length * rowH + 8;
  const max = Math.max(1, ...rows.map((d) => d.value));
  return (
    <svg viewBox={`0 0 ${w} ${h}`} width="100%" role="img" aria-label={chart.title} fontFamily={FONT}>
      <title>{chart.title}</title>
      {rows.map((d, i) => {
        const bw = ((w - labelW - 60) * d.value) / max;
        return (
          <g key={d.key} transform={`translate(0, ${i * rowH + 4})`}>
            <text x={labelW - 8} y={rowH / 2 + 4} fontSize={12} textAnchor="end" fill="#262626">
              {d.label.length > 34 ? `${d.label.slice(0, 33)}…` : d.label}
            </text>
            <rect x={labelW} y={4} width={bw} height={rowH - 8} fill={PALETTE[i % PALETTE.length]}>
              <title>{`${d.label}: ${formatCount(d.value)} ${chart.unit}`}</title>
            </rect>
            <text x={labelW + bw + 6} y={rowH / 2 + 4} fontSize={12} fill="#262626">
              {formatCount(d.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A 100 % stacked bar with a legend giving counts and shares. */
function ShareSvg({ chart }: { chart: Chart }) {
  const w = 560;
  const total = chart.data.reduce((s, d) => s + d.value, 0);
  const legendH = chart.data.length * 20;
  const h = 48 + legendH;
  let x = 0;
  return (
    <svg viewBox={`0 0 ${w} ${h}`} width="100%" role="img" aria-label={chart.title} fontFamily={FONT}>
      <title>{chart.title}</title>
      {chart.data.map((d, i) => {
        const bw = total ? (w * d.value) / total : 0;
        const r = (
          <rect key={d.key} x={x} y={8} width={bw} height={28} fill={PALETTE[i % PALETTE.length]}>
            <title>{`${d.label}: ${formatCount(d.value)}`}</title>
          </rect>
        );
        x += bw;
        return r;
      })}
      {chart.data.map((d, i) => (
        <g key={`l-${d.key}`} transform={`translate(0, ${48 + i * 20})`}>
          <rect width={12} height={12} fill={PALETTE[i % PALETTE.length]} />
          <text x={18} y={10} fontSize={12} fill="#262626">
            {`${d.label}: ${formatCount(d.value)} ${chart.unit}${total ? ` (${((100 * d.value) / total).toFixed(1).replace('.', ',')}%)` : ''}`}
          </text>
        </g>
      ))}
    </svg>
  );
}

function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The chart's data as CSV (UTF-8 with BOM so Excel reads Vietnamese letters). */
export function chartCsv(chart: Chart): string {
  const esc = (s: string) => (/[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [`${esc('Chỉ tiêu')},${esc(`Số ${chart.unit}`)}`];
  for (const d of chart.data) lines.push(`${esc(d.label)},${d.value}`);
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function svgText(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const vb = svg.viewBox.baseVal;
  clone.setAttribute('width', String(vb.width));
  clone.setAttribute('height', String(vb.height));
  return new XMLSerializer().serializeToString(clone);
}

async function svgToPng(svg: SVGSVGElement): Promise<Blob> {
  const vb = svg.viewBox.baseVal;
  const scale = 2;
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('svg'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = vb.width * scale;
    canvas.height = vb.height * scale;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('png'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** One dashboard chart with its export menu (PNG, SVG, CSV, XLSX). */
export function ChartCard({ chart, xlsxUrl }: { chart: Chart; xlsxUrl: string }) {
  const box = useRef<HTMLDivElement>(null);
  const svg = () => box.current?.querySelector('svg') ?? null;
  const base = `bieu-do-${chart.id}`;
  const items = [
    { key: 'png', label: 'Ảnh PNG' },
    { key: 'svg', label: 'Ảnh SVG' },
    { key: 'csv', label: 'Dữ liệu CSV' },
    { key: 'xlsx', label: 'Dữ liệu Excel (.xlsx)' },
  ];
  const onExport = async (key: string) => {
    const el = svg();
    if (key === 'png' && el) download(`${base}.png`, await svgToPng(el));
    if (key === 'svg' && el) download(`${base}.svg`, new Blob([svgText(el)], { type: 'image/svg+xml' }));
    if (key === 'csv')
      download(`${base}.csv`, new Blob([chartCsv(chart)], { type: 'text/csv;charset=utf-8' }));
    if (key === 'xlsx') window.location.assign(xlsxUrl);
  };
  const empty = chart.data.every((d) => d.value === 0);
  return (
    <Card
      size="small"
      title={chart.title}
      data-testid={`chart-${chart.id}`}
      extra={
        !chart.unavailable && (
          <Dropdown menu={{ items, onClick: ({ key }) => void onExport(key) }} trigger={['click']}>
            <Button size="small" icon={<DownloadOutlined />} aria-label={`Tải ${chart.title}`}>
              Tải về
            </Button>
          </Dropdown>
        )
      }
    >
      {chart.unavailable ? (
        <Alert type="info" showIcon title="Chưa có dữ liệu" description={chart.unavailable} />
      ) : (
        <div ref={box}>
          {empty ? (
            <Empty description="Không có khen thưởng nào trong phạm vi đã chọn" />
          ) : chart.kind === 'column' ? (
            <ColumnSvg chart={chart} />
          ) : chart.kind === 'share' ? (
            <ShareSvg chart={chart} />
          ) : (
            <BarSvg chart={chart} />
          )}
          {chart.note && <Typography.Text type="secondary">{chart.note}</Typography.Text>}
        </div>
      )}
    </Card>
  );
}
