import { and, asc, count, desc, eq, inArray, max } from 'drizzle-orm';
import { isCode, viName } from '@vinhdanh/rules';
import {
  ZAddAgendaItemInput,
  ZAttendanceInput,
  ZCreateMeetingInput,
  ZDeclareCouncilConflictInput,
  type BallotChoice,
  type BallotPublicKey,
  type Meeting,
  type MeetingMethod,
  type MeetingSummary,
  type CouncilRole,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import {
  ballotBox,
  ballotTokenIssues,
  councilAttendance,
  councilConflicts,
  councilItemResults,
  councilMeetingItems,
  councilMeetingSteps,
  councilMeetings,
  councilMembers,
  paperCounts,
  writtenVotes,
} from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ForbiddenError, NotFoundError, ServiceError, ValidationError, parseInput } from '../../errors';
import { newId } from '../../lib/ids';
import { namesOf } from '../units/queries';
import { listCouncils } from './councils';
import {
  addStep,
  authorizeManage,
  authorizeRead,
  loadCouncil,
  loadMeeting,
  membersInOffice,
  mySeat,
  personNames,
  statusOf,
} from './load';

/** Lập phiên họp Hội đồng (DRAFT): the agenda and attendance are prepared before the vote opens. */
export async function createMeeting(
  ctx: ServiceContext,
  councilId: string,
  input: unknown,
): Promise<Meeting> {
  const c = await loadCouncil(ctx.read, councilId);
  await authorizeManage(ctx, c);
  const data = parseInput(ZCreateMeetingInput, input);
  if (data.meetingDate < c.termFrom || (c.termTo !== null && data.meetingDate > c.termTo))
    throw new ValidationError([
      { path: 'meetingDate', message: 'Ngày họp nằm ngoài nhiệm kỳ của Hội đồng.' },
    ]);
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    const row = {
      id,
      councilId: c.id,
      title: data.title,
      meetingDate: data.meetingDate,
      location: data.location ?? null,
    };
    await tx.insert(councilMeetings).values(row);
    await addStep(tx, ctx, id, 'CREATED', newId());
    await emitAudit(tx, ctx, { action: 'meeting.create', entity: 'meeting', entityId: id, after: row });
  });
  return presentMeeting(ctx, ctx.db, id);
}

export async function getMeeting(ctx: ServiceContext, id: string): Promise<Meeting> {
  const { council } = await loadMeeting(ctx.read, id);
  await authorizeRead(ctx, ctx.read, council);
  return presentMeeting(ctx, ctx.read, id);
}

/** Meetings of one council (or every council the actor may read or sits on). */
export async function listMeetings(ctx: ServiceContext, councilId: string | null): Promise<MeetingSummary[]> {
  if (!ctx.actor) throw new ServiceError('UNAUTHENTICATED');
  let councilIds: string[];
  if (councilId) {
    const c = await loadCouncil(ctx.read, councilId);
    await authorizeRead(ctx, ctx.read, c);
    councilIds = [c.id];
  } else {
    councilIds = (await listCouncils(ctx, {})).map((c) => c.id);
  }
  if (councilIds.length === 0) return [];
  const rows = await ctx.read
    .select()
    .from(councilMeetings)
    .where(inArray(councilMeetings.councilId, councilIds))
    .orderBy(desc(councilMeetings.meetingDate));
  const out: MeetingSummary[] = [];
  for (const m of rows) {
    const { council, status } = await loadMeeting(ctx.read, m.id);
    const [n] = await ctx.read
      .select({ n: count() })
      .from(councilMeetingItems)
      .where(eq(councilMeetingItems.meetingId, m.id));
    out.push({
      id: m.id,
      councilId: council.id,
      councilName: council.name,
      title: m.title,
      meetingDate: m.meetingDate,
      method: m.method as MeetingMethod,
      status,
      items: n?.n ?? 0,
      isMember: (await mySeat(ctx, ctx.read, council, m)) !== null,
    });
  }
  return out;
}

