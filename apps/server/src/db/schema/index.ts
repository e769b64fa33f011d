import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const legalDate = (name: string) => date(name, { mode: 'string' });
const createdAt = () => ts('created_at').notNull().defaultNow();
const updatedAt = () => ts('updated_at').notNull().defaultNow();

/** Đơn vị: the stable identity of a unit. Its name and parent are effective-dated in `unit_versions`. */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    kind: text('kind').notNull(),
    hasLegalPersonality: boolean('has_legal_personality').notNull().default(false),
    validFrom: legalDate('valid_from').notNull(),
    validTo: legalDate('valid_to'),
    field: text('field'),
    address: text('address'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('units_code_uq').on(t.code)],
);

/** One (name, parent) period of a unit; periods of one unit never overlap. */
export const unitVersions = pgTable(
  'unit_versions',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    validFrom: legalDate('valid_from').notNull(),
    validTo: legalDate('valid_to'),
    name: text('name').notNull(),
    shortName: text('short_name'),
    parentId: uuid('parent_id').references(() => units.id),
  },
  (t) => [
    index('unit_versions_unit_idx').on(t.unitId, t.validFrom),
    index('unit_versions_parent_idx').on(t.parentId),
    index('unit_versions_name_trgm').using('gin', sql`vd_norm(${t.name}) gin_trgm_ops`),
  ],
);

/** Sự kiện tổ chức: rename, merge, split, dissolve, transfer — with date and legal basis. */
export const lineageEvents = pgTable('lineage_events', {
  id: uuid('id').primaryKey(),
  kind: text('kind').notNull(),
  eventDate: legalDate('event_date').notNull(),
  legalBasis: text('legal_basis').notNull(),
  note: text('note'),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
});

export const lineageEventUnits = pgTable(
  'lineage_event_units',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => lineageEvents.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    side: text('side').notNull(), // 'FROM' | 'TO'
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.unitId, t.side] }),
    index('lineage_event_units_unit_idx').on(t.unitId),
  ],
);

/** Cụm/khối thi đua for one year. */
export const clusters = pgTable(
  'clusters',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    organiserId: uuid('organiser_id')
      .notNull()
      .references(() => units.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('clusters_year_idx').on(t.year)],
);

export const clusterMembers = pgTable(
  'cluster_members',
  {
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => clusters.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    role: text('role').notNull(), // HEAD | DEPUTY | MEMBER
  },
  (t) => [primaryKey({ columns: [t.clusterId, t.unitId] })],
);

/** Cá nhân. Awards follow the person across units. */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey(),
    fullName: text('full_name').notNull(),
    /** Vietnamese list order: given name first, then the full name, without diacritics. */
    nameSort: text('name_sort').notNull(),
    sex: text('sex').notNull(),
    dateOfBirth: legalDate('date_of_birth'),
    ethnicity: text('ethnicity').notNull().default('Kinh'),
    nationalId: text('national_id'),
    staffCode: text('staff_code'),
    status: text('status').notNull().default('DANG_CONG_TAC'),
    email: text('email'),
    phone: text('phone'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('persons_national_id_uq').on(t.nationalId),
    uniqueIndex('persons_staff_code_uq').on(t.staffCode),
    index('persons_name_trgm').using('gin', sql`vd_norm(${t.fullName}) gin_trgm_ops`),
    index('persons_name_sort_idx').on(t.nameSort, t.id),
  ],
);

/** Quá trình công tác: employment periods (inclusive dates). */
export const employments = pgTable(
  'employments',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    dateFrom: legalDate('date_from').notNull(),
    dateTo: legalDate('date_to'),
    position: text('position').notNull(),
    isLeader: boolean('is_leader').notNull().default(false),
    isDirectWorker: boolean('is_direct_worker').notNull().default(true),
  },
  (t) => [
    index('employments_person_idx').on(t.personId),
    index('employments_unit_idx').on(t.unitId, t.dateTo),
    // statistical reports: a person's employment on a decision date, answered from the index alone
    index('employments_report_idx').on(
      t.personId,
      t.dateFrom,
      t.dateTo,
      t.unitId,
      t.isLeader,
      t.isDirectWorker,
    ),
  ],
);

