import { and, eq } from 'drizzle-orm';
import { ZPaperCountInput, ZWrittenVoteInput, type Meeting } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import {
  ballotTokenIssues,
  councilAttendance,
  councilConflicts,
  councilMeetingItems,
  paperCounts,
  writtenVotes,
} from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, ServiceError, parseInput } from '../../errors';
import { isUuid, newId } from '../../lib/ids';
import { authorizeManage, loadMeeting, membersInOffice } from './load';
import { presentMeeting } from './meetings';

async function itemOf(tx: Executor, meetingId: string, itemId: string) {
  const [item] = await tx
    .select()
    .from(councilMeetingItems)
    .where(and(eq(councilMeetingItems.id, itemId), eq(councilMeetingItems.meetingId, meetingId)));
  if (!item) throw new NotFoundError('Không tìm thấy nội dung trong chương trình họp.');
  return item;
}

/**
 * Phiếu lấy ý kiến bằng văn bản of an ABSENT member (the law counts it): entered by one officer from the signed
 * paper; it counts only once a second officer confirms it. Written votes are identified by nature.
 */
export async function enterWrittenVote(
  ctx: ServiceContext,
  meetingId: string,
  input: unknown,
): Promise<Meeting> {
  const { council, meeting } = await loadMeeting(ctx.read, meetingId);
  await authorizeManage(ctx, council);
  const data = parseInput(ZWrittenVoteInput, input);
  await ctx.db.transaction(async (tx) => {
    const { status } = await loadMeeting(tx, meetingId, 'update');
    if (status !== 'VOTING') throw new ServiceError('MEETING_NOT_VOTING');
    const item = await itemOf(tx, meetingId, data.itemId);
    const seats = await membersInOffice(tx, council, meeting.meetingDate);
    if (!seats.some((s) => s.id === data.memberId)) throw new ServiceError('NOT_COUNCIL_MEMBER');
    const [att] = await tx
      .select()
      .from(councilAttendance)
      .where(and(eq(councilAttendance.meetingId, meetingId), eq(councilAttendance.memberId, data.memberId)));
    if (!att || att.present)
      throw new ServiceError(
        'NOT_COUNCIL_MEMBER',
        'Chỉ nhận phiếu bằng văn bản của thành viên vắng mặt tại phiên họp.',
      );
    const [rec] = await tx
      .select()
      .from(councilConflicts)
      .where(and(eq(councilConflicts.itemId, item.id), eq(councilConflicts.memberId, data.memberId)));
    if (rec) throw new ServiceError('MEMBER_RECUSED');
    const [tok] = await tx
      .select()
      .from(ballotTokenIssues)
      .where(and(eq(ballotTokenIssues.itemId, item.id), eq(ballotTokenIssues.memberId, data.memberId)));
    if (tok) throw new ServiceError('TOKEN_ALREADY_ISSUED');
    const row = {
      id: newId(),
      itemId: item.id,
      memberId: data.memberId,
      choice: data.choice,
      enteredBy: ctx.actor!.accountId,
    };
    const ins = await tx
      .insert(writtenVotes)
      .values(row)
      .onConflictDoNothing()
      .returning({ id: writtenVotes.id });
    if (ins.length === 0) throw new ServiceError('WRITTEN_VOTE_EXISTS');
    await emitAudit(tx, ctx, {
      action: 'ballot.written_vote',
      entity: 'meeting',
      entityId: meetingId,
      after: row,
    });
  });
  return presentMeeting(ctx, ctx.db, meetingId);
}

