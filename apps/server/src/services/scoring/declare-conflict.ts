import { and, eq } from 'drizzle-orm';
import { ZDeclareConflictInput, type ScoringRound } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { scoringConflicts } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ServiceError, parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { newId } from '../../lib/ids';
import { loadRound, presentRound, requireMember, requireStatus } from './round-state';

/**
 * Khai báo xung đột lợi ích: the scorer unit is recused from scoring the target. Any score it already gave the
 * target stops counting (the results explain it). Declared by the scorer unit, before results are published.
 */
export async function declareConflict(
  ctx: ServiceContext,
  roundId: string,
  input: unknown,
): Promise<ScoringRound> {
  await authorize(ctx, 'scoring.score');
  const data = parseInput(ZDeclareConflictInput, input);
  await authorize(ctx, 'scoring.score', [data.scorerUnitId]);
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const l = await loadRound(tx, roundId, true);
    requireStatus(l, today, 'DRAFT', 'OPEN');
    requireMember(l, data.scorerUnitId, 'scorerUnitId');
    requireMember(l, data.targetUnitId, 'targetUnitId');
    if (data.scorerUnitId === data.targetUnitId)
      throw new ServiceError(
        'SELF_CROSS_SCORING',
        'Đơn vị không chấm chéo cho chính mình nên không cần khai báo xung đột.',
      );
    const dup = await tx
      .select({ id: scoringConflicts.id })
      .from(scoringConflicts)
      .where(
        and(
          eq(scoringConflicts.roundId, roundId),
          eq(scoringConflicts.scorerUnitId, data.scorerUnitId),
          eq(scoringConflicts.targetUnitId, data.targetUnitId),
        ),
      );
    if (dup.length > 0)
      throw new ServiceError('VALIDATION_FAILED', 'Đã khai báo xung đột lợi ích với đơn vị này.', [
        { path: 'targetUnitId', message: 'Đã khai báo xung đột lợi ích với đơn vị này.' },
      ]);
    const id = newId();
    await tx.insert(scoringConflicts).values({
      id,
      roundId,
      scorerUnitId: data.scorerUnitId,
      targetUnitId: data.targetUnitId,
      reason: data.reason,
      declaredBy: ctx.actor?.accountId ?? null,
      declaredAt: ctx.clock.now(),
    });
    await emitAudit(tx, ctx, {
      action: 'scoring_conflict.declare',
      entity: 'scoring_round',
      entityId: roundId,
      after: { id, scorerUnitId: data.scorerUnitId, targetUnitId: data.targetUnitId, reason: data.reason },
    });
    return presentRound(tx, l, today);
  });
}
