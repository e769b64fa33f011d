import { and, asc, desc, eq } from 'drizzle-orm';
import type { ScoringRound, ScoringRoundStatus } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import {
  clusterMembers,
  clusters,
  scoringAssignments,
  scoringConflicts,
  scoringCriteria,
  scoringCriteriaGroups,
  scoringResults,
  scoringRoundSteps,
  scoringRounds,
  scoringScores,
  scoringSheets,
  scoringTemplates,
} from '../../db/schema';
import { NotFoundError, ServiceError } from '../../errors';
import { authorize, scopeFor } from '../../policies/scope';
import { isUuid } from '../../lib/ids';
import { namesOf } from '../units/queries';
import {
  aggregateScores,
  describeMethod,
  type AggregateResult,
  type AggregationConfig,
  type AggregationMethod,
} from './aggregate';

export type RoundRow = typeof scoringRounds.$inferSelect;
export type ClusterRow = typeof clusters.$inferSelect;
type Step = typeof scoringRoundSteps.$inferSelect;

export interface LoadedRound {
  round: RoundRow;
  cluster: ClusterRow;
  members: { unitId: string; role: 'HEAD' | 'DEPUTY' | 'MEMBER' }[];
  steps: Step[];
}

/** The round, its cluster and members, and its steps; NOT_FOUND for unknown ids. */
export async function loadRound(db: Executor, id: string, forUpdate = false): Promise<LoadedRound> {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy đợt chấm điểm.');
  const q = db.select().from(scoringRounds).where(eq(scoringRounds.id, id));
  const [round] = forUpdate ? await q.for('update') : await q;
  if (!round) throw new NotFoundError('Không tìm thấy đợt chấm điểm.');
  const [cluster] = await db.select().from(clusters).where(eq(clusters.id, round.clusterId));
  const members = await db
    .select({ unitId: clusterMembers.unitId, role: clusterMembers.role })
    .from(clusterMembers)
    .where(eq(clusterMembers.clusterId, round.clusterId));
  const steps = await db
    .select()
    .from(scoringRoundSteps)
    .where(eq(scoringRoundSteps.roundId, id))
    .orderBy(asc(scoringRoundSteps.at));
  return { round, cluster: cluster!, members: members as LoadedRound['members'], steps };
}

/** Status derived from the step rows and today: DRAFT → OPEN → PUBLISHED (appeal window) → FINAL. */
export function roundStatus(steps: Step[], today: string): ScoringRoundStatus {
  const publish = steps.find((s) => s.kind === 'PUBLISH');
  if (publish) return publish.appealUntil !== null && today <= publish.appealUntil ? 'PUBLISHED' : 'FINAL';
  return steps.some((s) => s.kind === 'OPEN') ? 'OPEN' : 'DRAFT';
}

export function requireStatus(l: LoadedRound, today: string, ...allowed: ScoringRoundStatus[]) {
  const s = roundStatus(l.steps, today);
  if (!allowed.includes(s)) throw new ServiceError('SCORING_ROUND_STATE', undefined, { status: s });
  return s;
}

export function configOf(r: RoundRow): AggregationConfig {
  const method: AggregationMethod =
    r.method === 'TRIMMED'
      ? { kind: 'TRIMMED', k: r.trimK }
      : { kind: r.method as 'MEAN' | 'DROP_HIGH_LOW' | 'MEDIAN' };
  return { method, selfWeight: r.selfWeight, tieBreak: r.tieBreak as 'GROUP_ORDER' | 'NONE' };
}

/** The officer of the organiser manages a round (open, publish, resolve appeals). */
export async function authorizeManage(ctx: ServiceContext, l: LoadedRound) {
  await authorize(ctx, 'scoring.manage', [l.cluster.organiserId]);
}

/** Anyone who can read the organiser or a member unit may see the round and its results. */
export async function authorizeRead(ctx: ServiceContext, l: LoadedRound) {
  await authorize(ctx, 'unit.read');
  const scope = await scopeFor(ctx, 'unit.read');
  if (scope === 'ALL') return;
  if (scope.has(l.cluster.organiserId) || l.members.some((m) => scope.has(m.unitId))) return;
  throw new ServiceError('OUT_OF_SCOPE');
}

export function requireMember(l: LoadedRound, unitId: string, path: string) {
  if (!l.members.some((m) => m.unitId === unitId))
    throw new ServiceError('UNIT_NOT_IN_CLUSTER', undefined, [
      { path, message: 'Đơn vị không thuộc cụm/khối thi đua của đợt chấm điểm.' },
    ]);
}