/** A second officer confirms a written vote against the signed paper. */
export async function confirmWrittenVote(
  ctx: ServiceContext,
  meetingId: string,
  voteId: string,
): Promise<Meeting> {
  const { council } = await loadMeeting(ctx.read, meetingId);
  await authorizeManage(ctx, council);
  if (!isUuid(voteId)) throw new NotFoundError('Không tìm thấy phiếu bằng văn bản.');
  await ctx.db.transaction(async (tx) => {
    const { status } = await loadMeeting(tx, meetingId, 'update');
    if (status !== 'VOTING') throw new ServiceError('MEETING_NOT_VOTING');
    const [wv] = await tx.select().from(writtenVotes).where(eq(writtenVotes.id, voteId)).for('update');
    if (!wv) throw new NotFoundError('Không tìm thấy phiếu bằng văn bản.');
    await itemOf(tx, meetingId, wv.itemId);
    if (wv.enteredBy === ctx.actor!.accountId) throw new ServiceError('WRITTEN_VOTE_SAME_OFFICER');
    if (wv.confirmedBy) return;
    await tx
      .update(writtenVotes)
      .set({ confirmedBy: ctx.actor!.accountId })
      .where(eq(writtenVotes.id, wv.id));
    await emitAudit(tx, ctx, {
      action: 'ballot.confirm_written_vote',
      entity: 'meeting',
      entityId: meetingId,
      after: { writtenVoteId: wv.id },
    });
  });
  return presentMeeting(ctx, ctx.db, meetingId);
}

/**
 * Kiểm phiếu giấy: two officers count the paper ballots of an item independently. The first entry is stored
 * (its author may correct it); the second, by another officer, must match it exactly or is refused
 * (PAPER_COUNT_MISMATCH: recount). The total may not exceed the members present.
 */
export async function enterPaperCount(
  ctx: ServiceContext,
  meetingId: string,
  input: unknown,
): Promise<Meeting> {
  const { council, meeting } = await loadMeeting(ctx.read, meetingId);
  await authorizeManage(ctx, council);
  const data = parseInput(ZPaperCountInput, input);
  const me = ctx.actor!.accountId;
  await ctx.db.transaction(async (tx) => {
    const { status, meeting: m } = await loadMeeting(tx, meetingId, 'update');
    if (status !== 'VOTING') throw new ServiceError('MEETING_NOT_VOTING');
    if (m.method !== 'PAPER') throw new ServiceError('METHOD_NOT_PAPER');
    const item = await itemOf(tx, meetingId, data.itemId);
    const seats = new Set((await membersInOffice(tx, council, meeting.meetingDate)).map((s) => s.id));
    const att = await tx.select().from(councilAttendance).where(eq(councilAttendance.meetingId, meetingId));
    const recused = await tx.select().from(councilConflicts).where(eq(councilConflicts.itemId, item.id));
    const recusedIds = new Set(recused.map((r) => r.memberId));
    const eligible = att.filter(
      (a) => a.present && seats.has(a.memberId) && !recusedIds.has(a.memberId),
    ).length;
    if (data.yes + data.no + data.abstain + data.invalid > eligible)
      throw new ServiceError(
        'TOO_MANY_BALLOTS',
        `Tổng số phiếu (${data.yes + data.no + data.abstain + data.invalid}) vượt quá số thành viên có mặt được biểu quyết (${eligible}).`,
      );
    const entries = await tx.select().from(paperCounts).where(eq(paperCounts.itemId, item.id));
    const first = entries.find((e) => e.entry === 1);
    const second = entries.find((e) => e.entry === 2);
    const counts = { yes: data.yes, no: data.no, abstain: data.abstain, invalid: data.invalid };
    let entry: number;
    if (second)
      throw new ServiceError('CONFLICT', 'Kết quả kiểm phiếu của nội dung này đã được hai cán bộ xác nhận.');
    if (!first) {
      entry = 1;
      await tx.insert(paperCounts).values({ id: newId(), itemId: item.id, entry, enteredBy: me, ...counts });
    } else if (first.enteredBy === me) {
      entry = 1;
      await tx.update(paperCounts).set(counts).where(eq(paperCounts.id, first.id));
    } else {
      const same =
        first.yes === data.yes &&
        first.no === data.no &&
        first.abstain === data.abstain &&
        first.invalid === data.invalid;
      if (!same) throw new ServiceError('PAPER_COUNT_MISMATCH');
      entry = 2;
      await tx.insert(paperCounts).values({ id: newId(), itemId: item.id, entry, enteredBy: me, ...counts });
    }
    await emitAudit(tx, ctx, {
      action: 'ballot.paper_count',
      entity: 'meeting',
      entityId: meetingId,
      after: { itemId: item.id, entry, ...counts },
    });
  });
  return presentMeeting(ctx, ctx.db, meetingId);
}
