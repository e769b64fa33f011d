import { eq } from 'drizzle-orm';
import { ZAssignCrossScoringInput, type ScoringRound } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { scoringAssignments } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ServiceError, parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import {
  authorizeManage,
  loadRound,
  presentRound,
  requireMember,
  requireStatus,
  type LoadedRound,
} from './round-state';

type Pair = { scorerUnitId: string; targetUnitId: string };

/** Every member scores every other member. */
export function allPairs(l: LoadedRound): Pair[] {
  const out: Pair[] = [];
  for (const s of l.members)
    for (const t of l.members)
      if (s.unitId !== t.unitId) out.push({ scorerUnitId: s.unitId, targetUnitId: t.unitId });
  return out;
}

export async function replaceAssignments(tx: Executor, roundId: string, pairs: Pair[]) {
  await tx.delete(scoringAssignments).where(eq(scoringAssignments.roundId, roundId));
  if (pairs.length > 0) await tx.insert(scoringAssignments).values(pairs.map((p) => ({ roundId, ...p })));
}

/**
 * Phân công chấm chéo (before the round opens): all pairs, or a list of scorer → target pairs inside the
 * cluster. A unit never scores itself (SELF_CROSS_SCORING); a unit outside the cluster is refused.
 */
export async function assignCrossScoring(
  ctx: ServiceContext,
  roundId: string,
  input: unknown,
): Promise<ScoringRound> {
  await authorize(ctx, 'scoring.manage');
  const data = parseInput(ZAssignCrossScoringInput, input);
  const l0 = await loadRound(ctx.db, roundId);
  await authorizeManage(ctx, l0);
  return ctx.db.transaction(async (tx) => {
    const l = await loadRound(tx, roundId, true);
    requireStatus(l, ctx.clock.today(), 'DRAFT');
    let pairs: Pair[];
    if ('mode' in data) pairs = allPairs(l);
    else {
      pairs = [];
      const seen = new Set<string>();
      for (const [i, p] of data.pairs.entries()) {
        requireMember(l, p.scorerUnitId, `pairs.${i}.scorerUnitId`);
        requireMember(l, p.targetUnitId, `pairs.${i}.targetUnitId`);
        if (p.scorerUnitId === p.targetUnitId)
          throw new ServiceError('SELF_CROSS_SCORING', undefined, [
            { path: `pairs.${i}`, message: 'Đơn vị không được chấm chéo cho chính mình.' },
          ]);
        const key = `${p.scorerUnitId}>${p.targetUnitId}`;
        if (!seen.has(key)) pairs.push(p);
        seen.add(key);
      }
    }
    const before = (await presentRound(tx, l, ctx.clock.today())).assignments;
    await replaceAssignments(tx, roundId, pairs);
    const out = await presentRound(tx, l, ctx.clock.today());
    await emitAudit(tx, ctx, {
      action: 'scoring_round.assign',
      entity: 'scoring_round',
      entityId: roundId,
      before: { assignments: before },
      after: { assignments: out.assignments },
    });
    return out;
  });
}
