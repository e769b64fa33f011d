import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { councilVote, type Code } from '@vinhdanh/rules';
import {
  ZCastBallotInput,
  ZIssueTokensInput,
  ZPaperFallbackInput,
  ballotTokenId,
  verifyBallot,
  type BallotPublicKey,
  type Meeting,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import {
  ballotBox,
  ballotTokenIssues,
  councilAttendance,
  councilConflicts,
  councilMeetingItems,
  councilMeetings,
  writtenVotes,
} from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, ServiceError, parseInput } from '../../errors';
import { newId } from '../../lib/ids';
import { BlindSignError, blindSign, generateVoteKey } from './ballot-keys';
import { addStep, authorizeManage, loadMeeting, membersInOffice, mySeat } from './load';
import { presentMeeting } from './meetings';

/**
 * Mở bỏ phiếu: checks the agenda and the quorum (members present over all members in office, dated parameter
 * vote.quorum), then creates one RSA key pair per item and publishes the public keys.
 */
export async function openVoting(ctx: ServiceContext, meetingId: string): Promise<Meeting> {
  const { council, meeting } = await loadMeeting(ctx.read, meetingId);
  await authorizeManage(ctx, council);
  const items = await ctx.read
    .select({ id: councilMeetingItems.id, awardCode: councilMeetingItems.awardCode })
    .from(councilMeetingItems)
    .where(eq(councilMeetingItems.meetingId, meetingId));
  if (items.length === 0) throw new ServiceError('MEETING_EMPTY_AGENDA');
  // Keys are made before the transaction (CPU work, no connection held).
  const keys = meeting.method === 'ONLINE' ? await Promise.all(items.map(() => generateVoteKey())) : [];
  await ctx.db.transaction(async (tx) => {
    const { status } = await loadMeeting(tx, meetingId, 'update');
    if (status !== 'DRAFT') throw new ServiceError('MEETING_NOT_DRAFT');
    const seats = await membersInOffice(tx, council, meeting.meetingDate);
    if (seats.length === 0)
      throw new ServiceError('NOT_COUNCIL_MEMBER', 'Hội đồng không có thành viên đương nhiệm vào ngày họp.');
    const att = await tx.select().from(councilAttendance).where(eq(councilAttendance.meetingId, meetingId));
    const seatIds = new Set(seats.map((s) => s.id));
    const present = att.filter((a) => a.present && seatIds.has(a.memberId)).length;
    const q = councilVote(
      items[0]!.awardCode as Code,
      meeting.meetingDate,
      seats.length,
      seats.length,
      present,
    );
    if (!q.ok) throw new ServiceError('QUORUM_NOT_MET', `${q.message.vi} (${q.citation}).`);
    for (const [i, it] of items.entries()) {
      if (!keys[i]) continue;
      await tx
        .update(councilMeetingItems)
        .set({ publicKey: keys[i]!.publicKey, privateKey: keys[i]!.privateKeyPem })
        .where(eq(councilMeetingItems.id, it.id));
    }
    await addStep(tx, ctx, meetingId, 'VOTING_OPENED', newId());
    await emitAudit(tx, ctx, {
      action: 'meeting.open_voting',
      entity: 'meeting',
      entityId: meetingId,
      after: { present, membersInOffice: seats.length, items: items.length },
    });
  });
  return presentMeeting(ctx, ctx.db, meetingId);
}

/**
 * Nhận phiếu: the member sends one blinded message per item; the server checks the seat (in office, present,
 * not recused, no token yet, no written vote), records THAT the member took a token for each item, and returns
 * the blind signatures. Nothing about the blinded messages is stored or logged.
 */
export async function issueBallotTokens(
  ctx: ServiceContext,
  meetingId: string,
  input: unknown,
): Promise<{ items: { itemId: string; blindSig: string }[] }> {
  if (!ctx.actor) throw new ServiceError('UNAUTHENTICATED');
  const data = parseInput(ZIssueTokensInput, input);
  return ctx.db.transaction(async (tx) => {
    const { council, meeting, status } = await loadMeeting(tx, meetingId, 'share');
    if (status !== 'VOTING') throw new ServiceError('MEETING_NOT_VOTING');
    if (meeting.method !== 'ONLINE') throw new ServiceError('METHOD_NOT_ONLINE');
    const seat = await mySeat(ctx, tx, council, meeting);
    if (!seat) throw new ServiceError('NOT_COUNCIL_MEMBER');
    const [att] = await tx
      .select()
      .from(councilAttendance)
      .where(and(eq(councilAttendance.meetingId, meetingId), eq(councilAttendance.memberId, seat.id)));
    if (!att?.present)
      throw new ServiceError(
        'NOT_COUNCIL_MEMBER',
        'Chỉ thành viên có mặt tại phiên họp bỏ phiếu trực tuyến; thành viên vắng mặt gửi phiếu bằng văn bản.',
      );
    const itemIds = data.items.map((i) => i.itemId);
    if (new Set(itemIds).size !== itemIds.length)
      throw new ServiceError('TOKEN_ALREADY_ISSUED', 'Mỗi nội dung chỉ nhận một phiếu.');
    const items = await tx
      .select()
      .from(councilMeetingItems)
      .where(and(eq(councilMeetingItems.meetingId, meetingId), inArray(councilMeetingItems.id, itemIds)));
    if (items.length !== itemIds.length)
      throw new NotFoundError('Không tìm thấy nội dung trong chương trình họp.');
    const recused = await tx
      .select()
      .from(councilConflicts)
      .where(and(eq(councilConflicts.memberId, seat.id), inArray(councilConflicts.itemId, itemIds)));
    if (recused.length > 0) throw new ServiceError('MEMBER_RECUSED');
    const taken = await tx
      .select()
      .from(ballotTokenIssues)
      .where(and(eq(ballotTokenIssues.memberId, seat.id), inArray(ballotTokenIssues.itemId, itemIds)));
    if (taken.length > 0) throw new ServiceError('TOKEN_ALREADY_ISSUED');
    const written = await tx
      .select()
      .from(writtenVotes)
      .where(and(eq(writtenVotes.memberId, seat.id), inArray(writtenVotes.itemId, itemIds)));
    if (written.length > 0) throw new ServiceError('WRITTEN_VOTE_EXISTS');
    const out: { itemId: string; blindSig: string }[] = [];
    for (const req of data.items) {
      const item = items.find((i) => i.id === req.itemId)!;
      if (!item.privateKey || !item.publicKey) throw new ServiceError('MEETING_NOT_VOTING');
      let blindSig: string;
      try {
        blindSig = blindSign(item.privateKey, item.publicKey as BallotPublicKey, req.blindedMsg);
      } catch (e) {
        if (e instanceof BlindSignError) throw new ServiceError('BLINDED_MESSAGE_INVALID');
        throw e;
      }
      await tx.insert(ballotTokenIssues).values({ itemId: item.id, memberId: seat.id });
      out.push({ itemId: item.id, blindSig });
    }
    await emitAudit(tx, ctx, {
      action: 'ballot.issue_tokens',
      entity: 'meeting',
      entityId: meetingId,
      after: { memberId: seat.id, itemIds },
    });
    return { items: out };
  });
}

