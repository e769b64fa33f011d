import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts, files, persons, units } from './index';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const legalDate = (name: string) => date(name, { mode: 'string' });
const createdAt = () => ts('created_at').notNull().defaultNow();
const updatedAt = () => ts('updated_at').notNull().defaultNow();
/** A measured value: numbers and percentages in `num`, milestone dates in `day`, yes/no in `flag`. */
const num = (name: string) => numeric(name, { precision: 18, scale: 4, mode: 'number' });

/**
 * Phong trào thi đua / đợt thi đua (Luật TĐKT 2022 Điều 16–18). Its phase (draft, launched, sơ kết, tổng kết,
 * closed) is derived from `movement_steps`, never stored here.
 */
export const movements = pgTable(
  'movements',
  {
    id: uuid('id').primaryKey(),
    /** URL name for the public portal (/phong-trao/:slug); stable once launched. */
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** THUONG_XUYEN (hằng năm) | CHUYEN_DE | DOT (đợt thi đua = chuyên đề with a time box). */
    kind: text('kind').notNull(),
    year: integer('year'),
    launchingUnitId: uuid('launching_unit_id')
      .notNull()
      .references(() => units.id),
    /** Biểu 0601.N column: TRUNG_UONG | BO_NGANH_TINH | CO_QUAN_DON_VI. */
    launchLevel: text('launch_level').notNull(),
    /** Điều 16 kh2: TOAN_QUOC | BO_NGANH_DIA_PHUONG | CUM_KHOI | CO_QUAN_DON_VI. */
    scope: text('scope').notNull(),
    signerName: text('signer_name'),
    signerPosition: text('signer_position'),
    launchDate: legalDate('launch_date'),
    launchEvent: text('launch_event'),
    startDate: legalDate('start_date'),
    endDate: legalDate('end_date'),
    registrationDeadline: legalDate('registration_deadline'),
    objectives: text('objectives'),
    targetGroups: text('target_groups'),
    criteria: text('criteria'),
    plan: text('plan'),
    measures: text('measures'),
    occasion: text('occasion'),
    relatedPlans: text('related_plans'),
    /** Tổng kết: what came of it, written when closing. */
    summary: text('summary'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('movements_slug_uq').on(t.slug),
    index('movements_launching_unit_idx').on(t.launchingUnitId),
    index('movements_name_trgm').using('gin', sql`vd_norm(${t.name}) gin_trgm_ops`),
  ],
);

/** Workflow step rows of a movement: LAUNCH, SO_KET, TONG_KET, CLOSE (auto = advanced by a background job). */
export const movementSteps = pgTable(
  'movement_steps',
  {
    id: uuid('id').primaryKey(),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id),
    kind: text('kind').notNull(),
    /** The legal date the step takes effect. */
    onDate: legalDate('on_date').notNull(),
    auto: boolean('auto').notNull().default(false),
    note: text('note'),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('movement_steps_kind_uq').on(t.movementId, t.kind)],
);

/** What the officer picked as participants: a subtree, a cluster or one unit. */
export const movementParticipantPicks = pgTable(
  'movement_participant_picks',
  {
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id),
    /** SUBTREE | CLUSTER | UNIT */
    kind: text('kind').notNull(),
    refId: uuid('ref_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.movementId, t.kind, t.refId] })],
);

/** The resolved participating units (the picks expanded when saved). */
export const movementUnits = pgTable(
  'movement_units',
  {
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.movementId, t.unitId] }), index('movement_units_unit_idx').on(t.unitId)],
);

/** Nội dung thi đua: a content item with a measurable target (NUMBER | PERCENT | DATE | BOOLEAN) and an owner. */
export const movementItems = pgTable(
  'movement_items',
  {
    id: uuid('id').primaryKey(),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id),
    seq: integer('seq').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    targetType: text('target_type').notNull(),
    targetNum: num('target_num'),
    targetDay: legalDate('target_day'),
    targetFlag: boolean('target_flag'),
    /** Đơn vị tính (người, hộ, %, …) for numbers. */
    measureUnit: text('measure_unit'),
    ownerUnitId: uuid('owner_unit_id').references(() => units.id),
    ownerName: text('owner_name'),
    evidenceRequired: boolean('evidence_required').notNull().default(false),
  },
  (t) => [index('movement_items_movement_idx').on(t.movementId, t.seq)],
);

/** Mốc thời gian: SO_KET, TONG_KET (advance the phase), SU_KIEN (occasion milestones, e.g. an Đại hội). */
export const movementMilestones = pgTable(
  'movement_milestones',
  {
    id: uuid('id').primaryKey(),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    onDate: legalDate('on_date').notNull(),
    /** When the background job processed it (phase advanced / logged). */
    reachedAt: ts('reached_at'),
  },
  (t) => [index('movement_milestones_movement_idx').on(t.movementId, t.onDate)],
);

