import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { councilVote, type Code } from '@vinhdanh/rules';
import {
  recountBallots,
  type BallotChoice,
  type BallotPublicKey,
  type Meeting,
  type PublishedBallot,
  type PublishedBallots,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import {
  ballotBox,
  ballots,
  councilAttendance,
  councilItemResults,
  councilMeetingItems,
  paperCounts,
  writtenVotes,
} from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ServiceError } from '../../errors';
import { newId } from '../../lib/ids';
import { addStep, authorizeManage, authorizeRead, loadMeeting, membersInOffice } from './load';
import { presentMeeting } from './meetings';
import { recordCouncilResults } from './agenda-nominations';

export interface ClosedItem {
  itemId: string;
  nominationId: string | null;
  passed: boolean;
}

/** Called after a meeting closes, inside its transaction (nominations append COUNCIL_PASSED / _REJECTED). */
export type MeetingClosedHook = (
  tx: Parameters<Parameters<ServiceContext['db']['transaction']>[0]>[0],
  ctx: ServiceContext,
  meetingId: string,
  items: ClosedItem[],
) => Promise<void>;
const closeHooks: MeetingClosedHook[] = [];
export function onMeetingClosed(hook: MeetingClosedHook) {
  closeHooks.push(hook);
}

/**
 * Kết thúc bỏ phiếu và kiểm phiếu: moves the online ballots to the published list in token-id order (not cast
 * order), adds confirmed written votes and the two-officer paper counts, destroys the private keys, recounts
 * every item from the published rows (signatures checked) and applies the dated threshold over ALL voting members
 * in office on the meeting date (rules `councilVote`).
 */