export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey(),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    personId: uuid('person_id').references(() => persons.id),
    /** Where notifications with an email-worthy kind go when SMTP is configured (optional). */
    email: text('email'),
    disabled: boolean('disabled').notNull().default(false),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: ts('locked_until'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('accounts_username_uq').on(t.username)],
);

/** A role granted on a unit subtree. */
export const roleGrants = pgTable(
  'role_grants',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    role: text('role').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [index('role_grants_account_idx').on(t.accountId)],
);

/** Sessions: the cookie holds a random token; only its SHA-256 is stored. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    revokedAt: ts('revoked_at'),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);

/** Login throttling per client address (per-account lockout lives on `accounts`). */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStart: ts('window_start').notNull().defaultNow(),
});

/** Nhật ký: append-only, hash-chained (hash = sha256(prevHash + canonical row)). */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    at: ts('at').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId), index('audit_actor_idx').on(t.actorId)],
);

/** Background jobs stored in the database; claimed with FOR UPDATE SKIP LOCKED; resumable via `checkpoint`. */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    status: text('status').notNull().default('QUEUED'),
    payload: jsonb('payload').notNull(),
    checkpoint: jsonb('checkpoint'),
    progress: integer('progress').notNull().default(0),
    total: integer('total'),
    result: jsonb('result'),
    error: jsonb('error'),
    attempts: integer('attempts').notNull().default(0),
    runAfter: ts('run_after').notNull().defaultNow(),
    lockedBy: text('locked_by'),
    lockedUntil: ts('locked_until'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('jobs_claim_idx').on(t.status, t.runAfter)],
);

/** Attachments: metadata here, bytes behind the storage interface. */
export const files = pgTable('files', {
  id: uuid('id').primaryKey(),
  storageKey: text('storage_key').notNull(),
  filename: text('filename').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
});

export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: updatedAt(),
});

/**
 * Kết quả một năm của cá nhân: mức độ hoàn thành nhiệm vụ, danh hiệu đã công nhận, kỷ luật, vắng mặt, sáng kiến.
 * The facts the rules engine reads for that achievement year.
 */
