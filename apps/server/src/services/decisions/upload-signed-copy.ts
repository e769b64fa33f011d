import { eq } from 'drizzle-orm';
import type { DecisionDetail } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { decisions, decisionSteps } from '../../db/schema/decisions';
import { emitAudit } from '../../audit/emit';
import { ServiceError } from '../../errors';
import { authorize } from '../../policies/scope';
import { newId } from '../../lib/ids';
import { checkUpload, storeFile } from '../files/upload-file';
import { loadDecision, presentDetail, statusOf, stepsOf } from './common';

/**
 * Tải bản quyết định đã ký (scanned PDF) for an issued decision. A later upload adds a new step and replaces the
 * current copy; earlier copies stay in storage and in the steps.
 */
export async function uploadSignedCopy(
  ctx: ServiceContext,
  id: string,
  file: { bytes: Buffer; filename: string },
): Promise<DecisionDetail> {
  const d = await loadDecision(ctx.db, id);
  await authorize(ctx, 'decision.issue', [d.issuerUnitId]);
  checkUpload(ctx, file.bytes, ['pdf']);
  return ctx.db.transaction(async (tx) => {
    if (statusOf(await stepsOf(tx, id)) === 'DRAFT')
      throw new ServiceError('CONFLICT', 'Quyết định chưa được ban hành (chưa có số).', undefined, 409);
    const stored = await storeFile(tx, ctx, file.bytes, file.filename, ['pdf']);
    const [row] = await tx
      .update(decisions)
      .set({ signedFileId: stored.id, updatedAt: ctx.clock.now() })
      .where(eq(decisions.id, id))
      .returning();
    await tx.insert(decisionSteps).values({
      id: newId(),
      decisionId: id,
      step: 'SIGNED_COPY_UPLOADED',
      at: ctx.clock.now(),
      actorId: ctx.actor?.accountId ?? null,
      fileId: stored.id,
      note: stored.filename,
    });
    const out = await presentDetail(tx, row!);
    await emitAudit(tx, ctx, {
      action: 'decision.upload_signed_copy',
      entity: 'decision',
      entityId: id,
      after: { fileId: stored.id, filename: stored.filename, sha256: stored.sha256 },
    });
    return out;
  });
}
