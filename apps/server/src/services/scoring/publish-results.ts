import type { ScoringRound } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { scoringResults, scoringRoundSteps } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { authorize } from '../../policies/scope';
import { newId } from '../../lib/ids';
import { authorizeManage, computeRound, loadRound, presentRound, requireStatus } from './round-state';

/** Adds `days` calendar days to a legal date (UTC arithmetic on the date only). */
export function addDays(d: string, days: number): string {
  const t =
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) + days * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Công bố kết quả: closes scoring, stores the ranking as result version 1 and opens the appeal window
 * (phúc khảo) for `appealDays` days from today (0 = today only).
 */
export async function publishScoringResults(ctx: ServiceContext, roundId: string): Promise<ScoringRound> {
  await authorize(ctx, 'scoring.manage');
  await authorizeManage(ctx, await loadRound(ctx.db, roundId));
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const l = await loadRound(tx, roundId, true);
    requireStatus(l, today, 'OPEN');
    const result = await computeRound(tx, l);
    const appealUntil = addDays(today, l.round.appealDays);
    await tx.insert(scoringResults).values({
      id: newId(),
      roundId,
      version: 1,
      methodText: result.methodText,
      ranking: result.ranking,
      reason: 'PUBLISH',
      computedAt: ctx.clock.now(),
    });
    await tx.insert(scoringRoundSteps).values({
      id: newId(),
      roundId,
      kind: 'PUBLISH',
      on: today,
      appealUntil,
      actorId: ctx.actor?.accountId ?? null,
      at: ctx.clock.now(),
    });
    const out = await presentRound(tx, await loadRound(tx, roundId), today);
    await emitAudit(tx, ctx, {
      action: 'scoring_round.publish',
      entity: 'scoring_round',
      entityId: roundId,
      before: { status: 'OPEN' },
      after: {
        status: out.status,
        appealUntil,
        resultVersion: 1,
        ranking: result.ranking.map((r) => ({ unitId: r.unitId, rank: r.rank, total: r.total })),
      },
    });
    return out;
  });
}