/** The round as the API shows it. */
export async function presentRound(db: Executor, l: LoadedRound, today: string): Promise<ScoringRound> {
  const { round, cluster } = l;
  const [template] = await db
    .select({ name: scoringTemplates.name })
    .from(scoringTemplates)
    .where(eq(scoringTemplates.id, round.templateId));
  const names = await namesOf(
    db,
    l.members.map((m) => m.unitId),
    `${cluster.year}-12-31`,
  );
  const assignments = await db
    .select({ scorerUnitId: scoringAssignments.scorerUnitId, targetUnitId: scoringAssignments.targetUnitId })
    .from(scoringAssignments)
    .where(eq(scoringAssignments.roundId, round.id));
  const conflicts = await db
    .select()
    .from(scoringConflicts)
    .where(eq(scoringConflicts.roundId, round.id))
    .orderBy(asc(scoringConflicts.declaredAt));
  const sheets = await db
    .select()
    .from(scoringSheets)
    .where(eq(scoringSheets.roundId, round.id))
    .orderBy(asc(scoringSheets.submittedAt));
  const open = l.steps.find((s) => s.kind === 'OPEN');
  const publish = l.steps.find((s) => s.kind === 'PUBLISH');
  const order = { HEAD: 0, DEPUTY: 1, MEMBER: 2 } as const;
  return {
    id: round.id,
    name: round.name,
    templateId: round.templateId,
    templateName: template?.name ?? '',
    clusterId: cluster.id,
    clusterName: cluster.name,
    organiserId: cluster.organiserId,
    movementId: round.movementId,
    year: round.year,
    method: round.method as ScoringRound['method'],
    trimK: round.trimK,
    selfWeight: round.selfWeight,
    tieBreak: round.tieBreak as ScoringRound['tieBreak'],
    methodText: describeMethod(configOf(round)),
    scoringDueOn: round.scoringDueOn,
    appealDays: round.appealDays,
    status: roundStatus(l.steps, today),
    openedOn: open?.on ?? null,
    publishedOn: publish?.on ?? null,
    appealUntil: publish?.appealUntil ?? null,
    headUnitId: l.members.find((m) => m.role === 'HEAD')?.unitId ?? null,
    members: l.members
      .map((m) => ({ unitId: m.unitId, name: names.get(m.unitId) ?? '', role: m.role }))
      .sort((a, b) => order[a.role] - order[b.role] || a.name.localeCompare(b.name, 'vi')),
    assignments,
    conflicts: conflicts.map((c) => ({
      scorerUnitId: c.scorerUnitId,
      targetUnitId: c.targetUnitId,
      reason: c.reason,
      declaredAt: c.declaredAt.toISOString(),
    })),
    sheets: sheets.map((s) => ({
      scorerUnitId: s.scorerUnitId,
      targetUnitId: s.targetUnitId,
      submittedAt: s.submittedAt.toISOString(),
      version: s.version,
    })),
  };
}

/** Runs the aggregation engine over the round's stored sheets, conflicts and template. */
export async function computeRound(db: Executor, l: LoadedRound): Promise<AggregateResult> {
  const { round, cluster } = l;
  const names = await namesOf(
    db,
    l.members.map((m) => m.unitId),
    `${cluster.year}-12-31`,
  );
  const groups = await db
    .select()
    .from(scoringCriteriaGroups)
    .where(eq(scoringCriteriaGroups.templateId, round.templateId))
    .orderBy(asc(scoringCriteriaGroups.position));
  const criteria = await db
    .select()
    .from(scoringCriteria)
    .where(eq(scoringCriteria.templateId, round.templateId))
    .orderBy(asc(scoringCriteria.position));
  const scores = await db
    .select({
      scorerId: scoringSheets.scorerUnitId,
      targetId: scoringSheets.targetUnitId,
      criterionId: scoringScores.criterionId,
      points: scoringScores.points,
    })
    .from(scoringScores)
    .innerJoin(scoringSheets, eq(scoringSheets.id, scoringScores.sheetId))
    .where(eq(scoringSheets.roundId, round.id));
  const recusals = await db
    .select({ scorerId: scoringConflicts.scorerUnitId, targetId: scoringConflicts.targetUnitId })
    .from(scoringConflicts)
    .where(eq(scoringConflicts.roundId, round.id));
  const memberIds = new Set(l.members.map((m) => m.unitId));
  return aggregateScores({
    units: l.members.map((m) => ({ id: m.unitId, name: names.get(m.unitId) ?? '' })),
    groups: groups.map((g) => ({ id: g.id, name: g.name })),
    criteria: criteria.map((c) => ({ id: c.id, groupId: c.groupId, name: c.name, maxPoints: c.maxPoints })),
    // A unit removed from the cluster after scoring no longer counts as a target.
    scores: scores.filter((s) => memberIds.has(s.targetId)),
    recusals,
    config: configOf(round),
  });
}

/** The latest stored result version, if published. */
export async function latestResult(db: Executor, roundId: string) {
  const [r] = await db
    .select()
    .from(scoringResults)
    .where(and(eq(scoringResults.roundId, roundId)))
    .orderBy(desc(scoringResults.version))
    .limit(1);
  return r ?? null;
}
