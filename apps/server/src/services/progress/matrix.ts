import { sql } from 'drizzle-orm';
import {
  formatLegalDate,
  formatTargetValue,
  ZProgressItemQuery,
  type MovementDashboard,
  type ProgressItemValues,
  type TargetType,
  type TargetValue,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { queryRows } from '../../db/client';
import { NotFoundError, parseInput } from '../../errors';
import { isUuid } from '../../lib/ids';
import ExcelJS, { type Worksheet } from '../../lib/excel';
import { loadMovementRow, valueOf } from '../movements/common';
import { movementDashboard } from './dashboard';

interface CellRow {
  unit_id: string;
  item_id: string;
  target_type: TargetType;
  reg_num: string | number | null;
  reg_day: string | null;
  reg_flag: boolean | null;
  has_reg: boolean;
  val_num: string | number | null;
  val_day: string | null;
  val_flag: boolean | null;
  has_value: boolean;
}

/** Registered target (null when the unit pledged none) and reported value of every unit × item of a period. */
async function cells(ctx: ServiceContext, movementId: string, periodId: string, itemId?: string) {
  const rows = await queryRows<CellRow>(
    ctx.read,
    sql`SELECT mu.unit_id, i.id AS item_id, i.target_type,
               t.value_num AS reg_num, t.value_day::text AS reg_day, t.value_flag AS reg_flag,
               (t.item_id IS NOT NULL) AS has_reg,
               v.value_num AS val_num, v.value_day::text AS val_day, v.value_flag AS val_flag,
               (v.item_id IS NOT NULL) AS has_value
          FROM movement_units mu
          CROSS JOIN movement_items i
          LEFT JOIN registrations g ON g.movement_id = mu.movement_id AND g.unit_id = mu.unit_id
          LEFT JOIN registration_targets t ON t.registration_id = g.id AND t.item_id = i.id
          LEFT JOIN progress_reports r ON r.period_id = ${periodId} AND r.unit_id = mu.unit_id
          LEFT JOIN progress_values v ON v.report_id = r.id AND v.item_id = i.id
         WHERE mu.movement_id = ${movementId} AND i.movement_id = ${movementId}
           ${itemId ? sql`AND i.id = ${itemId}` : sql``}`,
  );
  const key = (u: string, i: string) => `${u}|${i}`;
  return new Map(
    rows.map((r) => [
      key(r.unit_id, r.item_id),
      {
        registered: r.has_reg
          ? valueOf(r.target_type, { num: r.reg_num, day: r.reg_day, flag: r.reg_flag })
          : null,
        value: r.has_value
          ? valueOf(r.target_type, { num: r.val_num, day: r.val_day, flag: r.val_flag })
          : null,
      },
    ]),
  );
}

/**
 * One content item across the participating units for a period: the movement's target, each unit's registered
 * target and reported value side by side, in the dashboard's order (lagging units first).
 */
export async function progressItemValues(
  ctx: ServiceContext,
  movementId: string,
  input: unknown,
): Promise<ProgressItemValues> {
  const q = parseInput(ZProgressItemQuery, input ?? {});
  const d = await movementDashboard(ctx, movementId, { periodId: q.periodId });
  if (!isUuid(q.itemId)) throw new NotFoundError('Không tìm thấy nội dung thi đua.');
  const [item] = await queryRows<{
    id: string;
    seq: number;
    title: string;
    target_type: TargetType;
    target_num: string | number | null;
    target_day: string | null;
    target_flag: boolean | null;
    measure_unit: string | null;
  }>(
    ctx.read,
    sql`SELECT id, seq, title, target_type, target_num, target_day::text AS target_day, target_flag, measure_unit
          FROM movement_items WHERE id = ${q.itemId} AND movement_id = ${movementId}`,
  );
  if (!item) throw new NotFoundError('Không tìm thấy nội dung thi đua của phong trào này.');
  const map = d.period ? await cells(ctx, movementId, d.period.id, item.id) : new Map();
  return {
    periodId: d.period?.id ?? null,
    item: {
      itemId: item.id,
      seq: item.seq,
      title: item.title,
      targetType: item.target_type,
      target: valueOf(item.target_type, {
        num: item.target_num,
        day: item.target_day,
        flag: item.target_flag,
      }),
      measureUnit: item.measure_unit,
    },
    units: d.units.map((u) => {
      const c = map.get(`${u.unitId}|${item.id}`);
      return {
        unitId: u.unitId,
        unitName: u.unitName,
        registered: (c?.registered ?? null) as TargetValue,
        value: (c?.value ?? null) as TargetValue,
        reported: u.reported,
        late: u.late,
      };
    }),
  };
}

/** The dashboard of a period as an XLSX workbook: per unit, per content item, and the unit × item detail. */
export async function progressDashboardXlsx(
  ctx: ServiceContext,
  movementId: string,
  input: unknown,
): Promise<{ filename: string; bytes: Buffer }> {
  const d: MovementDashboard = await movementDashboard(ctx, movementId, input);
  const m = await loadMovementRow(ctx.read, movementId);
  const items = await queryRows<{
    id: string;
    seq: number;
    title: string;
    target_type: TargetType;
    target_num: string | number | null;
    target_day: string | null;
    target_flag: boolean | null;
    measure_unit: string | null;
  }>(
    ctx.read,
    sql`SELECT id, seq, title, target_type, target_num, target_day::text AS target_day, target_flag, measure_unit
          FROM movement_items WHERE movement_id = ${movementId} ORDER BY seq`,
  );
  const map = d.period ? await cells(ctx, movementId, d.period.id) : new Map();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Vinh Danh';
  const title = `${m.name} — ${d.period ? `${d.period.name} (hạn nộp ${formatLegalDate(d.period.dueDate)})` : 'chưa có kỳ báo cáo'}`;
  const bold = (ws: Worksheet, row: number) => {
    ws.getRow(row).font = { bold: true };
  };

  const byUnit = wb.addWorksheet('Theo đơn vị');
  byUnit.addRow([`Tiến độ theo đơn vị: ${title}`]);
  bold(byUnit, 1);
  byUnit.addRow(['STT', 'Đơn vị', 'Mức đạt (%)', 'Số nội dung đạt', 'Ngày nộp', 'Tình trạng']);
  bold(byUnit, 2);
  d.units.forEach((u, i) =>
    byUnit.addRow([
      i + 1,
      u.unitName,
      u.achievement,
      u.itemsAchieved,
      u.submittedOn ? formatLegalDate(u.submittedOn) : '',
      u.reported ? (u.late ? 'Nộp muộn' : 'Đúng hạn') : u.late ? 'Chưa nộp, quá hạn' : 'Chưa nộp',
    ]),
  );
  byUnit.columns.forEach((c, i) => (c.width = [6, 40, 12, 16, 12, 20][i]));

  const byItem = wb.addWorksheet('Theo nội dung');
  byItem.addRow([`Tiến độ theo nội dung thi đua: ${title}`]);
  bold(byItem, 1);
  byItem.addRow([
    'STT',
    'Nội dung',
    'Chỉ tiêu chung',
    'Mức đạt (%)',
    'Số đơn vị đã báo cáo',
    'Số đơn vị đạt',
  ]);
  bold(byItem, 2);
  d.items.forEach((it) => {
    const row = items.find((x) => x.id === it.itemId);
    const target = row
      ? formatTargetValue(
          row.target_type,
          valueOf(row.target_type, { num: row.target_num, day: row.target_day, flag: row.target_flag }),
          row.measure_unit,
        )
      : '';
    byItem.addRow([it.seq, it.title, target, it.achievement, it.unitsReported, it.unitsAchieved]);
  });
  byItem.columns.forEach((c, i) => (c.width = [6, 60, 18, 12, 20, 14][i]));

  const detail = wb.addWorksheet('Chi tiết');
  detail.addRow([`Chỉ tiêu đăng ký và kết quả báo cáo: ${title}`]);
  bold(detail, 1);
  detail.addRow(['STT', 'Đơn vị', ...items.flatMap((i) => [`ND ${i.seq}: đăng ký`, `ND ${i.seq}: báo cáo`])]);
  bold(detail, 2);
  d.units.forEach((u, n) =>
    detail.addRow([
      n + 1,
      u.unitName,
      ...items.flatMap((i) => {
        const c = map.get(`${u.unitId}|${i.id}`);
        return [
          c && c.registered !== null ? formatTargetValue(i.target_type, c.registered, i.measure_unit) : '',
          c && c.value !== null ? formatTargetValue(i.target_type, c.value, i.measure_unit) : '',
        ];
      }),
    ]),
  );
  detail.getColumn(2).width = 40;
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const period = d.period ? `-${d.period.name.replace(/[\\/:*?"<>|]/g, '-')}` : '';
  return { filename: `tien-do-${m.slug ?? m.id}${period}.xlsx`, bytes };
}