export const personYearRecords = pgTable(
  'person_year_records',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    year: integer('year').notNull(),
    rating: text('rating'),
    discipline: text('discipline'),
    disciplineDecidedOn: legalDate('discipline_decided_on'),
    absences: jsonb('absences').notNull().default([]),
    initiatives: jsonb('initiatives').notNull().default([]),
    titles: text('titles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('person_year_records_person_year_uq').on(t.personId, t.year)],
);

/**
 * Sổ khen thưởng: every award or title decision, for a person or a collective (unit). Awards follow the
 * person across units; `period_from..period_to` are the achievement years the decision covers.
 */
export const awards = pgTable(
  'awards',
  {
    id: uuid('id').primaryKey(),
    /** INDIVIDUAL (person_id), COLLECTIVE (unit_id, or a named collective of recipient_unit_id) or HOUSEHOLD. */
    recipientKind: text('recipient_kind').notNull().default('INDIVIDUAL'),
    personId: uuid('person_id').references(() => persons.id),
    unitId: uuid('unit_id').references(() => units.id),
    /** Snapshots at the decision date: the name, position and unit as the decision printed them. */
    recipientName: text('recipient_name').notNull(),
    recipientPosition: text('recipient_position'),
    recipientUnitId: uuid('recipient_unit_id').references(() => units.id),
    recipientUnitName: text('recipient_unit_name'),
    /** vd_norm(recipient_name), stored so a trigram match never recomputes unaccent per row. */
    searchName: text('search_name')
      .notNull()
      .generatedAlwaysAs(sql`vd_norm(recipient_name)`),
    code: text('code').notNull(),
    /** The issuing decision when it was made in the system (decisions table); null for historical entries. */
    decisionId: uuid('decision_id'),
    decisionNumber: text('decision_number').notNull(),
    decidedOn: legalDate('decided_on').notNull(),
    signer: text('signer'),
    issuerUnitId: uuid('issuer_unit_id').references(() => units.id),
    issuerName: text('issuer_name'),
    /** Số vào sổ printed on the certificate. */
    certificateNumber: text('certificate_number'),
    periodFrom: integer('period_from'),
    periodTo: integer('period_to'),
    type: text('type').notNull().default('THUONG_XUYEN'),
    achievement: text('achievement'),
    /**
     * For an individual: the person's employment on the decision date (else the latest earlier one) — its unit and
     * whether they led it or worked directly. Statistics attribute the award by it. Kept by database triggers on
     * awards and employments (migration 0014), so it stays right when an employment is entered or corrected later.
     */
    attrUnitId: uuid('attr_unit_id'),
    attrIsLeader: boolean('attr_is_leader'),
    attrIsDirectWorker: boolean('attr_is_direct_worker'),
    /** Public verification code (QR → /verify/:code): 12 Crockford base32 characters, 60 random bits. */
    verifyCode: text('verify_code').notNull(),
    /** DECISION (issued here), IMPORT (Excel) or MANUAL (typed in). */
    source: text('source').notNull().default('MANUAL'),
    /** Revocation is a new act: its date, number and reason; the row itself is never deleted. */
    revokedAt: ts('revoked_at'),
    revokedOn: legalDate('revoked_on'),
    revokedByDecisionId: uuid('revoked_by_decision_id'),
    revokedByDecisionNumber: text('revoked_by_decision_number'),
    revocationReason: text('revocation_reason'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    index('awards_person_idx').on(t.personId, t.decidedOn),
    index('awards_unit_idx').on(t.unitId, t.decidedOn),
    uniqueIndex('awards_verify_code_uq').on(t.verifyCode),
    index('awards_search_name_trgm').using('gin', sql`${t.searchName} gin_trgm_ops`),
    // Newest-first walk of the registry search. The migration adds INCLUDE (the columns the search filters on)
    // so the walk is an index-only scan; drizzle-kit cannot express INCLUDE.
    index('awards_recent_idx').on(t.decidedOn, t.id),
    index('awards_recipient_unit_idx').on(t.recipientUnitId, t.decidedOn),
    index('awards_decision_number_idx').on(t.decisionNumber),
    index('awards_decision_idx').on(t.decisionId),
    index('awards_code_idx').on(t.code, t.decidedOn),
    // statistical reports (Biểu 0602/0603, dashboards): awards of some forms decided in a period, answered
    // from the index alone (index-only scan)
    index('awards_report_idx').on(
      t.code,
      t.decidedOn,
      t.type,
      t.recipientKind,
      t.personId,
      t.unitId,
      t.recipientUnitId,
      t.revokedAt,
      t.attrUnitId,
      t.attrIsLeader,
      t.attrIsDirectWorker,
      t.id,
    ),
  ],
);

/** A stored eligibility answer: facts, trace and ruleset version, so a past answer can be reproduced. */
export const eligibilityResults = pgTable(
  'eligibility_results',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    target: text('target').notNull(),
    achievementYear: integer('achievement_year').notNull(),
    proposedOn: legalDate('proposed_on').notNull(),
    rulesetVersion: text('ruleset_version').notNull(),
    outcome: text('outcome').notNull(),
    confirmed: boolean('confirmed').notNull(),
    facts: jsonb('facts').notNull(),
    reasons: jsonb('reasons').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('eligibility_results_person_idx').on(t.personId, t.achievementYear, t.target)],
);

/**
 * A province's dated, cited value for a parameter the law delegates (Luật TĐKT 2022 lets the province set it).
 * Never deleted: revoking sets revoked_at, so a stored eligibility answer can name the override it used.
 */
export const parameterOverrides = pgTable(
  'parameter_overrides',
  {
    id: uuid('id').primaryKey(),
    parameter: text('parameter').notNull(),
    validFrom: legalDate('valid_from').notNull(),
    validTo: legalDate('valid_to'),
    value: jsonb('value'),
    reference: text('reference').notNull(),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    revokedAt: ts('revoked_at'),
    revokedBy: uuid('revoked_by'),
  },
  (t) => [index('parameter_overrides_parameter_idx').on(t.parameter, t.validFrom)],
);

export * from './movements';
export * from './council';

export * from './decisions';
/**
 * Data version counters: statement-level triggers bump a counter in the same transaction as every change to the
 * tables behind it ('people': persons, employments, units, unit_versions), so a cached read result is valid exactly
 * while its counter is unchanged — on every app node, without a shared cache (lib/versioned-cache.ts, ADR 0008).
 */
export const dataVersions = pgTable('data_versions', {
  name: text('name').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});
export * from './reports';

export * from './nominations';
export * from './scoring';
export * from './portal';
export * from './notification-email';
export * from './certificates';
export * from './portal-publishing';
