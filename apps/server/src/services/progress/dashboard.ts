import { and, asc, eq, sql } from 'drizzle-orm';
import { ZMovementDashboardQuery, type MovementDashboard, type ProgressReport } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { queryRows } from '../../db/client';
import { movementReportPeriods, progressReports } from '../../db/schema';
import { NotFoundError, parseInput } from '../../errors';
import { allowed, authorize } from '../../policies/scope';
import { isUuid } from '../../lib/ids';
import { namesOf } from '../units/queries';
import { asOfDay, loadMovementRow, type MovementRow } from '../movements/common';
import { assertVisible } from '../movements/queries';
import { loadPeriod, presentReport } from './common';

/** One unit's report for a period (an empty one when not reported yet). */
export async function getProgressReport(
  ctx: ServiceContext,
  movementId: string,
  periodId: string,
  unitId: string,
): Promise<ProgressReport> {
  await assertVisible(ctx, movementId);
  if (!isUuid(unitId)) throw new NotFoundError('Không tìm thấy đơn vị.');
  const m = await loadMovementRow(ctx.read, movementId);
  if (!(await allowed(ctx, 'movement.read', [unitId])))
    await authorize(ctx, 'registration.review', [m.launchingUnitId]);
  const period = await loadPeriod(ctx.read, movementId, periodId);
  const [r] = await ctx.read
    .select()
    .from(progressReports)
    .where(and(eq(progressReports.periodId, periodId), eq(progressReports.unitId, unitId)));
  return presentReport(ctx, ctx.read, m, period, unitId, r);
}

interface Cell {
  unit_id: string | null;
  item_id: string | null;
  score: string | number;
  achieved: number;
  reported: number;
}

/**
 * Bảng theo dõi tiến độ: for one period (default: the latest one that has a report, else the first), each
 * participating unit's achievement — the mean over content items of min(1, value / target), the target being the
 * unit's registered one if any, else the movement's; dates count 1 when met on time, yes/no when yes — lagging
 * units first; late units flagged; and per content item the same mean over units. One aggregate query
 * (GROUPING SETS) over units × items.
 */
export async function movementDashboard(
  ctx: ServiceContext,
  movementId: string,
  input: unknown = {},
): Promise<MovementDashboard> {
  await assertVisible(ctx, movementId);
  const m = await loadMovementRow(ctx.read, movementId);
  await authorize(ctx, 'registration.review', [m.launchingUnitId]);
  return dashboardOf(ctx, m, parseInput(ZMovementDashboardQuery, input ?? {}));
}

/**
 * The dashboard's figures without authorization: callers authorize (above), or publish them as the officer
 * chose (the portal's movement page, `services/portal/public-movements.ts`).
 */
