import { and, asc, eq, sql } from 'drizzle-orm';
import { ZMovementDashboardQuery, type MovementDashboard, type ProgressReport } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { queryRows } from '../../db/client';
import { movementReportPeriods, progressReports } from '../../db/schema';
import { cacheFor } from '../../lib/versioned-cache';
import { NotFoundError, parseInput } from '../../errors';
import { allowed, authorize } from '../../policies/scope';
import { isUuid } from '../../lib/ids';
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

const VI = new Intl.Collator('vi');

/** What the dashboard of one period reads from the data. */
interface Computed {
  cells: Cell[];
  submitted: [string, string][];
  items: { id: string; seq: number; title: string }[];
  names: [string, string][];
}

/**
 * The aggregate of one period: one GROUPING SETS query over units × items (float arithmetic), the submission
 * dates, the items and the unit names, run side by side.
 */
async function compute(ctx: ServiceContext, m: MovementRow, pid: string): Promise<Computed> {
  const movementId = m.id;
  const [cells, reports, items, units] = await Promise.all([
    queryRows<Cell>(
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
                   WHEN 'BOOLEAN' THEN CASE WHEN v.value_flag THEN 1.0::float8 ELSE 0.0::float8 END
                   WHEN 'DATE' THEN CASE WHEN v.value_day IS NOT NULL
                                          AND v.value_day <= coalesce(t.value_day, i.target_day, v.value_day)
                                         THEN 1.0::float8 ELSE 0.0::float8 END
                   ELSE CASE WHEN coalesce(t.value_num, i.target_num, 0) <= 0
                             THEN CASE WHEN v.value_num IS NOT NULL THEN 1.0::float8 ELSE 0.0::float8 END
                             ELSE least(1.0::float8, coalesce(v.value_num, 0)::float8
                                                     / coalesce(t.value_num, i.target_num)::float8) END
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
    ),
    queryRows<{ unit_id: string; submitted_on: string }>(
      ctx.read,
      sql`SELECT unit_id, submitted_on::text AS submitted_on FROM progress_reports WHERE period_id = ${pid}`,
    ),
    queryRows<{ id: string; seq: number; title: string }>(
      ctx.read,
      sql`SELECT id, seq, title FROM movement_items WHERE movement_id = ${movementId} ORDER BY seq`,
    ),
    // The name of each participating unit on the movement's as-of day (else its latest name), as namesOf does.
    queryRows<{ unit_id: string; name: string }>(
      ctx.read,
      sql`SELECT DISTINCT ON (mu.unit_id) mu.unit_id, v.name
            FROM movement_units mu JOIN unit_versions v ON v.unit_id = mu.unit_id
           WHERE mu.movement_id = ${movementId}
           ORDER BY mu.unit_id, (v.valid_from <= ${asOfDay(ctx, m)}) DESC,
                    CASE WHEN v.valid_from <= ${asOfDay(ctx, m)} THEN v.valid_from END DESC NULLS LAST,
                    v.valid_from`,
    ),
  ]);
  return {
    cells,
    submitted: reports.map((r) => [r.unit_id, r.submitted_on]),
    items,
    names: units.map((u) => [u.unit_id, u.name]),
  };
}

/**
 * Bảng theo dõi tiến độ: for one period (default: the latest one that has a report, else the first), each
 * participating unit's achievement — the mean over content items of min(1, value / target), the target being the
 * unit's registered one if any, else the movement's; dates count 1 when met on time, yes/no when yes — lagging
 * units first; late units flagged; and per content item the same mean over units.
 *
 * The aggregate is kept in a versioned cache (lib/versioned-cache.ts) under the 'movements' data version, which
 * triggers bump in the same transaction as every change to movements, participants, items, periods, registrations,
 * targets, reports or values, and the 'people' version (unit names), and keyed by today (lateness): a hit is
 * never stale.
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
  // Versions first: a change committed while computing is stored under the older version, so it misses next time.
  const [v] = await queryRows<{ mv: string | number | null; pv: string | number | null }>(
    ctx.read,
    sql`SELECT (SELECT version FROM data_versions WHERE name = 'movements') AS mv,
               (SELECT version FROM data_versions WHERE name = 'people') AS pv`,
  );
  // The whole answer depends on the data (versions), the period, the as-of day of names and today (lateness).
  const cache = cacheFor<MovementDashboard>(ctx.read, 'movements.dashboard', 200);
  const key = `${movementId}|${pid}|${asOfDay(ctx, m)}|${v?.pv ?? -1}|${today}`;
  const version = Number(v?.mv ?? -1);
  const hit = version >= 0 ? cache.get(key, version) : undefined;
  if (hit) return hit;
  const c = await compute(ctx, m, pid);
  const { cells, items } = c;
  const submitted = new Map(c.submitted);
  const names = new Map(c.names);
  const unitCells = cells.filter((x) => x.unit_id !== null);
  const pct = (x: string | number) => Math.round(Number(x) * 1000) / 10;
  const units = unitCells
    .map((x) => {
      const on = submitted.get(x.unit_id!) ?? null;
      return {
        unitId: x.unit_id!,
        unitName: names.get(x.unit_id!) ?? '',
        achievement: pct(x.score ?? 0),
        itemsAchieved: Number(x.achieved),
        reported: on !== null,
        submittedOn: on,
        late: !!period && (on ? on > period.dueDate : today > period.dueDate),
      };
    })
    .sort(
      (a, b) =>
        a.achievement - b.achievement ||
        Number(b.late) - Number(a.late) ||
        VI.compare(a.unitName, b.unitName),
    );
  const byItem = new Map(cells.filter((x) => x.item_id !== null).map((x) => [x.item_id!, x]));
  const mean = units.length ? units.reduce((s, u) => s + u.achievement, 0) / units.length : 0;
  const out: MovementDashboard = {
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
      const x = byItem.get(i.id);
      return {
        itemId: i.id,
        seq: i.seq,
        title: i.title,
        achievement: x ? pct(x.score) : 0,
        unitsReported: x ? Number(x.reported) : 0,
        unitsAchieved: x ? Number(x.achieved) : 0,
      };
    }),
  };
  if (version >= 0) cache.set(key, version, out);
  return out;
}
