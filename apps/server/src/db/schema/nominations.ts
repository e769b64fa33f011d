import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { eligibilityResults, files, persons, units } from './index';
import { movements } from './movements';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const legalDate = (name: string) => date(name, { mode: 'string' });
const createdAt = () => ts('created_at').notNull().defaultNow();

/**
 * Hồ sơ đề nghị khen thưởng: one unit's submission to a receiving body (the level that appraises and decides).
 * Its status is derived from the step rows of its nominations (`nomination_steps`).
 */
export const dossiers = pgTable(
  'dossiers',
  {
    id: uuid('id').primaryKey(),
    title: text('title').notNull(),
    proposingUnitId: uuid('proposing_unit_id')
      .notNull()
      .references(() => units.id),
    receivingUnitId: uuid('receiving_unit_id')
      .notNull()
      .references(() => units.id),
    /** `THUONG` (thủ tục thông thường) or `DON_GIAN` (thủ tục đơn giản, Luật 2022 Điều 85). */
    procedure: text('procedure').notNull().default('THUONG'),
    /** Ground for the simplified procedure (NĐ 98 Điều 40 kh1): POLITICAL_TASK, DISCOVERED_BY_HEAD, STATE_SECRET. */
    simplifiedGround: text('simplified_ground'),
    /** Loại hình khen thưởng (rules AWARD_TYPES): THUONG_XUYEN, CHUYEN_DE, DOT_XUAT, … */
    awardType: text('award_type').notNull(),
    year: integer('year').notNull(),
    occasion: text('occasion'),
    /** Hạn nộp hồ sơ to the receiving body; a deadline on a day off moves to the next working day. */
    deadline: legalDate('deadline'),
    /** Phong trào thi đua the dossier answers. */
    movementId: uuid('movement_id').references(() => movements.id),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('dossiers_proposing_idx').on(t.proposingUnitId, t.year),
    index('dossiers_receiving_idx').on(t.receivingUnitId, t.year),
  ],
);

/**
 * Một người/tập thể được đề nghị cho một danh hiệu/hình thức (code from the rules catalogue), with the rules
 * engine's verdict at the time it was recorded. Status is derived from `nomination_steps`.
 */
export const nominations = pgTable(
  'nominations',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    personId: uuid('person_id').references(() => persons.id),
    unitId: uuid('unit_id').references(() => units.id),
    code: text('code').notNull(),
    periodFrom: integer('period_from').notNull(),
    periodTo: integer('period_to').notNull(),
    summary: text('summary'),
    position: integer('position').notNull(),
    /** Rules engine verdict: ELIGIBLE / INELIGIBLE / NEEDS_REVIEW (null = not evaluated, e.g. collectives). */
    outcome: text('outcome'),
    confirmed: boolean('confirmed'),
    reasons: jsonb('reasons'),
    rulesetVersion: text('ruleset_version'),
    eligibilityResultId: uuid('eligibility_result_id').references(() => eligibilityResults.id),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    index('nominations_dossier_idx').on(t.dossierId, t.position),
    index('nominations_person_idx').on(t.personId),
    index('nominations_unit_idx').on(t.unitId),
    check('nominations_one_nominee', sql`(${t.personId} IS NULL) <> (${t.unitId} IS NULL)`),
  ],
);

/** Append-only history of a nomination; the current status is derived from it (docs/ARCHITECTURE.md). */
export const nominationSteps = pgTable(
  'nomination_steps',
  {
    id: uuid('id').primaryKey(),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id),
    /** 1, 2, 3 … per nomination: the order of the steps (timestamps may tie). */
    seq: integer('seq').notNull(),
    step: text('step').notNull(),
    reason: text('reason'),
    data: jsonb('data'),
    actorId: uuid('actor_id'),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('nomination_steps_seq_idx').on(t.nominationId, t.seq)],
);

/**
 * Thành phần hồ sơ (Luật Điều 84/85): an uploaded or generated file for one component, of the dossier
 * (tờ trình, biên bản) or of one nomination (báo cáo thành tích, xác nhận). Removing sets `removed_at`.
 */
export const dossierAttachments = pgTable(
  'dossier_attachments',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    nominationId: uuid('nomination_id').references(() => nominations.id),
    component: text('component').notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    generated: boolean('generated').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    removedAt: ts('removed_at'),
    removedBy: uuid('removed_by'),
  },
  (t) => [index('dossier_attachments_dossier_idx').on(t.dossierId, t.component)],
);

/**
 * Công khai, lấy ý kiến: a nominee list posted by a body for the legal number of working days before its
 * council meets. `posted_on..closes_on` is the window (closes_on = last posting day; the council may meet
 * from `earliest_meeting_on`).
 */
export const consultations = pgTable(
  'consultations',
  {
    id: uuid('id').primaryKey(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => units.id),
    postedOn: legalDate('posted_on').notNull(),
    closesOn: legalDate('closes_on').notNull(),
    earliestMeetingOn: legalDate('earliest_meeting_on').notNull(),
    minWorkingDays: integer('min_working_days').notNull(),
    citation: text('citation').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    closedAt: ts('closed_at'),
    closedBy: uuid('closed_by'),
  },
  (t) => [
    uniqueIndex('consultations_slug_idx').on(t.slug),
    index('consultations_owner_idx').on(t.ownerUnitId),
  ],
);

export const consultationItems = pgTable(
  'consultation_items',
  {
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id),
    position: integer('position').notNull(),
  },
  (t) => [
    uniqueIndex('consultation_items_pk').on(t.consultationId, t.nominationId),
    index('consultation_items_nomination_idx').on(t.nominationId),
  ],
);

/**
 * Ý kiến của người dân: identified (name and contact required). `client_hash` is a keyed hash of the sender's
 * address, kept only for per-address limits. Triage: `category`, `answer`, `dismissed_at`.
 */
export const consultationFeedback = pgTable(
  'consultation_feedback',
  {
    id: uuid('id').primaryKey(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id),
    nominationId: uuid('nomination_id').references(() => nominations.id),
    name: text('name').notNull(),
    contact: text('contact').notNull(),
    content: text('content').notNull(),
    clientHash: text('client_hash').notNull(),
    receivedAt: ts('received_at').notNull().defaultNow(),
    category: text('category'),
    answer: text('answer'),
    answeredAt: ts('answered_at'),
    answeredBy: uuid('answered_by'),
    dismissedAt: ts('dismissed_at'),
    dismissedBy: uuid('dismissed_by'),
  },
  (t) => [
    index('consultation_feedback_consultation_idx').on(t.consultationId, t.receivedAt),
    index('consultation_feedback_client_idx').on(t.clientHash, t.receivedAt),
  ],
);