export async function presentMeeting(ctx: ServiceContext, db: Executor, id: string): Promise<Meeting> {
  const { meeting, council } = await loadMeeting(db, id);
  const steps = await db
    .select()
    .from(councilMeetingSteps)
    .where(eq(councilMeetingSteps.meetingId, id))
    .orderBy(asc(councilMeetingSteps.at));
  const status = statusOf(steps.map((s) => s.kind));
  const members = await membersInOffice(db, council, meeting.meetingDate);
  const attendance = await db.select().from(councilAttendance).where(eq(councilAttendance.meetingId, id));
  const present = new Map(attendance.map((a) => [a.memberId, a.present]));
  const items = await db
    .select()
    .from(councilMeetingItems)
    .where(eq(councilMeetingItems.meetingId, id))
    .orderBy(asc(councilMeetingItems.position));
  const itemIds = items.map((i) => i.id);
  const none = ['00000000-0000-0000-0000-000000000000'];
  const ids = itemIds.length > 0 ? itemIds : none;
  const conflicts = await db.select().from(councilConflicts).where(inArray(councilConflicts.itemId, ids));
  const issued = await db.select().from(ballotTokenIssues).where(inArray(ballotTokenIssues.itemId, ids));
  const cast = await db
    .select({ itemId: ballotBox.itemId, n: count() })
    .from(ballotBox)
    .where(inArray(ballotBox.itemId, ids))
    .groupBy(ballotBox.itemId);
  const written = await db.select().from(writtenVotes).where(inArray(writtenVotes.itemId, ids));
  const paper = await db.select().from(paperCounts).where(inArray(paperCounts.itemId, ids));
  const results = await db.select().from(councilItemResults).where(inArray(councilItemResults.itemId, ids));
  const allMembers = await db.select().from(councilMembers).where(eq(councilMembers.councilId, council.id));
  const memberPerson = new Map(allMembers.map((m) => [m.id, m.personId]));
  const names = await personNames(
    db,
    allMembers.map((m) => m.personId),
  );
  const nameOf = (memberId: string) => names.get(memberPerson.get(memberId) ?? '') ?? '';
  const unitNames = await namesOf(db, [council.unitId], meeting.meetingDate);
  const canManage = (await authorizeRead(ctx, db, council).catch(() => ({ canManage: false }))).canManage;
  const seat = await mySeat(ctx, db, council, meeting);
  const today = ctx.clock.today();
  return {
    id: meeting.id,
    councilId: council.id,
    councilName: council.name,
    unitName: unitNames.get(council.unitId) ?? '',
    title: meeting.title,
    meetingDate: meeting.meetingDate,
    location: meeting.location,
    method: meeting.method as MeetingMethod,
    status,
    steps: steps.map((s) => ({ kind: s.kind, at: s.at.toISOString(), note: s.note })),
    members: members.map((m) => ({
      id: m.id,
      personId: m.personId,
      fullName: names.get(m.personId) ?? '',
      role: m.role as CouncilRole,
      position: m.position,
      voting: m.voting,
      fromDate: m.fromDate,
      toDate: m.toDate,
      inOffice: m.fromDate <= today && (m.toDate === null || m.toDate >= today),
      present: present.get(m.id) ?? null,
    })),
    items: items.map((i) => {
      const r = results.find((x) => x.itemId === i.id);
      return {
        id: i.id,
        position: i.position,
        nominationId: i.nominationId,
        nomineeName: i.nomineeName,
        nomineeUnit: i.nomineeUnit,
        awardCode: i.awardCode,
        awardName: viName(i.awardCode),
        summary: i.summary,
        publicKey: (i.publicKey as BallotPublicKey | null) ?? null,
        keyDestroyedAt: i.keyDestroyedAt?.toISOString() ?? null,
        recusals: conflicts
          .filter((c) => c.itemId === i.id)
          .map((c) => ({ memberId: c.memberId, fullName: nameOf(c.memberId), reason: c.reason })),
        tokensIssued: issued.filter((t) => t.itemId === i.id).length,
        ballotsCast: cast.find((c) => c.itemId === i.id)?.n ?? 0,
        writtenVotes: written
          .filter((w) => w.itemId === i.id)
          .map((w) => ({
            id: w.id,
            memberId: w.memberId,
            fullName: nameOf(w.memberId),
            choice: w.choice as BallotChoice,
            confirmed: w.confirmedBy !== null,
          })),
        paperCounts: paper
          .filter((p) => p.itemId === i.id)
          .sort((a, b) => a.entry - b.entry)
          .map((p) => ({
            entry: p.entry,
            enteredBy: p.enteredBy,
            yes: p.yes,
            no: p.no,
            abstain: p.abstain,
            invalid: p.invalid,
          })),
        result: r
          ? {
              membersInOffice: r.membersInOffice,
              present: r.present,
              yes: r.yes,
              no: r.no,
              abstain: r.abstain,
              invalid: r.invalid,
              online: r.online,
              written: r.written,
              paper: r.paper,
              threshold: r.threshold,
              citation: r.citation,
              confirmed: r.confirmed,
              passed: r.passed,
              message: r.message,
            }
          : null,
      };
    }),
    canManage,
    me: seat
      ? {
          memberId: seat.id,
          recusedItemIds: conflicts.filter((c) => c.memberId === seat.id).map((c) => c.itemId),
          tokenItemIds: issued.filter((t) => t.memberId === seat.id).map((t) => t.itemId),
          writtenItemIds: written.filter((w) => w.memberId === seat.id).map((w) => w.itemId),
        }
      : null,
  };
}