/**
 * Bỏ phiếu (anonymous endpoint: no session, no account, no request log). Verifies the item key's signature on
 * the token id, refuses a used token, and stores `{random id, item, tokenId, signature, choice}` — no time, no
 * account, no request id. The audit row says only that a ballot was cast on the item.
 */
export async function castBallot(ctx: ServiceContext, input: unknown): Promise<{ tokenId: string }> {
  const data = parseInput(ZCastBallotInput, input);
  const tokenId = await ballotTokenId(data.token);
  const anon: ServiceContext = { ...ctx, actor: null, requestId: null };
  return ctx.db.transaction(async (tx) => {
    const [item] = await tx.select().from(councilMeetingItems).where(eq(councilMeetingItems.id, data.itemId));
    if (!item) throw new NotFoundError('Không tìm thấy nội dung bỏ phiếu.');
    const { meeting, status } = await loadMeeting(tx, item.meetingId, 'share');
    if (status !== 'VOTING') throw new ServiceError('MEETING_NOT_VOTING');
    if (meeting.method !== 'ONLINE') throw new ServiceError('METHOD_NOT_ONLINE');
    const pk = item.publicKey as BallotPublicKey | null;
    if (!pk || !(await verifyBallot(pk, item.id, tokenId, data.signature)))
      throw new ServiceError('BALLOT_SIGNATURE_INVALID');
    const inserted = await tx
      .insert(ballotBox)
      .values({ id: randomUUID(), itemId: item.id, tokenId, signature: data.signature, choice: data.choice })
      .onConflictDoNothing()
      .returning({ id: ballotBox.id });
    if (inserted.length === 0) throw new ServiceError('BALLOT_TOKEN_USED');
    await emitAudit(tx, anon, { action: 'ballot.cast', entity: 'meeting_item', entityId: item.id });
    return { tokenId };
  });
}

/**
 * Chuyển sang bỏ phiếu giấy (fallback): online ballots not yet published are discarded, the keys destroyed, and
 * the officers enter the paper counts twice.
 */
export async function switchToPaper(
  ctx: ServiceContext,
  meetingId: string,
  input: unknown,
): Promise<Meeting> {
  const { council } = await loadMeeting(ctx.read, meetingId);
  await authorizeManage(ctx, council);
  const { reason } = parseInput(ZPaperFallbackInput, input);
  await ctx.db.transaction(async (tx) => {
    const { meeting, status } = await loadMeeting(tx, meetingId, 'update');
    if (status === 'CLOSED') throw new ServiceError('MEETING_NOT_VOTING');
    if (meeting.method === 'PAPER') throw new ServiceError('METHOD_NOT_ONLINE');
    const items = await tx
      .select({ id: councilMeetingItems.id })
      .from(councilMeetingItems)
      .where(eq(councilMeetingItems.meetingId, meetingId));
    const ids = items.map((i) => i.id);
    let discarded = 0;
    if (ids.length > 0) {
      discarded = (
        await tx.delete(ballotBox).where(inArray(ballotBox.itemId, ids)).returning({ id: ballotBox.id })
      ).length;
      await tx
        .update(councilMeetingItems)
        .set({ privateKey: null, keyDestroyedAt: ctx.clock.now() })
        .where(and(inArray(councilMeetingItems.id, ids), isNotNull(councilMeetingItems.privateKey)));
    }
    await tx.update(councilMeetings).set({ method: 'PAPER' }).where(eq(councilMeetings.id, meetingId));
    await addStep(tx, ctx, meetingId, 'PAPER_FALLBACK', newId(), reason);
    await emitAudit(tx, ctx, {
      action: 'meeting.paper_fallback',
      entity: 'meeting',
      entityId: meetingId,
      after: { reason, discardedOnlineBallots: discarded },
    });
  });
  return presentMeeting(ctx, ctx.db, meetingId);
}
