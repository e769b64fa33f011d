import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts, clusters, units } from './index';
import { movements } from './movements';

// References to tables of index.ts stay lazy (arrow functions): index.ts re-exports this file.
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const legalDate = (name: string) => date(name, { mode: 'string' });
const points = (name: string) => numeric(name, { precision: 7, scale: 2, mode: 'number' });

/** Mẫu chấm điểm thi đua: criteria groups and criteria with their maximum points. */
export const scoringTemplates = pgTable('scoring_templates', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  /** The unit whose officers own the template (scope for editing). */
  ownerUnitId: uuid('owner_unit_id')
    .notNull()
    .references(() => units.id),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const scoringCriteriaGroups = pgTable(
  'scoring_criteria_groups',
  {
    id: uuid('id').primaryKey(),
    templateId: uuid('template_id')
      .notNull()
      .references(() => scoringTemplates.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
  },
  (t) => [index('scoring_criteria_groups_template_idx').on(t.templateId, t.position)],
);

export const scoringCriteria = pgTable(
  'scoring_criteria',
  {
    id: uuid('id').primaryKey(),
    templateId: uuid('template_id')
      .notNull()
      .references(() => scoringTemplates.id),
    groupId: uuid('group_id')
      .notNull()
      .references(() => scoringCriteriaGroups.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    guidance: text('guidance'),
    maxPoints: points('max_points').notNull(),
    evidenceRequired: boolean('evidence_required').notNull().default(false),
  },
  (t) => [index('scoring_criteria_template_idx').on(t.templateId, t.position)],
);

/**
 * Đợt chấm điểm: a template attached to a cluster/block for a year (and, optionally, a movement), with the
 * aggregation settings. Its status is derived from `scoring_round_steps`.
 */
export const scoringRounds = pgTable(
  'scoring_rounds',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    templateId: uuid('template_id')
      .notNull()
      .references(() => scoringTemplates.id),
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => clusters.id),
    /** The movement scored, when the round belongs to one (phong trào). */
    movementId: uuid('movement_id').references(() => movements.id),
    year: integer('year').notNull(),
    /** MEAN | DROP_HIGH_LOW | MEDIAN | TRIMMED */
    method: text('method').notNull(),
    trimK: integer('trim_k').notNull().default(1),
    /** Share of the self-score, 0..1. */
    selfWeight: numeric('self_weight', { precision: 4, scale: 3, mode: 'number' }).notNull(),
    /** GROUP_ORDER | NONE */
    tieBreak: text('tie_break').notNull(),
    scoringDueOn: legalDate('scoring_due_on'),
    /** Days the appeal window (phúc khảo) stays open after results are published. */
    appealDays: integer('appeal_days').notNull(),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('scoring_rounds_cluster_idx').on(t.clusterId),
    index('scoring_rounds_movement_idx').on(t.movementId),
  ],
);

/** OPEN (scoring starts) | PUBLISH (results shown, appeal window opens, `appeal_until`). */
export const scoringRoundSteps = pgTable(
  'scoring_round_steps',
  {
    id: uuid('id').primaryKey(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => scoringRounds.id),
    kind: text('kind').notNull(),
    on: legalDate('on').notNull(),
    appealUntil: legalDate('appeal_until'),
    actorId: uuid('actor_id').references(() => accounts.id),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('scoring_round_steps_kind_uq').on(t.roundId, t.kind)],
);

/** Phân công chấm chéo: scorer unit → target unit, both members of the round's cluster, never the same unit. */
export const scoringAssignments = pgTable(
  'scoring_assignments',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => scoringRounds.id),
    scorerUnitId: uuid('scorer_unit_id')
      .notNull()
      .references(() => units.id),
    targetUnitId: uuid('target_unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [uniqueIndex('scoring_assignments_uq').on(t.roundId, t.scorerUnitId, t.targetUnitId)],
);

/** Khai báo xung đột lợi ích: the scorer is recused from scoring the target. */
export const scoringConflicts = pgTable(
  'scoring_conflicts',
  {
    id: uuid('id').primaryKey(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => scoringRounds.id),
    scorerUnitId: uuid('scorer_unit_id')
      .notNull()
      .references(() => units.id),
    targetUnitId: uuid('target_unit_id')
      .notNull()
      .references(() => units.id),
    reason: text('reason').notNull(),
    declaredBy: uuid('declared_by').references(() => accounts.id),
    declaredAt: ts('declared_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('scoring_conflicts_uq').on(t.roundId, t.scorerUnitId, t.targetUnitId)],
);

/** Phiếu chấm: one scorer's scores on one target (scorer = target: tự chấm). Resubmitting replaces it. */
export const scoringSheets = pgTable(
  'scoring_sheets',
  {
    id: uuid('id').primaryKey(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => scoringRounds.id),
    scorerUnitId: uuid('scorer_unit_id')
      .notNull()
      .references(() => units.id),
    targetUnitId: uuid('target_unit_id')
      .notNull()
      .references(() => units.id),
    submittedBy: uuid('submitted_by').references(() => accounts.id),
    submittedAt: ts('submitted_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('scoring_sheets_uq').on(t.roundId, t.scorerUnitId, t.targetUnitId)],
);

export const scoringScores = pgTable(
  'scoring_scores',
  {
    sheetId: uuid('sheet_id')
      .notNull()
      .references(() => scoringSheets.id),
    criterionId: uuid('criterion_id')
      .notNull()
      .references(() => scoringCriteria.id),
    points: points('points').notNull(),
    note: text('note'),
    /** Evidence files (ids in `files`), for self-scores of criteria that require evidence. */
    evidenceFileIds: jsonb('evidence_file_ids').$type<string[]>().notNull().default([]),
  },
  (t) => [uniqueIndex('scoring_scores_uq').on(t.sheetId, t.criterionId)],
);

/**
 * Kết quả chấm điểm: each publication or rescoring stores a new version (ranking with totals, groups and tie
 * explanations); the latest version is the current result.
 */
export const scoringResults = pgTable(
  'scoring_results',
  {
    id: uuid('id').primaryKey(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => scoringRounds.id),
    version: integer('version').notNull(),
    methodText: text('method_text').notNull(),
    ranking: jsonb('ranking').notNull(),
    /** PUBLISH | APPEAL (with the appeal id). */
    reason: text('reason').notNull(),
    appealId: uuid('appeal_id'),
    computedAt: ts('computed_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('scoring_results_version_uq').on(t.roundId, t.version)],
);

/** Phúc khảo: a unit contests its result within the appeal window; an officer resolves it. */
export const scoringAppeals = pgTable(
  'scoring_appeals',
  {
    id: uuid('id').primaryKey(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => scoringRounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    criterionId: uuid('criterion_id').references(() => scoringCriteria.id),
    reason: text('reason').notNull(),
    filedBy: uuid('filed_by').references(() => accounts.id),
    filedAt: ts('filed_at').notNull().defaultNow(),
    /** ACCEPTED | REJECTED, null while pending. */
    outcome: text('outcome'),
    response: text('response'),
    resolvedBy: uuid('resolved_by').references(() => accounts.id),
    resolvedAt: ts('resolved_at'),
    /** Corrections applied when accepted: [{ scorerUnitId, criterionId, before, after }]. */
    corrections: jsonb('corrections'),
  },
  (t) => [index('scoring_appeals_round_idx').on(t.roundId)],
);

/**
 * Đề xuất đơn vị dẫn đầu cụm/khối by the cluster head, from a final result. The nominations area reads it
 * (e.g. towards Cờ thi đua, `title_code` from the rules catalogue). Withdrawn proposals keep their row.
 */
export const scoringProposals = pgTable(
  'scoring_proposals',
  {
    id: uuid('id').primaryKey(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => scoringRounds.id),
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => clusters.id),
    year: integer('year').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    titleCode: text('title_code'),
    rank: integer('rank').notNull(),
    total: points('total').notNull(),
    resultVersion: integer('result_version').notNull(),
    reason: text('reason').notNull(),
    proposedBy: uuid('proposed_by').references(() => accounts.id),
    proposedAt: ts('proposed_at').notNull().defaultNow(),
    withdrawnAt: ts('withdrawn_at'),
  },
  (t) => [index('scoring_proposals_cluster_idx').on(t.clusterId, t.year)],
);
