import { and, eq, inArray, isNull, lte, gte, or } from 'drizzle-orm';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { councilMeetingSteps, councilMeetings, councilMembers, councils, persons } from '../../db/schema';
import { ForbiddenError, NotFoundError, ServiceError } from '../../errors';
import { isUuid } from '../../lib/ids';
import { allowed, authorize } from '../../policies/scope';
import type { MeetingStatus } from '@vinhdanh/shared';

export type CouncilRow = typeof councils.$inferSelect;
export type MeetingRow = typeof councilMeetings.$inferSelect;
export type MemberRow = typeof councilMembers.$inferSelect;

export async function loadCouncil(db: Executor, id: string): Promise<CouncilRow> {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy Hội đồng.');
  const [c] = await db.select().from(councils).where(eq(councils.id, id));
  if (!c) throw new NotFoundError('Không tìm thấy Hội đồng.');
  return c;
}

/** The meeting row (locked FOR UPDATE when `lock`), its council, and its status derived from the steps. */
export async function loadMeeting(
  db: Executor,
  id: string,
  lock: 'update' | 'share' | null = null,
): Promise<{ meeting: MeetingRow; council: CouncilRow; status: MeetingStatus }> {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy phiên họp.');
  const q = db.select().from(councilMeetings).where(eq(councilMeetings.id, id));
  const [meeting] = lock ? await q.for(lock) : await q;
  if (!meeting) throw new NotFoundError('Không tìm thấy phiên họp.');
  const council = await loadCouncil(db, meeting.councilId);
  const steps = await db
    .select({ kind: councilMeetingSteps.kind })
    .from(councilMeetingSteps)
    .where(eq(councilMeetingSteps.meetingId, id));
  return { meeting, council, status: statusOf(steps.map((s) => s.kind)) };
}

/** Status from the step rows: a CLOSED step ends the meeting; VOTING_OPENED opens the vote. */
export function statusOf(kinds: string[]): MeetingStatus {
  if (kinds.includes('CLOSED')) return 'CLOSED';
  if (kinds.includes('VOTING_OPENED')) return 'VOTING';
  return 'DRAFT';
}

/** Voting members in office on a date (within the council's term): the denominator of every vote. */
export async function membersInOffice(db: Executor, council: CouncilRow, day: string): Promise<MemberRow[]> {
  if (day < council.termFrom || (council.termTo !== null && day > council.termTo)) return [];
  return db
    .select()
    .from(councilMembers)
    .where(
      and(
        eq(councilMembers.councilId, council.id),
        eq(councilMembers.voting, true),
        lte(councilMembers.fromDate, day),
        or(isNull(councilMembers.toDate), gte(councilMembers.toDate, day)),
      ),
    );
}

export async function personNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  const uniq = [...new Set(ids)];
  if (uniq.length === 0) return new Map();
  const rows = await db
    .select({ id: persons.id, fullName: persons.fullName })
    .from(persons)
    .where(inArray(persons.id, uniq));
  return new Map(rows.map((r) => [r.id, r.fullName]));
}

/** The acting account's seat on this meeting (voting member in office on the meeting date), or null. */
export async function mySeat(
  ctx: ServiceContext,
  db: Executor,
  council: CouncilRow,
  meeting: MeetingRow,
): Promise<MemberRow | null> {
  const personId = ctx.actor?.personId;
  if (!personId) return null;
  const seats = await membersInOffice(db, council, meeting.meetingDate);
  return seats.find((m) => m.personId === personId) ?? null;
}

/** May read the council's meetings: council.read on its unit, or a seat on it. */
export async function authorizeRead(
  ctx: ServiceContext,
  db: Executor,
  council: CouncilRow,
): Promise<{ canManage: boolean }> {
  if (!ctx.actor) throw new ServiceError('UNAUTHENTICATED');
  const canManage = await allowed(ctx, 'council.manage', [council.unitId]);
  if (canManage) return { canManage };
  if (await allowed(ctx, 'council.read', [council.unitId])) return { canManage };
  const personId = ctx.actor.personId;
  if (personId) {
    const seat = await db
      .select({ id: councilMembers.id })
      .from(councilMembers)
      .where(and(eq(councilMembers.councilId, council.id), eq(councilMembers.personId, personId)));
    if (seat.length > 0) return { canManage };
  }
  throw new ForbiddenError();
}

export async function authorizeManage(ctx: ServiceContext, council: CouncilRow) {
  await authorize(ctx, 'council.manage', [council.unitId]);
}

export async function addStep(
  tx: Executor,
  ctx: ServiceContext,
  meetingId: string,
  kind: string,
  id: string,
  note: string | null = null,
) {
  await tx.insert(councilMeetingSteps).values({
    id,
    meetingId,
    kind,
    at: ctx.clock.now(),
    actorId: ctx.actor?.accountId ?? null,
    note,
  });
}