/** Kỳ báo cáo tiến độ: units report each target's value as of `asOf`, due by `dueDate`. */
export const movementReportPeriods = pgTable(
  'movement_report_periods',
  {
    id: uuid('id').primaryKey(),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id),
    seq: integer('seq').notNull(),
    name: text('name').notNull(),
    asOf: legalDate('as_of').notNull(),
    dueDate: legalDate('due_date').notNull(),
  },
  (t) => [index('movement_report_periods_movement_idx').on(t.movementId, t.seq)],
);

/** Attachments (kế hoạch, công văn phát động, …) stored through the files service. */
export const movementFiles = pgTable(
  'movement_files',
  {
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    /** KE_HOACH | CONG_VAN | KHAC */
    kind: text('kind').notNull(),
    title: text('title'),
  },
  (t) => [primaryKey({ columns: [t.movementId, t.fileId] })],
);

/** Đăng ký thi đua of one unit in one movement. Status is derived from `registration_steps`. */
export const registrations = pgTable(
  'registrations',
  {
    id: uuid('id').primaryKey(),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** Danh hiệu tập thể đăng ký (a code of the rules catalogue). */
    pledgedTitle: text('pledged_title'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('registrations_movement_unit_uq').on(t.movementId, t.unitId),
    index('registrations_unit_idx').on(t.unitId),
  ],
);

/** Steps: REQUEST_APPROVAL (clerk → head), SUBMIT (head approves, sends up), RETURN (with reason), ACCEPT. */
export const registrationSteps = pgTable(
  'registration_steps',
  {
    id: uuid('id').primaryKey(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id),
    kind: text('kind').notNull(),
    reason: text('reason'),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('registration_steps_registration_idx').on(t.registrationId, t.at)],
);

/** Individuals in a registration and the title each pledges. */
export const registrationPersons = pgTable(
  'registration_persons',
  {
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    pledgedTitle: text('pledged_title').notNull(),
  },
  (t) => [primaryKey({ columns: [t.registrationId, t.personId] })],
);

/** The unit's own target per content item (typed like the item's target). */
export const registrationTargets = pgTable(
  'registration_targets',
  {
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => movementItems.id),
    valueNum: num('value_num'),
    valueDay: legalDate('value_day'),
    valueFlag: boolean('value_flag'),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.registrationId, t.itemId] })],
);

/** Báo cáo tiến độ of one unit for one reporting period. */
export const progressReports = pgTable(
  'progress_reports',
  {
    id: uuid('id').primaryKey(),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id),
    periodId: uuid('period_id')
      .notNull()
      .references(() => movementReportPeriods.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    note: text('note'),
    submittedAt: ts('submitted_at').notNull(),
    /** The Vietnam date of submission, compared with the period's due date. */
    submittedOn: legalDate('submitted_on').notNull(),
    submittedBy: uuid('submitted_by'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('progress_reports_period_unit_uq').on(t.periodId, t.unitId),
    index('progress_reports_movement_idx').on(t.movementId, t.unitId),
  ],
);

export const progressValues = pgTable(
  'progress_values',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => progressReports.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => movementItems.id),
    valueNum: num('value_num'),
    valueDay: legalDate('value_day'),
    valueFlag: boolean('value_flag'),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.itemId] })],
);

/** Evidence files of a progress report, optionally tied to one content item. */
export const progressEvidence = pgTable(
  'progress_evidence',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => progressReports.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    itemId: uuid('item_id').references(() => movementItems.id),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.fileId] })],
);

/**
 * In-app notifications (hộp thư). Addressed to one account or to a unit (every account granted a role on
 * exactly that unit sees it, including accounts created later). Read state per account.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    recipientAccountId: uuid('recipient_account_id').references(() => accounts.id),
    recipientUnitId: uuid('recipient_unit_id').references(() => units.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body'),
    /** Staff-app path to open (e.g. /phong-trao/:id). */
    link: text('link'),
    entity: text('entity'),
    entityId: text('entity_id'),
    createdAt: createdAt(),
    emailedAt: ts('emailed_at'),
  },
  (t) => [
    index('notifications_account_idx').on(t.recipientAccountId, t.createdAt),
    index('notifications_unit_idx').on(t.recipientUnitId, t.createdAt),
  ],
);

export const notificationReads = pgTable(
  'notification_reads',
  {
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    readAt: ts('read_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.notificationId, t.accountId] })],
);
