import { and, asc, eq } from 'drizzle-orm';
import type { ProgressReport, TargetType } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import type { progressReports } from '../../db/schema';
import {
  files,
  movementItems,
  movementReportPeriods,
  progressEvidence,
  progressValues,
} from '../../db/schema';
import { NotFoundError } from '../../errors';
import { isUuid } from '../../lib/ids';
import { namesOf } from '../units/queries';
import { asOfDay, valueOf, type MovementRow } from '../movements/common';

export type PeriodRow = typeof movementReportPeriods.$inferSelect;
export type ReportRow = typeof progressReports.$inferSelect;

export async function loadPeriod(db: Executor, movementId: string, periodId: string): Promise<PeriodRow> {
  if (!isUuid(periodId)) throw new NotFoundError('Không tìm thấy kỳ báo cáo.');
  const [p] = await db
    .select()
    .from(movementReportPeriods)
    .where(and(eq(movementReportPeriods.id, periodId), eq(movementReportPeriods.movementId, movementId)));
  if (!p) throw new NotFoundError('Không tìm thấy kỳ báo cáo của phong trào này.');
  return p;
}

export async function presentReport(
  ctx: ServiceContext,
  db: Executor,
  m: MovementRow,
  period: PeriodRow,
  unitId: string,
  r: ReportRow | undefined,
): Promise<ProgressReport> {
  const names = await namesOf(db, [unitId], asOfDay(ctx, m));
  const base = {
    movementId: m.id,
    periodId: period.id,
    periodName: period.name,
    dueDate: period.dueDate,
    unitId,
    unitName: names.get(unitId) ?? '',
  };
  if (!r)
    return {
      ...base,
      id: null,
      submittedOn: null,
      late: ctx.clock.today() > period.dueDate,
      note: null,
      version: 0,
      values: [],
      evidence: [],
    };
  const [values, items, ev] = await Promise.all([
    db.select().from(progressValues).where(eq(progressValues.reportId, r.id)),
    db
      .select({ id: movementItems.id, type: movementItems.targetType, seq: movementItems.seq })
      .from(movementItems)
      .where(eq(movementItems.movementId, m.id))
      .orderBy(asc(movementItems.seq)),
    db
      .select({ e: progressEvidence, f: files })
      .from(progressEvidence)
      .innerJoin(files, eq(files.id, progressEvidence.fileId))
      .where(eq(progressEvidence.reportId, r.id)),
  ]);
  const typeOf = new Map(items.map((i) => [i.id, i.type as TargetType]));
  const seqOf = new Map(items.map((i) => [i.id, i.seq]));
  return {
    ...base,
    id: r.id,
    submittedOn: r.submittedOn,
    late: r.submittedOn > period.dueDate,
    note: r.note,
    version: r.version,
    values: values
      .sort((a, b) => (seqOf.get(a.itemId) ?? 0) - (seqOf.get(b.itemId) ?? 0))
      .map((v) => ({
        itemId: v.itemId,
        value: valueOf(typeOf.get(v.itemId) ?? 'NUMBER', {
          num: v.valueNum,
          day: v.valueDay,
          flag: v.valueFlag,
        }),
        note: v.note,
      })),
    evidence: ev.map((x) => ({ fileId: x.f.id, itemId: x.e.itemId, filename: x.f.filename, size: x.f.size })),
  };
}