export async function dashboardOf(
  ctx: ServiceContext,
  m: MovementRow,
  q: { periodId?: string | null },
): Promise<MovementDashboard> {
  const movementId = m.id;
  const periods = await ctx.read
    .select()
    .from(movementReportPeriods)
    .where(eq(movementReportPeriods.movementId, movementId))
    .orderBy(asc(movementReportPeriods.seq));
  let period = q.periodId ? await loadPeriod(ctx.read, movementId, q.periodId) : undefined;
  if (!period && periods.length) {
    const [latest] = await queryRows<{ period_id: string }>(
      ctx.read,
      sql`SELECT r.period_id FROM progress_reports r JOIN movement_report_periods p ON p.id = r.period_id
           WHERE r.movement_id = ${movementId} ORDER BY p.seq DESC LIMIT 1`,
    );
    period = periods.find((p) => p.id === latest?.period_id) ?? periods[0];
  }
  const today = ctx.clock.today();
  const pid = period?.id ?? '00000000-0000-0000-0000-000000000000';
  const cells = await queryRows<Cell>(
    ctx.read,
    sql`WITH u AS (
          SELECT mu.unit_id, r.id AS report_id, g.id AS reg_id
            FROM movement_units mu
            LEFT JOIN progress_reports r ON r.period_id = ${pid} AND r.unit_id = mu.unit_id
            LEFT JOIN registrations g ON g.movement_id = mu.movement_id AND g.unit_id = mu.unit_id
           WHERE mu.movement_id = ${movementId}
        ), c AS (
          SELECT u.unit_id, i.id AS item_id, (v.report_id IS NOT NULL) AS has_value,
                 CASE i.target_type
                   WHEN 'BOOLEAN' THEN CASE WHEN v.value_flag THEN 1.0 ELSE 0.0 END
                   WHEN 'DATE' THEN CASE WHEN v.value_day IS NOT NULL
                                          AND v.value_day <= coalesce(t.value_day, i.target_day, v.value_day) THEN 1.0 ELSE 0.0 END
                   ELSE CASE WHEN coalesce(t.value_num, i.target_num, 0) <= 0 THEN CASE WHEN v.value_num IS NOT NULL THEN 1.0 ELSE 0.0 END
                             ELSE least(1.0, coalesce(v.value_num, 0) / coalesce(t.value_num, i.target_num)) END
                 END AS score
            FROM u
            CROSS JOIN movement_items i
            LEFT JOIN progress_values v ON v.report_id = u.report_id AND v.item_id = i.id
            LEFT JOIN registration_targets t ON t.registration_id = u.reg_id AND t.item_id = i.id
           WHERE i.movement_id = ${movementId}
        )
        SELECT unit_id, item_id, avg(score) AS score,
               count(*) FILTER (WHERE score >= 1)::int AS achieved,
               count(*) FILTER (WHERE has_value)::int AS reported
          FROM c GROUP BY GROUPING SETS ((unit_id), (item_id))`,
  );
  const reports = await ctx.read
    .select({ unitId: progressReports.unitId, submittedOn: progressReports.submittedOn })
    .from(progressReports)
    .where(eq(progressReports.periodId, pid));
  const submitted = new Map(reports.map((r) => [r.unitId, r.submittedOn]));
  const items = await queryRows<{ id: string; seq: number; title: string }>(
    ctx.read,
    sql`SELECT id, seq, title FROM movement_items WHERE movement_id = ${movementId} ORDER BY seq`,
  );
  const unitCells = cells.filter((c) => c.unit_id !== null);
  const names = await namesOf(
    ctx.read,
    unitCells.map((c) => c.unit_id!),
    asOfDay(ctx, m),
  );
  const pct = (x: string | number) => Math.round(Number(x) * 1000) / 10;
  const units = unitCells
    .map((c) => {
      const on = submitted.get(c.unit_id!) ?? null;
      return {
        unitId: c.unit_id!,
        unitName: names.get(c.unit_id!) ?? '',
        achievement: pct(c.score ?? 0),
        itemsAchieved: Number(c.achieved),
        reported: on !== null,
        submittedOn: on,
        late: !!period && (on ? on > period.dueDate : today > period.dueDate),
      };
    })
    .sort(
      (a, b) =>
        a.achievement - b.achievement ||
        Number(b.late) - Number(a.late) ||
        a.unitName.localeCompare(b.unitName, 'vi'),
    );
  const byItem = new Map(cells.filter((c) => c.item_id !== null).map((c) => [c.item_id!, c]));
  const mean = units.length ? units.reduce((s, u) => s + u.achievement, 0) / units.length : 0;
  return {
    movementId,
    period: period ? { id: period.id, name: period.name, asOf: period.asOf, dueDate: period.dueDate } : null,
    periods: periods.map((p) => ({ id: p.id, name: p.name, dueDate: p.dueDate })),
    totals: {
      units: units.length,
      reported: units.filter((u) => u.reported).length,
      late: units.filter((u) => u.late).length,
      achievement: Math.round(mean * 10) / 10,
    },
    units,
    items: items.map((i) => {
      const c = byItem.get(i.id);
      return {
        itemId: i.id,
        seq: i.seq,
        title: i.title,
        achievement: c ? pct(c.score) : 0,
        unitsReported: c ? Number(c.reported) : 0,
        unitsAchieved: c ? Number(c.achieved) : 0,
      };
    }),
  };
}
