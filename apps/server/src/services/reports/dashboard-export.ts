import { z } from 'zod';
import type { ServiceContext } from '../../context';
import { NotFoundError, parseInput } from '../../errors';
import ExcelJS from '../../lib/excel';
import { getDashboard } from './dashboard';

const ZChartId = z.object({ chart: z.string().min(1).max(60) });

/** One dashboard chart's data as an .xlsx (title, body, period, one row per category). */
export async function exportDashboardChart(ctx: ServiceContext, input: unknown) {
  const { chart: id } = parseInput(ZChartId, input);
  const d = await getDashboard(ctx, input);
  const chart = d.charts.find((c) => c.id === id);
  if (!chart) throw new NotFoundError('Không tìm thấy biểu đồ.');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dữ liệu');
  ws.getColumn(1).width = 50;
  ws.getColumn(2).width = 16;
  ws.addRow([chart.title]).font = { bold: true, size: 13 };
  ws.addRow([`Đơn vị: ${d.unitName}`]);
  ws.addRow([`Giai đoạn: ${d.fromYear}–${d.toYear}`]);
  if (chart.unavailable) ws.addRow([`Chưa có dữ liệu: ${chart.unavailable}`]);
  ws.addRow([]);
  ws.addRow(['Chỉ tiêu', `Số ${chart.unit}`]).font = { bold: true };
  for (const p of chart.data) ws.addRow([p.label, p.value]);
  if (!chart.unavailable) {
    ws.addRow(['Tổng cộng', chart.data.reduce((s, p) => s + p.value, 0)]).font = { bold: true };
  }
  if (chart.note) ws.addRow([chart.note]);
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), fileName: `bieu-do-${chart.id}.xlsx` };
}
