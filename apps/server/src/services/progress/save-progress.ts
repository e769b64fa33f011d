import { and, eq } from 'drizzle-orm';
import { ZSaveProgressInput, type ProgressReport, type TargetType } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { movementItems, progressReports, progressValues } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { parseInput, ServiceError } from '../../errors';
import { authorize } from '../../policies/scope';
import { newId } from '../../lib/ids';
import { checkValue, valueColumns } from '../movements/common';
import { activeMovement, assertParticipant } from '../registrations/common';
import { loadPeriod, presentReport } from './common';

/**
 * Báo cáo tiến độ (unit clerk): each content item's value for one reporting period. A later save replaces the
 * values; the first submission date stays (it decides lateness against the period's due date).
 */
export async function saveProgressReport(
  ctx: ServiceContext,
  movementId: string,
  input: unknown,
): Promise<ProgressReport> {
  await authorize(ctx, 'progress.report');
  const d = parseInput(ZSaveProgressInput, input);
  await authorize(ctx, 'progress.report', [d.unitId]);
  const m = await activeMovement(ctx.db, movementId);
  await assertParticipant(ctx.db, movementId, d.unitId);
  const period = await loadPeriod(ctx.db, movementId, d.periodId);
  const items = await ctx.db
    .select({ id: movementItems.id, type: movementItems.targetType })
    .from(movementItems)
    .where(eq(movementItems.movementId, movementId));
  const typeOf = new Map(items.map((i) => [i.id, i.type as TargetType]));
  d.values.forEach((v, i) => {
    const type = typeOf.get(v.itemId);
    if (!type)
      throw new ServiceError('VALIDATION_FAILED', undefined, [
        { path: `values.${i}.itemId`, message: 'Nội dung thi đua không thuộc phong trào này.' },
      ]);
    checkValue(type, v.value, `values.${i}.value`);
  });
  if (new Set(d.values.map((v) => v.itemId)).size !== d.values.length)
    throw new ServiceError('VALIDATION_FAILED', undefined, [
      { path: 'values', message: 'Mỗi nội dung chỉ báo cáo một giá trị.' },
    ]);
  const [existing] = await ctx.db
    .select()
    .from(progressReports)
    .where(and(eq(progressReports.periodId, period.id), eq(progressReports.unitId, d.unitId)));
  if (existing && d.version !== undefined && d.version !== existing.version)
    throw new ServiceError('CONFLICT');
  return ctx.db.transaction(async (tx) => {
    const before = existing ? await presentReport(ctx, tx, m, period, d.unitId, existing) : null;
    let row = existing;
    if (!row)
      [row] = await tx
        .insert(progressReports)
        .values({
          id: newId(),
          movementId,
          periodId: period.id,
          unitId: d.unitId,
          note: d.note ?? null,
          submittedAt: ctx.clock.now(),
          submittedOn: ctx.clock.today(),
          submittedBy: ctx.actor?.accountId ?? null,
        })
        .returning();
    else
      [row] = await tx
        .update(progressReports)
        .set({ note: d.note ?? null, version: row.version + 1 })
        .where(eq(progressReports.id, row.id))
        .returning();
    await tx.delete(progressValues).where(eq(progressValues.reportId, row!.id));
    const vals = d.values.filter((v) => v.value !== null);
    if (vals.length)
      await tx.insert(progressValues).values(
        vals.map((v) => {
          const c = valueColumns(typeOf.get(v.itemId)!, v.value);
          return {
            reportId: row!.id,
            itemId: v.itemId,
            valueNum: c.num,
            valueDay: c.day,
            valueFlag: c.flag,
            note: v.note ?? null,
          };
        }),
      );
    const out = await presentReport(ctx, tx, m, period, d.unitId, row);
    await emitAudit(tx, ctx, {
      action: 'progress.report',
      entity: 'progress_report',
      entityId: row!.id,
      before,
      after: out,
    });
    return out;
  });
}
