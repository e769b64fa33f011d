import { ZId, type ZUploadedEvidence } from '@vinhdanh/shared';
import type { z } from 'zod';
import type { ServiceContext } from '../../context';
import { emitAudit } from '../../audit/emit';
import { parseInput } from '../../errors';
import { storeFile } from '../files/upload-file';
import { authorize } from '../../policies/scope';
import { loadRound, requireMember, requireStatus } from './round-state';

/** Tải tệp minh chứng for a unit's self-score sheet (PDF, Word, Excel or images), while the round is open. */
export async function uploadScoringEvidence(
  ctx: ServiceContext,
  roundId: string,
  unitId: unknown,
  file: { bytes: Buffer; filename: string },
): Promise<z.infer<typeof ZUploadedEvidence>> {
  await authorize(ctx, 'scoring.score');
  const uid = parseInput(ZId, unitId);
  await authorize(ctx, 'scoring.score', [uid]);
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const l = await loadRound(tx, roundId);
    requireStatus(l, today, 'OPEN');
    requireMember(l, uid, 'unitId');
    const stored = await storeFile(tx, ctx, file.bytes, file.filename, ['pdf', 'docx', 'xlsx', 'png', 'jpg']);
    await emitAudit(tx, ctx, {
      action: 'scoring_evidence.upload',
      entity: 'scoring_round',
      entityId: roundId,
      after: { unitId: uid, fileId: stored.id, filename: stored.filename, sha256: stored.sha256 },
    });
    return { id: stored.id, filename: stored.filename, size: stored.size };
  });
}