function requireDraft(status: string) {
  if (status !== 'DRAFT') throw new ServiceError('MEETING_NOT_DRAFT');
}

/** Adds a nominee to the agenda (one vote each). */
export async function addAgendaItem(
  ctx: ServiceContext,
  meetingId: string,
  input: unknown,
): Promise<Meeting> {
  const { council } = await loadMeeting(ctx.read, meetingId);
  await authorizeManage(ctx, council);
  const data = parseInput(ZAddAgendaItemInput, input);
  if (!isCode(data.awardCode))
    throw new ValidationError([
      { path: 'awardCode', message: 'Danh hiệu/hình thức khen thưởng không có trong danh mục.' },
    ]);
  await ctx.db.transaction(async (tx) => {
    const { status } = await loadMeeting(tx, meetingId, 'update');
    requireDraft(status);
    await insertItems(tx, ctx, meetingId, [{ ...data, nominationId: null }]);
  });
  return presentMeeting(ctx, ctx.db, meetingId);
}

export interface NewItem {
  nominationId: string | null;
  nomineeName: string;
  nomineeUnit?: string | null;
  awardCode: string;
  summary?: string | null;
}

/** Appends agenda items (inside the caller's transaction) and audits each. */
export async function insertItems(tx: Executor, ctx: ServiceContext, meetingId: string, items: NewItem[]) {
  const [top] = await tx
    .select({ p: max(councilMeetingItems.position) })
    .from(councilMeetingItems)
    .where(eq(councilMeetingItems.meetingId, meetingId));
  let pos = top?.p ?? 0;
  for (const it of items) {
    const row = {
      id: newId(),
      meetingId,
      position: ++pos,
      nominationId: it.nominationId,
      nomineeName: it.nomineeName,
      nomineeUnit: it.nomineeUnit ?? null,
      awardCode: it.awardCode,
      summary: it.summary ?? null,
    };
    await tx.insert(councilMeetingItems).values(row);
    await emitAudit(tx, ctx, {
      action: 'meeting.add_item',
      entity: 'meeting',
      entityId: meetingId,
      after: row,
    });
  }
}

