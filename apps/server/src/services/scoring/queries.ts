import { and, desc, eq, inArray } from 'drizzle-orm';
import {
  ZScoringRoundQuery,
  ZSheetQuery,
  type ResultExplanation,
  type ScoreSheet,
  type ScoringResults,
  type ScoringRound,
  type RankedUnit,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import {
  clusterMembers,
  clusters,
  files,
  scoringRounds,
  scoringScores,
  scoringSheets,
} from '../../db/schema';
import { NotFoundError, ServiceError, parseInput } from '../../errors';
import { allowed, authorize, scopeFor } from '../../policies/scope';
import { isUuid } from '../../lib/ids';
import { namesOf } from '../units/queries';
import {
  authorizeRead,
  computeRound,
  latestResult,
  loadRound,
  presentRound,
  requireMember,
  roundStatus,
} from './round-state';

/** Đợt chấm điểm the actor can see (organiser or a member unit in scope), newest first. */
export async function listScoringRounds(ctx: ServiceContext, input: unknown): Promise<ScoringRound[]> {
  await authorize(ctx, 'unit.read');
  const q = parseInput(ZScoringRoundQuery, input);
  if ((q.clusterId && !isUuid(q.clusterId)) || (q.movementId && !isUuid(q.movementId))) return [];
  const rows = await ctx.read
    .select({ id: scoringRounds.id, organiserId: clusters.organiserId, clusterId: clusters.id })
    .from(scoringRounds)
    .innerJoin(clusters, eq(clusters.id, scoringRounds.clusterId))
    .where(
      and(
        q.year ? eq(scoringRounds.year, q.year) : undefined,
        q.clusterId ? eq(scoringRounds.clusterId, q.clusterId) : undefined,
        q.movementId ? eq(scoringRounds.movementId, q.movementId) : undefined,
      ),
    )
    .orderBy(desc(scoringRounds.createdAt));
  const scope = await scopeFor(ctx, 'unit.read');
  let visible = rows;
  if (scope !== 'ALL') {
    const members =
      rows.length === 0
        ? []
        : await ctx.read
            .select()
            .from(clusterMembers)
            .where(inArray(clusterMembers.clusterId, [...new Set(rows.map((r) => r.clusterId))]));
    visible = rows.filter(
      (r) =>
        scope.has(r.organiserId) || members.some((m) => m.clusterId === r.clusterId && scope.has(m.unitId)),
    );
  }
  const today = ctx.clock.today();
  const out: ScoringRound[] = [];
  for (const r of visible) out.push(await presentRound(ctx.read, await loadRound(ctx.read, r.id), today));
  return out;
}

export async function getScoringRound(ctx: ServiceContext, id: string): Promise<ScoringRound> {
  const l = await loadRound(ctx.read, id);
  await authorizeRead(ctx, l);
  return presentRound(ctx.read, l, ctx.clock.today());
}

/**
 * Kết quả, xếp hạng: the latest published version for everyone who can see the round; before publication a live
 * preview for the organiser's officers only.
 */
export async function getScoringResults(ctx: ServiceContext, id: string): Promise<ScoringResults> {
  const l = await loadRound(ctx.read, id);
  await authorizeRead(ctx, l);
  const stored = await latestResult(ctx.read, id);
  if (stored)
    return {
      roundId: id,
      version: stored.version,
      preview: false,
      computedAt: stored.computedAt.toISOString(),
      methodText: stored.methodText,
      ranking: stored.ranking as RankedUnit[],
    };
  if (!(await allowed(ctx, 'scoring.manage', [l.cluster.organiserId])))
    throw new ServiceError('SCORING_ROUND_STATE', 'Kết quả chấm điểm chưa được công bố.');
  const r = await computeRound(ctx.read, l);
  return {
    roundId: id,
    version: null,
    preview: true,
    computedAt: ctx.clock.now().toISOString(),
    methodText: r.methodText,
    ranking: r.ranking,
  };
}

/** Per-criterion detail of one unit's result: every cross-score with its status, self-score, value, note. */
export async function explainResult(
  ctx: ServiceContext,
  id: string,
  unitId: string,
): Promise<ResultExplanation> {
  const l = await loadRound(ctx.read, id);
  await authorizeRead(ctx, l);
  requireMember(l, unitId, 'unitId');
  const published = roundStatus(l.steps, ctx.clock.today());
  if (
    (published === 'DRAFT' || published === 'OPEN') &&
    !(await allowed(ctx, 'scoring.manage', [l.cluster.organiserId]))
  )
    throw new ServiceError('SCORING_ROUND_STATE', 'Kết quả chấm điểm chưa được công bố.');
  const r = await computeRound(ctx.read, l);
  const detail = r.explain(unitId);
  const scorerIds = [...new Set(detail.flatMap((c) => c.crossScores.map((s) => s.scorerId)))];
  const names = await namesOf(ctx.read, [unitId, ...scorerIds], `${l.cluster.year}-12-31`);
  return {
    unitId,
    name: names.get(unitId) ?? '',
    criteria: detail.map((c) => ({
      criterionId: c.criterionId,
      name: c.name,
      maxPoints: c.maxPoints,
      crossScores: c.crossScores.map((s) => ({
        scorerUnitId: s.scorerId,
        scorerName: names.get(s.scorerId) ?? '',
        points: s.points,
        status: s.status,
      })),
      selfScore: c.selfScore,
      crossAggregate: c.crossAggregate,
      value: c.value,
      note: c.note,
    })),
  };
}

/**
 * Phiếu chấm of a scorer on a target (empty when not yet submitted), with the target's self-score evidence.
 * Visible to the scorer unit, the target unit (its own sheets) and the organiser.
 */
export async function getScoreSheet(ctx: ServiceContext, id: string, input: unknown): Promise<ScoreSheet> {
  const q = parseInput(ZSheetQuery, input);
  const l = await loadRound(ctx.read, id);
  await authorizeRead(ctx, l);
  requireMember(l, q.scorerUnitId, 'scorerUnitId');
  requireMember(l, q.targetUnitId, 'targetUnitId');
  const mayRead =
    (await allowed(ctx, 'scoring.score', [q.scorerUnitId])) ||
    (await allowed(ctx, 'scoring.manage', [l.cluster.organiserId])) ||
    (roundStatus(l.steps, ctx.clock.today()) !== 'OPEN' &&
      (await allowed(ctx, 'unit.read', [q.targetUnitId])));
  if (!mayRead) throw new ServiceError('OUT_OF_SCOPE');
  const sheetOf = async (scorer: string, target: string) => {
    const [sheet] = await ctx.read
      .select()
      .from(scoringSheets)
      .where(
        and(
          eq(scoringSheets.roundId, id),
          eq(scoringSheets.scorerUnitId, scorer),
          eq(scoringSheets.targetUnitId, target),
        ),
      );
    const scores = sheet
      ? await ctx.read.select().from(scoringScores).where(eq(scoringScores.sheetId, sheet.id))
      : [];
    return { sheet, scores };
  };
  const mine = await sheetOf(q.scorerUnitId, q.targetUnitId);
  const selfSheet = q.scorerUnitId === q.targetUnitId ? mine : await sheetOf(q.targetUnitId, q.targetUnitId);
  const fileIds = [...new Set([...mine.scores, ...selfSheet.scores].flatMap((s) => s.evidenceFileIds))];
  const fileRows =
    fileIds.length === 0
      ? []
      : await ctx.read
          .select({ id: files.id, filename: files.filename })
          .from(files)
          .where(inArray(files.id, fileIds));
  const fname = new Map(fileRows.map((f) => [f.id, f.filename]));
  const evidence = (ids: string[]) => ids.map((i) => ({ id: i, filename: fname.get(i) ?? '' }));
  const names = await namesOf(ctx.read, [q.scorerUnitId, q.targetUnitId], `${l.cluster.year}-12-31`);
  const recused = (await presentRound(ctx.read, l, ctx.clock.today())).conflicts.some(
    (c) => c.scorerUnitId === q.scorerUnitId && c.targetUnitId === q.targetUnitId,
  );
  return {
    roundId: id,
    scorerUnitId: q.scorerUnitId,
    scorerName: names.get(q.scorerUnitId) ?? '',
    targetUnitId: q.targetUnitId,
    targetName: names.get(q.targetUnitId) ?? '',
    self: q.scorerUnitId === q.targetUnitId,
    submittedAt: mine.sheet?.submittedAt.toISOString() ?? null,
    version: mine.sheet?.version ?? 0,
    recused,
    scores: mine.scores.map((s) => ({
      criterionId: s.criterionId,
      points: s.points,
      note: s.note,
      evidence: evidence(s.evidenceFileIds),
    })),
    targetEvidence: selfSheet.scores.map((s) => ({
      criterionId: s.criterionId,
      selfPoints: s.points,
      note: s.note,
      files: evidence(s.evidenceFileIds),
    })),
  };
}

/** Downloads an evidence file attached to a sheet of this round (for scorers and the organiser). */
export async function evidenceFile(ctx: ServiceContext, id: string, fileId: string) {
  const l = await loadRound(ctx.read, id);
  await authorizeRead(ctx, l);
  if (!isUuid(fileId)) throw new NotFoundError('Không tìm thấy tệp minh chứng.');
  const rows = await ctx.read
    .select({ ids: scoringScores.evidenceFileIds })
    .from(scoringScores)
    .innerJoin(scoringSheets, eq(scoringSheets.id, scoringScores.sheetId))
    .where(eq(scoringSheets.roundId, id));
  if (!rows.some((r) => r.ids.includes(fileId))) throw new NotFoundError('Không tìm thấy tệp minh chứng.');
  const [f] = await ctx.read.select().from(files).where(eq(files.id, fileId));
  if (!f) throw new NotFoundError('Không tìm thấy tệp minh chứng.');
  return { file: f, bytes: await ctx.storage.get(f.storageKey) };
}
