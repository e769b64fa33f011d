/**
 * Hội đồng Thi đua – Khen thưởng: councils, members per term, meetings with an agenda, conflicts, and the secret
 * ballot (ADR 0007). The ballot tables never hold an account, a person, a timestamp or a time-ordered id:
 * `ballot_token_issues` says THAT a member took a token for an item, `ballot_box` holds what was cast (random
 * UUIDv4 ids) until the meeting closes, `ballots` is the published list (inserted sorted by token id).
 */
import {
  boolean,
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
import { accounts, persons, units } from './index';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const legalDate = (name: string) => date(name, { mode: 'string' });

/** One council of a body (unit) for a term. */
export const councils = pgTable(
  'councils',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    termFrom: legalDate('term_from').notNull(),
    termTo: legalDate('term_to'),
    /** Quyết định thành lập / kiện toàn. */
    basis: text('basis').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('councils_unit_idx').on(t.unitId)],
);

/** A member's seat for a period (chair, vice-chair, member, secretary). */
export const councilMembers = pgTable(
  'council_members',
  {
    id: uuid('id').primaryKey(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    role: text('role').notNull(),
    position: text('position'),
    /** Counted in "tổng số thành viên" and may vote. */
    voting: boolean('voting').notNull().default(true),
    fromDate: legalDate('from_date').notNull(),
    toDate: legalDate('to_date'),
  },
  (t) => [
    index('council_members_council_idx').on(t.councilId),
    index('council_members_person_idx').on(t.personId),
  ],
);

export const councilMeetings = pgTable(
  'council_meetings',
  {
    id: uuid('id').primaryKey(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id),
    title: text('title').notNull(),
    meetingDate: legalDate('meeting_date').notNull(),
    location: text('location'),
    /** ONLINE (blind-signed tokens) or PAPER (fallback: counted by two officers). */
    method: text('method').notNull().default('ONLINE'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('council_meetings_council_idx').on(t.councilId)],
);

/** The meeting's state machine: status is derived from the latest step. */
export const councilMeetingSteps = pgTable(
  'council_meeting_steps',
  {
    id: uuid('id').primaryKey(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => councilMeetings.id),
    kind: text('kind').notNull(),
    at: ts('at').notNull(),
    actorId: uuid('actor_id').references(() => accounts.id),
    note: text('note'),
  },
  (t) => [index('council_meeting_steps_meeting_idx').on(t.meetingId, t.at)],
);

/** An agenda item: one nominee for one title or award form; one vote with its own RSA key. */
export const councilMeetingItems = pgTable(
  'council_meeting_items',
  {
    id: uuid('id').primaryKey(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => councilMeetings.id),
    position: integer('position').notNull(),
    nominationId: uuid('nomination_id'),
    nomineeName: text('nominee_name').notNull(),
    nomineeUnit: text('nominee_unit'),
    /** Title or award-form code of the rules catalogue (chooses the pass threshold). */
    awardCode: text('award_code').notNull(),
    summary: text('summary'),
    publicKey: jsonb('public_key'),
    /** PKCS#8 PEM while voting is open; set to null at close (destroyed). */
    privateKey: text('private_key'),
    keyDestroyedAt: ts('key_destroyed_at'),
  },
  (t) => [
    index('council_meeting_items_meeting_idx').on(t.meetingId, t.position),
    uniqueIndex('council_meeting_items_nomination_uq').on(t.meetingId, t.nominationId),
  ],
);

export const councilAttendance = pgTable(
  'council_attendance',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => councilMeetings.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id),
    present: boolean('present').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.memberId] })],
);

/** Conflict of interest declared for one item: the member is recused (gets no token, casts no written vote). */
export const councilConflicts = pgTable(
  'council_conflicts',
  {
    id: uuid('id').primaryKey(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => councilMeetingItems.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id),
    reason: text('reason').notNull(),
    declaredBy: uuid('declared_by').references(() => accounts.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('council_conflicts_uq').on(t.itemId, t.memberId)],
);

/** THAT a member took a token for an item. Nothing about the token; no timestamp. */
export const ballotTokenIssues = pgTable(
  'ballot_token_issues',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => councilMeetingItems.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.memberId] })],
);

/** Cast online ballots until the meeting closes (random UUIDv4 ids, no timestamp, no account). */
export const ballotBox = pgTable(
  'ballot_box',
  {
    id: uuid('id').primaryKey(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => councilMeetingItems.id),
    tokenId: text('token_id').notNull(),
    signature: text('signature').notNull(),
    choice: text('choice').notNull(),
  },
  (t) => [uniqueIndex('ballot_box_token_uq').on(t.itemId, t.tokenId)],
);

/** Published ballots (after close), inserted in token-id order: ONLINE, WRITTEN, PAPER rows. */
export const ballots = pgTable(
  'ballots',
  {
    id: uuid('id').primaryKey(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => councilMeetingItems.id),
    source: text('source').notNull(),
    tokenId: text('token_id'),
    signature: text('signature'),
    choice: text('choice').notNull(),
    count: integer('count').notNull().default(1),
  },
  (t) => [index('ballots_item_idx').on(t.itemId), uniqueIndex('ballots_token_uq').on(t.itemId, t.tokenId)],
);

/** Phiếu lấy ý kiến bằng văn bản of an absent member: entered by one officer, confirmed by another. */
export const writtenVotes = pgTable(
  'written_votes',
  {
    id: uuid('id').primaryKey(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => councilMeetingItems.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id),
    choice: text('choice').notNull(),
    enteredBy: uuid('entered_by')
      .notNull()
      .references(() => accounts.id),
    confirmedBy: uuid('confirmed_by').references(() => accounts.id),
  },
  (t) => [uniqueIndex('written_votes_uq').on(t.itemId, t.memberId)],
);

/** Paper-ballot counts of one item, entered independently by two officers (entry 1 and 2 must match). */
export const paperCounts = pgTable(
  'paper_counts',
  {
    id: uuid('id').primaryKey(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => councilMeetingItems.id),
    entry: integer('entry').notNull(),
    enteredBy: uuid('entered_by')
      .notNull()
      .references(() => accounts.id),
    yes: integer('yes').notNull(),
    no: integer('no').notNull(),
    abstain: integer('abstain').notNull(),
    invalid: integer('invalid').notNull(),
  },
  (t) => [uniqueIndex('paper_counts_uq').on(t.itemId, t.entry)],
);

/** The frozen result of one item at close (denominator = voting members in office on the meeting date). */
export const councilItemResults = pgTable('council_item_results', {
  itemId: uuid('item_id')
    .primaryKey()
    .references(() => councilMeetingItems.id),
  membersInOffice: integer('members_in_office').notNull(),
  present: integer('present').notNull(),
  yes: integer('yes').notNull(),
  no: integer('no').notNull(),
  abstain: integer('abstain').notNull(),
  invalid: integer('invalid').notNull(),
  online: integer('online').notNull(),
  written: integer('written').notNull(),
  paper: integer('paper').notNull(),
  threshold: real('threshold'),
  citation: text('citation').notNull(),
  confirmed: boolean('confirmed').notNull(),
  passed: boolean('passed').notNull(),
  message: text('message').notNull(),
});
