import { eq } from 'drizzle-orm';
import { ZCreateScoringRoundInput, type ScoringRound } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { clusters, scoringRounds, scoringTemplates } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ServiceError, parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { isUuid, newId } from '../../lib/ids';
import { loadRound, presentRound } from './round-state';

const notFound = (path: string, message: string) =>
  new ServiceError('VALIDATION_FAILED', message, [{ path, message }]);

/**
 * Lập đợt chấm điểm: attaches a template to a cluster/block of a year (and optionally a movement), with the
 * aggregation method, self-score weight, tie-break and appeal days. Only the cluster's organiser may do it.
 */
export async function createScoringRound(ctx: ServiceContext, input: unknown): Promise<ScoringRound> {
  await authorize(ctx, 'scoring.manage');
  const data = parseInput(ZCreateScoringRoundInput, input);
  if (!isUuid(data.clusterId)) throw notFound('clusterId', 'Không tìm thấy cụm/khối thi đua.');
  if (!isUuid(data.templateId)) throw notFound('templateId', 'Không tìm thấy mẫu chấm điểm.');
  if (data.movementId && !isUuid(data.movementId)) throw notFound('movementId', 'Không tìm thấy phong trào.');
  const [cluster] = await ctx.db.select().from(clusters).where(eq(clusters.id, data.clusterId));
  if (!cluster) throw notFound('clusterId', 'Không tìm thấy cụm/khối thi đua.');
  await authorize(ctx, 'scoring.manage', [cluster.organiserId]);
  const [template] = await ctx.db
    .select()
    .from(scoringTemplates)
    .where(eq(scoringTemplates.id, data.templateId));
  if (!template) throw notFound('templateId', 'Không tìm thấy mẫu chấm điểm.');
  if (data.method === 'TRIMMED' && data.trimK < 1) throw notFound('trimK', 'Số điểm bỏ mỗi đầu phải từ 1.');
  return ctx.db.transaction(async (tx) => {
    const id = newId();
    await tx.insert(scoringRounds).values({
      id,
      name: data.name,
      templateId: data.templateId,
      clusterId: data.clusterId,
      movementId: data.movementId ?? null,
      year: cluster.year,
      method: data.method,
      trimK: data.trimK,
      selfWeight: data.selfWeight,
      tieBreak: data.tieBreak,
      scoringDueOn: data.scoringDueOn ?? null,
      appealDays: data.appealDays,
      createdBy: ctx.actor?.accountId ?? null,
    });
    const out = await presentRound(tx, await loadRound(tx, id), ctx.clock.today());
    await emitAudit(tx, ctx, {
      action: 'scoring_round.create',
      entity: 'scoring_round',
      entityId: id,
      after: out,
    });
    return out;
  });
}
