import { and, desc, eq, isNull } from 'drizzle-orm';
import { ZProposeLeadingUnitInput, type LeadingUnitProposal, type RankedUnit } from '@vinhdanh/shared';
import { z } from 'zod';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { scoringProposals } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ServiceError, parseInput } from '../../errors';
import { authorize, scopeFor } from '../../policies/scope';
import { isUuid, newId } from '../../lib/ids';
import { namesOf } from '../units/queries';
import { pendingAppeals } from './appeals';
import { latestResult, loadRound, requireMember, roundStatus } from './round-state';

type ProposalRow = typeof scoringProposals.$inferSelect;

async function present(db: Executor, rows: ProposalRow[]): Promise<LeadingUnitProposal[]> {
  const out: LeadingUnitProposal[] = [];
  for (const r of rows) {
    const names = await namesOf(db, [r.unitId], `${r.year}-12-31`);
    out.push({
      id: r.id,
      roundId: r.roundId,
      clusterId: r.clusterId,
      year: r.year,
      unitId: r.unitId,
      unitName: names.get(r.unitId) ?? '',
      titleCode: r.titleCode,
      rank: r.rank,
      total: r.total,
      resultVersion: r.resultVersion,
      reason: r.reason,
      proposedAt: r.proposedAt.toISOString(),
    });
  }
  return out;
}

/**
 * Trưởng cụm/khối đề xuất đơn vị dẫn đầu: from the final result (appeal window closed, no pending appeal).
 * A new proposal withdraws the previous one of the round. The nominations area reads these rows
 * (`listLeadingUnitProposals`) towards Cờ thi đua.
 */
export async function proposeLeadingUnit(
  ctx: ServiceContext,
  roundId: string,
  input: unknown,
): Promise<LeadingUnitProposal> {
  await authorize(ctx, 'scoring.propose');
  const data = parseInput(ZProposeLeadingUnitInput, input);
  const l0 = await loadRound(ctx.db, roundId);
  const head = l0.members.find((m) => m.role === 'HEAD');
  await authorize(ctx, 'scoring.propose', [head?.unitId ?? l0.cluster.organiserId]);
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const l = await loadRound(tx, roundId, true);
    const status = roundStatus(l.steps, today);
    if (status !== 'FINAL')
      throw new ServiceError(
        'SCORING_ROUND_STATE',
        status === 'PUBLISHED'
          ? 'Kết quả còn trong thời hạn phúc khảo; chỉ đề xuất khi kết quả đã chính thức.'
          : 'Chưa công bố kết quả chấm điểm.',
      );
    if ((await pendingAppeals(tx, roundId)) > 0) throw new ServiceError('APPEALS_PENDING');
    requireMember(l, data.unitId, 'unitId');
    const result = (await latestResult(tx, roundId))!;
    const ranked = (result.ranking as RankedUnit[]).find((r) => r.unitId === data.unitId)!;
    const [prev] = await tx
      .select()
      .from(scoringProposals)
      .where(and(eq(scoringProposals.roundId, roundId), isNull(scoringProposals.withdrawnAt)));
    if (prev)
      await tx
        .update(scoringProposals)
        .set({ withdrawnAt: ctx.clock.now() })
        .where(eq(scoringProposals.id, prev.id));
    const [row] = await tx
      .insert(scoringProposals)
      .values({
        id: newId(),
        roundId,
        clusterId: l.cluster.id,
        year: l.round.year,
        unitId: data.unitId,
        titleCode: data.titleCode ?? null,
        rank: ranked.rank,
        total: ranked.total,
        resultVersion: result.version,
        reason: data.reason,
        proposedBy: ctx.actor?.accountId ?? null,
        proposedAt: ctx.clock.now(),
      })
      .returning();
    const [out] = await present(tx, [row!]);
    await emitAudit(tx, ctx, {
      action: 'scoring_proposal.propose',
      entity: 'scoring_proposal',
      entityId: row!.id,
      before: prev ? { withdrawn: prev.id, unitId: prev.unitId } : null,
      after: out,
    });
    return out!;
  });
}

const ZProposalQuery = z.object({
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  clusterId: z.string().optional(),
  roundId: z.string().optional(),
});

/**
 * Current (not withdrawn) leading-unit proposals visible to the actor: by year, cluster or round. This is the
 * read the nominations area uses to start a Cờ thi đua nomination.
 */
export async function listLeadingUnitProposals(
  ctx: ServiceContext,
  input: unknown,
): Promise<LeadingUnitProposal[]> {
  await authorize(ctx, 'unit.read');
  const q = parseInput(ZProposalQuery, input);
  if ((q.clusterId && !isUuid(q.clusterId)) || (q.roundId && !isUuid(q.roundId))) return [];
  const rows = await ctx.read
    .select()
    .from(scoringProposals)
    .where(
      and(
        isNull(scoringProposals.withdrawnAt),
        q.year ? eq(scoringProposals.year, q.year) : undefined,
        q.clusterId ? eq(scoringProposals.clusterId, q.clusterId) : undefined,
        q.roundId ? eq(scoringProposals.roundId, q.roundId) : undefined,
      ),
    )
    .orderBy(desc(scoringProposals.proposedAt));
  const scope = await scopeFor(ctx, 'unit.read');
  const visible = scope === 'ALL' ? rows : rows.filter((r) => scope.has(r.unitId));
  return present(ctx.read, visible);
}
