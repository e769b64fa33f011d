import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { files, persons, units } from './index';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const legalDate = (name: string) => date(name, { mode: 'string' });
const createdAt = () => ts('created_at').notNull().defaultNow();

/**
 * Sổ đăng ký văn bản (NĐ 30 Điều 15): one numbering sequence of an issuing body for one symbol, restarting at 01
 * each 1 January. Also carries what the body prints in the header and the signature block by default.
 */
export const decisionRegisters = pgTable(
  'decision_registers',
  {
    id: uuid('id').primaryKey(),
    issuerUnitId: uuid('issuer_unit_id')
      .notNull()
      .references(() => units.id),
    /** Ký hiệu, e.g. "QĐ-UBND" (organisation data). */
    symbol: text('symbol').notNull(),
    name: text('name').notNull(),
    parentBody: text('parent_body'),
    issuingBody: text('issuing_body').notNull(),
    place: text('place').notNull(),
    /** Thẩm quyền ban hành line, e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH". */
    authority: text('authority').notNull(),
    /** Default signer office and level for the rules engine's authority check. */
    signerOffice: text('signer_office').notNull(),
    signerLevel: text('signer_level'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('decision_registers_issuer_symbol_uq').on(t.issuerUnitId, t.symbol)],
);

/** The last number used in a register per year; incremented inside the issuing transaction (no gaps). */
export const decisionRegisterCounters = pgTable(
  'decision_register_counters',
  {
    registerId: uuid('register_id')
      .notNull()
      .references(() => decisionRegisters.id),
    year: integer('year').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.registerId, t.year] })],
);

/**
 * Quyết định: khen thưởng, công nhận danh hiệu, đính chính, thu hồi. A draft may be edited; once issued it is never
 * edited — a correction or revocation is a new decision that references it. Status comes from `decision_steps`.
 */
export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey(),
    registerId: uuid('register_id')
      .notNull()
      .references(() => decisionRegisters.id),
    issuerUnitId: uuid('issuer_unit_id')
      .notNull()
      .references(() => units.id),
    /** KHEN_THUONG | CONG_NHAN_DANH_HIEU | DINH_CHINH | THU_HOI */
    kind: text('kind').notNull(),
    /** The act this one corrects or revokes. */
    refDecisionId: uuid('ref_decision_id'),
    subject: text('subject').notNull(),
    bases: jsonb('bases').$type<string[]>().notNull().default([]),
    /** Extra text of Điều 1 (e.g. what is corrected, why it is revoked). */
    content: text('content'),
    recipientsText: jsonb('recipients_text').$type<string[]>().notNull().default([]),
    signerOffice: text('signer_office').notNull(),
    signerLevel: text('signer_level'),
    signerAuthority: text('signer_authority'),
    signerTitle: text('signer_title').notNull(),
    signerName: text('signer_name').notNull(),
    /** The date the draft is planned for (amounts preview); the issue date replaces it. */
    plannedOn: legalDate('planned_on'),
    /** Set when issued (numbered). */
    year: integer('year'),
    number: integer('number'),
    numberText: text('number_text'),
    decidedOn: legalDate('decided_on'),
    campaignId: uuid('campaign_id'),
    signedFileId: uuid('signed_file_id').references(() => files.id),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('decisions_register_year_number_uq').on(t.registerId, t.year, t.number),
    index('decisions_issuer_idx').on(t.issuerUnitId, t.decidedOn),
    index('decisions_ref_idx').on(t.refDecisionId),
  ],
);

/** Step rows: DRAFTED → ISSUED → SIGNED_COPY_UPLOADED (status = the latest). */
export const decisionSteps = pgTable(
  'decision_steps',
  {
    id: uuid('id').primaryKey(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id),
    step: text('step').notNull(),
    at: ts('at').notNull(),
    actorId: uuid('actor_id'),
    note: text('note'),
    fileId: uuid('file_id').references(() => files.id),
  },
  (t) => [index('decision_steps_decision_idx').on(t.decisionId, t.at)],
);

/** One line of the danh sách kèm theo: a person or a collective, the title/form, period and cash amount. */
export const decisionRecipients = pgTable(
  'decision_recipients',
  {
    id: uuid('id').primaryKey(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id),
    ordinal: integer('ordinal').notNull(),
    /** INDIVIDUAL | COLLECTIVE | HOUSEHOLD */
    recipientKind: text('recipient_kind').notNull(),
    personId: uuid('person_id').references(() => persons.id),
    unitId: uuid('unit_id').references(() => units.id),
    name: text('name').notNull(),
    position: text('position'),
    unitName: text('unit_name'),
    code: text('code').notNull(),
    periodFrom: integer('period_from'),
    periodTo: integer('period_to'),
    achievement: text('achievement'),
    amountVnd: bigint('amount_vnd', { mode: 'number' }),
    coefficient: real('coefficient'),
    baseSalaryVnd: bigint('base_salary_vnd', { mode: 'number' }),
    amountNote: text('amount_note'),
    /** The nomination this line comes from, once nominations exist. */
    nominationId: uuid('nomination_id'),
    /** The registry row written when the decision was issued. */
    awardId: uuid('award_id'),
  },
  (t) => [
    uniqueIndex('decision_recipients_decision_ordinal_uq').on(t.decisionId, t.ordinal),
    index('decision_recipients_person_idx').on(t.personId),
  ],
);

/** Quỹ thi đua, khen thưởng: allocations in, payments out, per body and year. Append-only. */
export const rewardFundEntries = pgTable(
  'reward_fund_entries',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    /** ALLOCATION (in) | PAYMENT (out) */
    kind: text('kind').notNull(),
    amountVnd: bigint('amount_vnd', { mode: 'number' }).notNull(),
    on: legalDate('on').notNull(),
    decisionId: uuid('decision_id').references(() => decisions.id),
    description: text('description').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    index('reward_fund_entries_unit_year_idx').on(t.unitId, t.year),
    uniqueIndex('reward_fund_entries_payment_uq').on(t.decisionId, t.kind),
  ],
);
