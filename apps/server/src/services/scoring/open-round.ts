import { eq } from 'drizzle-orm';
import type { ScoringRound } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { scoringAssignments, scoringRoundSteps } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { authorize } from '../../policies/scope';
import { newId } from '../../lib/ids';
import { allPairs, replaceAssignments } from './assign-cross-scoring';
import { authorizeManage, loadRound, presentRound, requireStatus } from './round-state';

/** Mở đợt chấm điểm: units may self-score and cross-score; without assignments, every pair is assigned. */
export async function openScoringRound(ctx: ServiceContext, roundId: string): Promise<ScoringRound> {
  await authorize(ctx, 'scoring.manage');
  await authorizeManage(ctx, await loadRound(ctx.db, roundId));
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const l = await loadRound(tx, roundId, true);
    requireStatus(l, today, 'DRAFT');
    const existing = await tx
      .select({ r: scoringAssignments.roundId })
      .from(scoringAssignments)
      .where(eq(scoringAssignments.roundId, roundId))
      .limit(1);
    if (existing.length === 0) await replaceAssignments(tx, roundId, allPairs(l));
    await tx.insert(scoringRoundSteps).values({
      id: newId(),
      roundId,
      kind: 'OPEN',
      on: today,
      actorId: ctx.actor?.accountId ?? null,
      at: ctx.clock.now(),
    });
    const out = await presentRound(tx, await loadRound(tx, roundId), today);
    await emitAudit(tx, ctx, {
      action: 'scoring_round.open',
      entity: 'scoring_round',
      entityId: roundId,
      before: { status: 'DRAFT' },
      after: { status: out.status, openedOn: out.openedOn, assignments: out.assignments.length },
    });
    return out;
  });
}
