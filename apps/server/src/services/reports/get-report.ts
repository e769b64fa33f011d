import { sql } from 'drizzle-orm';
import { ZReportQuery, type ReportFormCode, type ReportNote, type ReportResult } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { queryRows, type Executor } from '../../db/client';
import { NotFoundError, parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { namesOf } from '../units/queries';
import { compute0602, compute0603 } from './award-forms';
import { compute0601 } from './movement-form';
import { compute0604, compute0605 } from './staff-forms';

type Computed = { values: Record<string, Record<string, number | null>>; notes: ReportNote[] };

/** The reporting period: the calendar year unless `from`/`to` narrow it. */
export function reportPeriod(q: { year: number; from?: string | undefined; to?: string | undefined }) {
  return { from: q.from ?? `${q.year}-01-01`, to: q.to ?? `${q.year}-12-31` };
}

/** Whether the body sits in a province (TINH) at the end of the period: decides 0602's proposer row. */
async function inProvince(db: Executor, unitId: string, day: string): Promise<boolean> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`
    WITH RECURSIVE up(id, depth) AS (
      SELECT ${unitId}::uuid, 0
      UNION ALL
      SELECT v.parent_id, up.depth + 1 FROM up JOIN unit_versions v ON v.unit_id = up.id
       WHERE v.parent_id IS NOT NULL AND v.valid_from <= ${day}::date
         AND (v.valid_to IS NULL OR v.valid_to >= ${day}::date) AND up.depth < 50
    ) SELECT count(*)::int AS n FROM up JOIN units u ON u.id = up.id WHERE u.kind = 'TINH'`,
  );
  return Number(rows[0]?.n ?? 0) > 0;
}

/** Computes one form for a body and period (no authorization: callers authorize). */
export async function computeReport(
  db: Executor,
  form: ReportFormCode,
  unitId: string,
  from: string,
  to: string,
): Promise<Computed> {
  switch (form) {
    case '0601':
      return compute0601(db, unitId, from, to);
    case '0602':
      return compute0602(db, unitId, from, to, (await inProvince(db, unitId, to)) ? 'TINH' : 'BO_NGANH');
    case '0603':
      return compute0603(db, unitId, from, to);
    case '0604':
      return compute0604(db, unitId, from, to);
    case '0605':
      return compute0605(db, unitId, from, to);
  }
}

export async function unitNameOn(db: Executor, unitId: string, day: string): Promise<string> {
  const names = await namesOf(db, [unitId], day);
  const name = names.get(unitId);
  if (name === undefined) throw new NotFoundError('Không tìm thấy đơn vị báo cáo.');
  return name;
}

/** Biểu thống kê TĐKT for a body (a unit subtree in the actor's scope) and year, computed from the data. */
export async function getReport(ctx: ServiceContext, input: unknown): Promise<ReportResult> {
  const q = parseInput(ZReportQuery, input);
  await authorize(ctx, 'report.read', [q.unitId]);
  const { from, to } = reportPeriod(q);
  const unitName = await unitNameOn(ctx.read, q.unitId, to);
  const { values, notes } = await computeReport(ctx.read, q.form, q.unitId, from, to);
  return {
    form: q.form,
    unitId: q.unitId,
    unitName,
    year: q.year,
    from,
    to,
    values,
    notes,
    computedAt: ctx.clock.now().toISOString(),
  };
}
