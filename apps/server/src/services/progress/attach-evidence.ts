import { and, eq } from 'drizzle-orm';
import type { ProgressReport } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { files, movementItems, progressEvidence, progressReports } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, ServiceError } from '../../errors';
import { authorize } from '../../policies/scope';
import { isUuid } from '../../lib/ids';
import { storeFile } from '../files/upload-file';
import { activeMovement } from '../registrations/common';
import { loadPeriod, presentReport } from './common';
import { getProgressReport } from './dashboard';

/** Minh chứng: a file (PDF, image, DOCX) attached to a progress report, optionally to one content item. */
export async function attachProgressEvidence(
  ctx: ServiceContext,
  reportId: string,
  input: { bytes: Buffer; filename: string; itemId?: string | null },
): Promise<ProgressReport> {
  await authorize(ctx, 'progress.report');
  if (!isUuid(reportId)) throw new NotFoundError('Không tìm thấy báo cáo tiến độ.');
  const [r] = await ctx.db.select().from(progressReports).where(eq(progressReports.id, reportId));
  if (!r) throw new NotFoundError('Không tìm thấy báo cáo tiến độ.');
  await authorize(ctx, 'progress.report', [r.unitId]);
  const m = await activeMovement(ctx.db, r.movementId);
  const itemId = input.itemId || null;
  if (itemId) {
    const ok =
      isUuid(itemId) &&
      (
        await ctx.db
          .select({ id: movementItems.id })
          .from(movementItems)
          .where(and(eq(movementItems.id, itemId), eq(movementItems.movementId, m.id)))
      ).length > 0;
    if (!ok)
      throw new ServiceError('VALIDATION_FAILED', undefined, [
        { path: 'itemId', message: 'Nội dung thi đua không thuộc phong trào này.' },
      ]);
  }
  const period = await loadPeriod(ctx.db, m.id, r.periodId);
  return ctx.db.transaction(async (tx) => {
    const stored = await storeFile(tx, ctx, input.bytes, input.filename, [
      'pdf',
      'docx',
      'png',
      'jpg',
      'xlsx',
    ]);
    await tx.insert(progressEvidence).values({ reportId, fileId: stored.id, itemId });
    await emitAudit(tx, ctx, {
      action: 'progress.attach_evidence',
      entity: 'progress_report',
      entityId: reportId,
      after: { fileId: stored.id, itemId, filename: stored.filename, sha256: stored.sha256 },
    });
    return presentReport(ctx, tx, m, period, r.unitId, r);
  });
}

/** The bytes of an evidence file, for whoever may read the report. */
export async function readProgressEvidence(ctx: ServiceContext, reportId: string, fileId: string) {
  if (!isUuid(reportId) || !isUuid(fileId)) throw new NotFoundError();
  const [r] = await ctx.read.select().from(progressReports).where(eq(progressReports.id, reportId));
  if (!r) throw new NotFoundError('Không tìm thấy báo cáo tiến độ.');
  await getProgressReport(ctx, r.movementId, r.periodId, r.unitId);
  const [row] = await ctx.read
    .select({ f: files })
    .from(progressEvidence)
    .innerJoin(files, eq(files.id, progressEvidence.fileId))
    .where(and(eq(progressEvidence.reportId, reportId), eq(progressEvidence.fileId, fileId)));
  if (!row) throw new NotFoundError('Không tìm thấy minh chứng.');
  return { file: row.f, bytes: await ctx.storage.get(row.f.storageKey) };
}
