import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import {
  ZFinalizeReportInput,
  ZReportSnapshotQuery,
  type ReportFormCode,
  type ReportResult,
  type ReportSnapshot,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { reportSnapshots } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, parseInput } from '../../errors';
import { authorize, scopeFor } from '../../policies/scope';
import { isUuid, newId } from '../../lib/ids';
import { computeReport, reportPeriod, unitNameOn } from './get-report';

function present(row: typeof reportSnapshots.$inferSelect): ReportSnapshot {
  return {
    id: row.id,
    form: row.form as ReportFormCode,
    unitId: row.unitId,
    unitName: row.unitName,
    year: row.year,
    from: row.periodFrom,
    to: row.periodTo,
    preparerName: row.preparerName,
    signerName: row.signerName,
    signerTitle: row.signerTitle,
    place: row.place,
    finalizedBy: row.finalizedBy,
    finalizedAt: row.finalizedAt.toISOString(),
    result: row.result as ReportResult,
  };
}

/**
 * Chốt số liệu: computes the form now and freezes the numbers with the preparer and the signer (printed in the
 * signature block of the exported file). Needs `report.finalize` on the body; audited `report.finalize`.
 */
export async function finalizeReport(ctx: ServiceContext, input: unknown): Promise<ReportSnapshot> {
  const data = parseInput(ZFinalizeReportInput, input);
  await authorize(ctx, 'report.finalize', [data.unitId]);
  const { from, to } = reportPeriod(data);
  return ctx.db.transaction(async (tx) => {
    const unitName = await unitNameOn(tx, data.unitId, to);
    const { values, notes } = await computeReport(tx, data.form, data.unitId, from, to);
    const now = ctx.clock.now();
    const result: ReportResult = {
      form: data.form,
      unitId: data.unitId,
      unitName,
      year: data.year,
      from,
      to,
      values,
      notes,
      computedAt: now.toISOString(),
    };
    const [row] = await tx
      .insert(reportSnapshots)
      .values({
        id: newId(),
        form: data.form,
        unitId: data.unitId,
        unitName,
        year: data.year,
        periodFrom: from,
        periodTo: to,
        result,
        preparerName: data.preparerName,
        signerName: data.signerName,
        signerTitle: data.signerTitle,
        place: data.place ?? null,
        finalizedBy: ctx.actor?.accountId ?? null,
        finalizedAt: now,
      })
      .returning();
    const out = present(row!);
    await emitAudit(tx, ctx, {
      action: 'report.finalize',
      entity: 'report_snapshot',
      entityId: out.id,
      after: {
        form: out.form,
        unitId: out.unitId,
        year: out.year,
        from,
        to,
        signerName: out.signerName,
        signerTitle: out.signerTitle,
        preparerName: out.preparerName,
        total: values.TONG?.TONG ?? null,
      },
    });
    return out;
  });
}

/** Finalised reports of bodies in the actor's scope, newest first. */
export async function listReportSnapshots(ctx: ServiceContext, input: unknown): Promise<ReportSnapshot[]> {
  const q = parseInput(ZReportSnapshotQuery, input);
  await authorize(ctx, 'report.read', q.unitId ? [q.unitId] : undefined);
  const scope = await scopeFor(ctx, 'report.read');
  const where: (SQL | undefined)[] = [
    q.unitId ? eq(reportSnapshots.unitId, q.unitId) : undefined,
    q.year ? eq(reportSnapshots.year, q.year) : undefined,
    q.form ? eq(reportSnapshots.form, q.form) : undefined,
    scope === 'ALL' ? undefined : inArray(reportSnapshots.unitId, [...scope]),
  ];
  const rows = await ctx.read
    .select()
    .from(reportSnapshots)
    .where(and(...where))
    .orderBy(desc(reportSnapshots.finalizedAt))
    .limit(200);
  return rows.map(present);
}

export async function loadSnapshot(ctx: ServiceContext, id: string, db: Executor = ctx.read) {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy báo cáo đã chốt.');
  const [row] = await db.select().from(reportSnapshots).where(eq(reportSnapshots.id, id));
  if (!row) throw new NotFoundError('Không tìm thấy báo cáo đã chốt.');
  await authorize(ctx, 'report.read', [row.unitId]);
  return present(row);
}