/** Điểm danh: who is present (votes at the meeting) and who is absent (votes in writing). */
export async function recordAttendance(
  ctx: ServiceContext,
  meetingId: string,
  input: unknown,
): Promise<Meeting> {
  const { council, meeting } = await loadMeeting(ctx.read, meetingId);
  await authorizeManage(ctx, council);
  const data = parseInput(ZAttendanceInput, input);
  await ctx.db.transaction(async (tx) => {
    const { status } = await loadMeeting(tx, meetingId, 'update');
    requireDraft(status);
    const seats = new Set((await membersInOffice(tx, council, meeting.meetingDate)).map((m) => m.id));
    for (const m of data.members) {
      if (!seats.has(m.memberId))
        throw new ValidationError([
          { path: 'members', message: 'Chỉ điểm danh thành viên Hội đồng đương nhiệm vào ngày họp.' },
        ]);
    }
    for (const m of data.members) {
      await tx
        .insert(councilAttendance)
        .values({ meetingId, memberId: m.memberId, present: m.present })
        .onConflictDoUpdate({
          target: [councilAttendance.meetingId, councilAttendance.memberId],
          set: { present: m.present },
        });
    }
    await emitAudit(tx, ctx, {
      action: 'meeting.record_attendance',
      entity: 'meeting',
      entityId: meetingId,
      after: data.members,
    });
  });
  return presentMeeting(ctx, ctx.db, meetingId);
}

/**
 * Kê khai xung đột lợi ích: the member (or an officer on their behalf) recuses from one item. A recused member
 * gets no token and no written vote for that item. Not possible once their token for it was issued.
 */
export async function declareConflict(
  ctx: ServiceContext,
  meetingId: string,
  input: unknown,
): Promise<Meeting> {
  if (!ctx.actor) throw new ServiceError('UNAUTHENTICATED');
  const { council, meeting } = await loadMeeting(ctx.read, meetingId);
  const data = parseInput(ZDeclareCouncilConflictInput, input);
  const seat = await mySeat(ctx, ctx.read, council, meeting);
  let memberId: string;
  if (data.memberId && data.memberId !== seat?.id) {
    await authorizeManage(ctx, council);
    memberId = data.memberId;
  } else if (seat) {
    memberId = seat.id;
  } else {
    throw new ForbiddenError(undefined);
  }
  await ctx.db.transaction(async (tx) => {
    const { status } = await loadMeeting(tx, meetingId, 'update');
    if (status === 'CLOSED') throw new ServiceError('MEETING_NOT_VOTING');
    const seats = await membersInOffice(tx, council, meeting.meetingDate);
    if (!seats.some((m) => m.id === memberId)) throw new ServiceError('NOT_COUNCIL_MEMBER');
    const [item] = await tx
      .select()
      .from(councilMeetingItems)
      .where(and(eq(councilMeetingItems.id, data.itemId), eq(councilMeetingItems.meetingId, meetingId)));
    if (!item) throw new NotFoundError('Không tìm thấy nội dung trong chương trình họp.');
    const [tok] = await tx
      .select()
      .from(ballotTokenIssues)
      .where(and(eq(ballotTokenIssues.itemId, item.id), eq(ballotTokenIssues.memberId, memberId)));
    if (tok) throw new ServiceError('TOKEN_ALREADY_ISSUED');
    const [wv] = await tx
      .select()
      .from(writtenVotes)
      .where(and(eq(writtenVotes.itemId, item.id), eq(writtenVotes.memberId, memberId)));
    if (wv) throw new ServiceError('WRITTEN_VOTE_EXISTS');
    const row = {
      id: newId(),
      itemId: item.id,
      memberId,
      reason: data.reason,
      declaredBy: ctx.actor!.accountId,
    };
    await tx.insert(councilConflicts).values(row).onConflictDoNothing();
    await emitAudit(tx, ctx, {
      action: 'meeting.declare_conflict',
      entity: 'meeting',
      entityId: meetingId,
      after: row,
    });
  });
  return presentMeeting(ctx, ctx.db, meetingId);
}