export async function closeMeeting(ctx: ServiceContext, meetingId: string): Promise<Meeting> {
  const { council } = await loadMeeting(ctx.read, meetingId);
  await authorizeManage(ctx, council);
  await ctx.db.transaction(async (tx) => {
    const { meeting, status } = await loadMeeting(tx, meetingId, 'update');
    if (status !== 'VOTING') throw new ServiceError('MEETING_NOT_VOTING');
    const items = await tx
      .select()
      .from(councilMeetingItems)
      .where(eq(councilMeetingItems.meetingId, meetingId))
      .orderBy(asc(councilMeetingItems.position));
    const ids = items.map((i) => i.id);
    const seats = await membersInOffice(tx, council, meeting.meetingDate);
    const seatIds = new Set(seats.map((s) => s.id));
    const att = await tx.select().from(councilAttendance).where(eq(councilAttendance.meetingId, meetingId));
    const present = att.filter((a) => a.present && seatIds.has(a.memberId)).length;
    const written = await tx.select().from(writtenVotes).where(inArray(writtenVotes.itemId, ids));
    if (written.some((w) => w.confirmedBy === null)) throw new ServiceError('WRITTEN_VOTE_UNCONFIRMED');
    const paper = await tx.select().from(paperCounts).where(inArray(paperCounts.itemId, ids));
    if (
      meeting.method === 'PAPER' &&
      items.some((i) => !paper.some((p) => p.itemId === i.id && p.entry === 2))
    )
      throw new ServiceError('PAPER_COUNT_INCOMPLETE');
    const box = await tx.select().from(ballotBox).where(inArray(ballotBox.itemId, ids));

    const published: PublishedBallot[] = [];
    for (const b of box)
      published.push({
        itemId: b.itemId,
        source: 'ONLINE',
        tokenId: b.tokenId,
        signature: b.signature,
        choice: b.choice as BallotChoice,
        count: 1,
      });
    for (const w of written)
      published.push({
        itemId: w.itemId,
        source: 'WRITTEN',
        tokenId: null,
        signature: null,
        choice: w.choice as BallotChoice,
        count: 1,
      });
    const invalidPaper = new Map<string, number>();
    if (meeting.method === 'PAPER') {
      for (const p of paper.filter((x) => x.entry === 2)) {
        invalidPaper.set(p.itemId, p.invalid);
        for (const [choice, n] of [
          ['YES', p.yes],
          ['NO', p.no],
          ['ABSTAIN', p.abstain],
        ] as const)
          if (n > 0)
            published.push({
              itemId: p.itemId,
              source: 'PAPER',
              tokenId: null,
              signature: null,
              choice,
              count: n,
            });
      }
    }
    // Publication order is a function of the random token ids only (never of the cast order).
    published.sort(
      (a, b) =>
        a.itemId.localeCompare(b.itemId) ||
        a.source.localeCompare(b.source) ||
        (a.tokenId ?? '').localeCompare(b.tokenId ?? '') ||
        a.choice.localeCompare(b.choice),
    );
    if (ids.length > 0) await tx.delete(ballotBox).where(inArray(ballotBox.itemId, ids));
    for (const p of published) {
      await tx.insert(ballots).values({
        id: randomUUID(),
        itemId: p.itemId,
        source: p.source,
        tokenId: p.tokenId,
        signature: p.signature,
        choice: p.choice,
        count: p.count,
      });
    }
    const keys = Object.fromEntries(
      items.map((i) => [i.id, (i.publicKey as BallotPublicKey | null) ?? null]),
    );
    const recount = await recountBallots(published, keys);
    const closed: ClosedItem[] = [];
    const summary: Record<string, unknown>[] = [];
    for (const item of items) {
      const r = recount.find((x) => x.itemId === item.id)!;
      const v = councilVote(item.awardCode as Code, meeting.meetingDate, seats.length, r.yes, present);
      const row = {
        itemId: item.id,
        membersInOffice: seats.length,
        present,
        yes: r.yes,
        no: r.no,
        abstain: r.abstain,
        invalid: r.invalid + (invalidPaper.get(item.id) ?? 0),
        online: r.online,
        written: r.written,
        paper: r.paper + (invalidPaper.get(item.id) ?? 0),
        threshold: v.threshold,
        citation: v.citation,
        confirmed: v.confirmed,
        passed: v.ok,
        message: v.message.vi,
      };
      await tx.insert(councilItemResults).values(row);
      closed.push({ itemId: item.id, nominationId: item.nominationId, passed: v.ok });
      summary.push(row);
    }
    const now = ctx.clock.now();
    await tx
      .update(councilMeetingItems)
      .set({ privateKey: null, keyDestroyedAt: now })
      .where(
        and(eq(councilMeetingItems.meetingId, meetingId), sql`${councilMeetingItems.privateKey} IS NOT NULL`),
      );
    await addStep(tx, ctx, meetingId, 'CLOSED', newId());
    await recordCouncilResults(tx, ctx, meetingId, closed);
    for (const hook of closeHooks) await hook(tx, ctx, meetingId, closed);
    await emitAudit(tx, ctx, {
      action: 'meeting.close',
      entity: 'meeting',
      entityId: meetingId,
      after: { keysDestroyed: true, results: summary },
    });
  });
  // Best effort: drop the dead tuples of the ballot box so the cast order cannot be read from the data files.
  try {
    await ctx.db.execute(sql`VACUUM ballot_box`);
  } catch (e) {
    ctx.log.warn({ err: e }, 'VACUUM ballot_box failed');
  }
  return presentMeeting(ctx, ctx.db, meetingId);
}

/** The published ballots and each item's public key: anyone who may read the meeting can recount. */
export async function publishedBallots(ctx: ServiceContext, meetingId: string): Promise<PublishedBallots> {
  const { council, status } = await loadMeeting(ctx.read, meetingId);
  await authorizeRead(ctx, ctx.read, council);
  if (status !== 'CLOSED') throw new ServiceError('BALLOTS_NOT_PUBLISHED');
  const items = await ctx.read
    .select()
    .from(councilMeetingItems)
    .where(eq(councilMeetingItems.meetingId, meetingId))
    .orderBy(asc(councilMeetingItems.position));
  const rows = items.length
    ? await ctx.read
        .select()
        .from(ballots)
        .where(
          inArray(
            ballots.itemId,
            items.map((i) => i.id),
          ),
        )
        .orderBy(asc(ballots.itemId), asc(ballots.source), asc(ballots.tokenId), asc(ballots.choice))
    : [];
  return {
    meetingId,
    items: items.map((i) => ({
      itemId: i.id,
      nomineeName: i.nomineeName,
      publicKey: (i.publicKey as BallotPublicKey | null) ?? null,
    })),
    ballots: rows.map((b) => ({
      itemId: b.itemId,
      source: b.source as PublishedBallot['source'],
      tokenId: b.tokenId,
      signature: b.signature,
      choice: b.choice as BallotChoice,
      count: b.count,
    })),
  };
}
