import { eq, sql } from 'drizzle-orm';
import { ZCreateScoringRoundInput, type ScoringRound } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { clusters, scoringRounds, scoringTemplates } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ServiceError, parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { isUuid, newId } from '../../lib/ids';
import { loadRound, presentRound } from './round-state';
import { queryRows } from '../../db/client';
import { NotFoundError } from '../../errors';
import { activeMovement } from '../registrations/common';
import { namesOf } from '../units/queries';

/**
 * A round of a movement scores a cluster of its participating units: the movement must be launched and not
 * closed, and every member of the cluster must take part in it (UNIT_NOT_IN_MOVEMENT names those who do not).
 */
async function assertClusterInMovement(
  ctx: ServiceContext,
  movementId: string,
  clusterId: string,
  year: number,
) {
  const m = await activeMovement(ctx.db, movementId).catch((e: unknown) => {
    if (e instanceof NotFoundError) throw notFound('movementId', 'Không tìm thấy phong trào.');
    throw e;
  });
  const outside = await queryRows<{ unit_id: string }>(
    ctx.db,
    sql`SELECT cm.unit_id FROM cluster_members cm
         WHERE cm.cluster_id = ${clusterId}
           AND NOT EXISTS (SELECT 1 FROM movement_units mu WHERE mu.movement_id = ${m.id} AND mu.unit_id = cm.unit_id)`,
  );
  if (outside.length) {
    const names = await namesOf(
      ctx.db,
      outside.map((o) => o.unit_id),
      `${year}-12-31`,
    );
    throw new ServiceError(
      'UNIT_NOT_IN_MOVEMENT',
      `Cụm, khối có đơn vị không tham gia phong trào: ${[...names.values()].join(', ')}.`,
      [{ path: 'clusterId', message: 'Mọi thành viên của cụm, khối phải là đơn vị tham gia phong trào.' }],
    );
  }
}

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
  if (data.movementId) await assertClusterInMovement(ctx, data.movementId, cluster.id, cluster.year);
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
