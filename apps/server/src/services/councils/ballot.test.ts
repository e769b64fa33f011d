import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { ballotTokenId, recountBallots, type BallotChoice } from '@vinhdanh/shared';
import { auditLog, ballotBox, ballots, councilMeetingItems } from '../../db/schema';
import { queryRows } from '../../db/client';
import { buildActor, buildPerson, buildTree, createTestEnv } from '../../test/harness';
import { closeMeeting, publishedBallots } from './close-meeting';
import { buildCouncil, buildMeeting, cast, obtainTokens } from './fixtures';
import { confirmWrittenVote, enterPaperCount, enterWrittenVote } from './manual-votes';
import { declareConflict, getMeeting } from './meetings';
import { meetingMinutes } from './minutes';
import { castBallot, issueBallotTokens, openVoting, switchToPaper } from './voting';

const env = await createTestEnv({ today: '2026-10-01' });
const tree = await buildTree(env);
const officer = (await buildActor(env, 'OFFICER', tree.district)).actor;
const officer2 = (await buildActor(env, 'OFFICER', tree.district)).actor;
const clerk = (await buildActor(env, 'UNIT_CLERK', tree.district)).actor;
const outsider = (await buildActor(env, 'COUNCIL_MEMBER', tree.district, (await buildPerson(env)).id)).actor;
const { council, seats } = await buildCouncil(env, officer, tree.district, 9);

const AGENDA = [
  { nomineeName: 'Nguyễn Thị An', awardCode: 'CSTD_CO_SO' },
  { nomineeName: 'Trần Văn Bình', awardCode: 'CSTD_BO_TINH' },
];

function shuffle<T>(xs: T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

describe('bỏ phiếu kín trực tuyến: từ mở phiếu đến kết quả', () => {
  it('ngưỡng tính trên tổng số thành viên đương nhiệm; phiếu văn bản của người vắng được tính; người có xung đột không nhận phiếu', async () => {
    const absent = seats[8]!;
    let m = await buildMeeting(env, officer, council.id, seats, AGENDA, [absent]);
    const [itemA, itemB] = m.items;
    // member 7 declares a conflict on B (e.g. a relative) before voting
    m = await declareConflict(env.ctx(seats[7]!.actor), m.id, {
      itemId: itemB!.id,
      reason: 'Là người thân của ứng viên',
    });
    expect(m.items[1]!.recusals.map((r) => r.memberId)).toEqual([seats[7]!.memberId]);
    m = await openVoting(env.ctx(officer), m.id);
    expect(m.status).toBe('VOTING');
    expect(m.items.every((i) => i.publicKey !== null)).toBe(true);

    // A: 7 yes, 1 no among the 8 present; absent member writes YES → 8/9 = 88.9 % ≥ 80 % → passed
    // B: 7 present voters (one recused): 7 yes; absent writes NO → 7/9 = 77.8 % < 90 % → not passed
    const choicesA: BallotChoice[] = ['YES', 'YES', 'YES', 'YES', 'YES', 'YES', 'YES', 'NO'];
    const receipts: { seat: number; itemId: string; token: string; choice: BallotChoice }[] = [];
    const tokens = [];
    for (const [i, s] of seats.slice(0, 8).entries()) {
      const ids = i === 7 ? [itemA!.id] : [itemA!.id, itemB!.id];
      const got = await obtainTokens(env, s, m, ids);
      for (const t of got) {
        const choice = t.itemId === itemA!.id ? choicesA[i]! : 'YES';
        tokens.push({ t, choice });
        receipts.push({ seat: i, itemId: t.itemId, token: t.token, choice });
      }
    }
    // the recused member cannot take a token for B, and nobody gets a second token
    await expect(obtainTokens(env, seats[7]!, m, [itemB!.id])).rejects.toMatchObject({
      code: 'MEMBER_RECUSED',
    });
    await expect(obtainTokens(env, seats[0]!, m, [itemA!.id])).rejects.toMatchObject({
      code: 'TOKEN_ALREADY_ISSUED',
    });
    await expect(obtainTokens(env, absent, m, [itemA!.id])).rejects.toMatchObject({
      code: 'NOT_COUNCIL_MEMBER',
    });
    await expect(obtainTokens(env, { ...seats[0]!, actor: outsider }, m, [itemA!.id])).rejects.toMatchObject({
      code: 'NOT_COUNCIL_MEMBER',
    });
    for (const { t, choice } of shuffle(tokens)) await cast(env, t, choice);

    // written votes of the absent member: entered by one officer, confirmed by another
    m = await getMeeting(env.ctx(officer), m.id);
    m = await enterWrittenVote(env.ctx(officer), m.id, {
      itemId: itemA!.id,
      memberId: absent.memberId,
      choice: 'YES',
    });
    m = await enterWrittenVote(env.ctx(officer), m.id, {
      itemId: itemB!.id,
      memberId: absent.memberId,
      choice: 'NO',
    });
    await expect(closeMeeting(env.ctx(officer), m.id)).rejects.toMatchObject({
      code: 'WRITTEN_VOTE_UNCONFIRMED',
    });
    await expect(
      confirmWrittenVote(env.ctx(officer), m.id, m.items[0]!.writtenVotes[0]!.id),
    ).rejects.toMatchObject({
      code: 'WRITTEN_VOTE_SAME_OFFICER',
    });
    for (const it of m.items) await confirmWrittenVote(env.ctx(officer2), m.id, it.writtenVotes[0]!.id);

    m = await closeMeeting(env.ctx(officer), m.id);
    expect(m.status).toBe('CLOSED');
    expect(m.items[0]!.result).toMatchObject({
      membersInOffice: 9,
      present: 8,
      yes: 8,
      no: 1,
      online: 8,
      written: 1,
      threshold: 0.8,
      passed: true,
    });
    expect(m.items[0]!.result!.message).toContain('8/9 thành viên Hội đồng đồng ý (88,9 %), đạt');
    expect(m.items[1]!.result).toMatchObject({
      membersInOffice: 9,
      yes: 7,
      no: 1,
      threshold: 0.9,
      passed: false,
    });
    // private keys destroyed, recorded
    const keys = await env.database.db
      .select()
      .from(councilMeetingItems)
      .where(eq(councilMeetingItems.meetingId, m.id));
    expect(keys.every((k) => k.privateKey === null && k.keyDestroyedAt !== null)).toBe(true);

    // every member finds their ballot with their receipt; the tally is reproducible from the published rows
    const pub = await publishedBallots(env.ctx(seats[3]!.actor), m.id);
    for (const r of receipts) {
      const id = await ballotTokenId(r.token);
      const row = pub.ballots.find((b) => b.tokenId === id);
      expect(row).toMatchObject({ itemId: r.itemId, choice: r.choice, source: 'ONLINE' });
    }
    const recount = await recountBallots(
      pub.ballots,
      Object.fromEntries(pub.items.map((i) => [i.itemId, i.publicKey])),
    );
    for (const it of m.items) {
      const r = recount.find((x) => x.itemId === it.id)!;
      expect([r.yes, r.no, r.abstain, r.invalid]).toEqual([
        it.result!.yes,
        it.result!.no,
        it.result!.abstain,
        0,
      ]);
    }
    // casting after close is refused
    await expect(cast(env, tokens[0]!.t, 'NO')).rejects.toMatchObject({ code: 'MEETING_NOT_VOTING' });
  }, 120_000);
});

describe('máy chủ tự kiểm tra phiếu', () => {
  it('từ chối mã phiếu dùng hai lần, phiếu của nội dung khác, chữ ký giả; không lưu gì thêm', async () => {
    let m = await buildMeeting(env, officer, council.id, seats, AGENDA);
    m = await openVoting(env.ctx(officer), m.id);
    const [a, b] = await obtainTokens(env, seats[0]!, m, [m.items[0]!.id, m.items[1]!.id]);
    await cast(env, a!, 'YES');
    await expect(cast(env, a!, 'NO')).rejects.toMatchObject({ code: 'BALLOT_TOKEN_USED' });
    await expect(cast(env, { ...b!, itemId: a!.itemId }, 'NO')).rejects.toMatchObject({
      code: 'BALLOT_SIGNATURE_INVALID',
    });
    await expect(cast(env, { ...b!, token: 'ab'.repeat(32) }, 'NO')).rejects.toMatchObject({
      code: 'BALLOT_SIGNATURE_INVALID',
    });
    await expect(
      castBallot(env.ctx(null), {
        itemId: b!.itemId,
        token: b!.token,
        signature: 'A'.repeat(342),
        choice: 'YES',
      }),
    ).rejects.toMatchObject({ code: 'BALLOT_SIGNATURE_INVALID' });
    await expect(
      castBallot(env.ctx(null), {
        itemId: b!.itemId,
        token: b!.token,
        signature: b!.signature,
        choice: 'MAYBE',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(
      issueBallotTokens(env.ctx(seats[1]!.actor), m.id, {
        items: [{ itemId: m.items[0]!.id, blindedMsg: 'A'.repeat(300) }],
      }),
    ).rejects.toMatchObject({ code: 'BLINDED_MESSAGE_INVALID' });
    const box = await env.database.db.select().from(ballotBox);
    expect(box.filter((x) => x.itemId === a!.itemId || x.itemId === b!.itemId)).toHaveLength(1);
  });

  it('chỉ cán bộ có quyền mới mở/kết thúc bỏ phiếu; thiếu số thành viên tham dự thì không mở được', async () => {
    const few = seats.slice(0, 5);
    const m = await buildMeeting(env, officer, council.id, seats, AGENDA, seats.slice(5));
    expect(few).toHaveLength(5);
    await expect(openVoting(env.ctx(clerk), m.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(openVoting(env.ctx(seats[0]!.actor), m.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const e = await openVoting(env.ctx(officer), m.id).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'QUORUM_NOT_MET' });
    expect((e as Error).message).toContain('5/9');
    expect((await getMeeting(env.ctx(officer), m.id)).status).toBe('DRAFT');
  });

  it('nhật ký: mở/kết thúc có người thực hiện; phiếu bầu không ghi người bỏ phiếu, không ghi mã phiếu', async () => {
    let m = await buildMeeting(env, officer, council.id, seats, AGENDA.slice(0, 1));
    m = await openVoting(env.ctx(officer), m.id);
    const [t] = await obtainTokens(env, seats[2]!, m, [m.items[0]!.id]);
    await cast(env, t!, 'NO');
    m = await closeMeeting(env.ctx(officer), m.id);
    const rows = await env.database.db.select().from(auditLog);
    const open = rows.find((r) => r.action === 'meeting.open_voting' && r.entityId === m.id)!;
    expect(open.actorId).toBe(officer.accountId);
    const issue = rows.find((r) => r.action === 'ballot.issue_tokens' && r.entityId === m.id)!;
    expect(issue.actorId).toBe(seats[2]!.actor.accountId);
    expect(issue.after).toEqual({ memberId: seats[2]!.memberId, itemIds: [m.items[0]!.id] });
    const castRow = rows.find((r) => r.action === 'ballot.cast' && r.entityId === m.items[0]!.id)!;
    expect(castRow).toMatchObject({ actorId: null, requestId: null, before: null, after: null });
    expect(JSON.stringify(rows)).not.toContain(t!.tokenId);
    expect(JSON.stringify(rows)).not.toContain(t!.token);
    // minutes built from the frozen results
    const minutes = await meetingMinutes(env.ctx(officer), m.id);
    expect(minutes.meeting.blocks.map((b) => b.text)).toContain(
      'Nguyễn Thị An: 0/9 thành viên đồng ý (0 %), không đạt tỷ lệ từ 80 % trở lên.',
    );
    expect(minutes.tally.annexes[0]!.rows).toEqual([
      [
        '1',
        'Nguyễn Thị An',
        'Chiến sĩ thi đua cơ sở',
        '9',
        '1',
        '0',
        '1',
        '0',
        '0 %',
        'từ 80 % trở lên',
        'Không đạt',
      ],
    ]);
    expect(minutes.tally.signer).toEqual({ title: 'CHỦ TỊCH HỘI ĐỒNG', name: expect.any(String) });
    const close = rows.find((r) => r.action === 'meeting.close' && r.entityId === m.id)!;
    expect(close.after).toMatchObject({ keysDestroyed: true, results: [{ yes: 0, no: 1, passed: false }] });
  });
});

describe('ẩn danh: người có toàn quyền cơ sở dữ liệu không liên kết được phiếu với thành viên', () => {
  it('không cột, không thời điểm, không thứ tự nào nối phiếu đã công bố với tài khoản', async () => {
    const trials = 2;
    for (let trial = 0; trial < trials; trial++) {
      let m = await buildMeeting(env, officer, council.id, seats, AGENDA.slice(0, 1));
      m = await openVoting(env.ctx(officer), m.id);
      const itemId = m.items[0]!.id;
      // every member takes a token in seat order and casts in that same order (worst case for an order leak)
      const cast_: { seat: number; tokenId: string; choice: BallotChoice }[] = [];
      for (const [i, s] of seats.entries()) {
        const [t] = await obtainTokens(env, s, m, [itemId]);
        const choice: BallotChoice = i % 3 === 0 ? 'NO' : 'YES';
        await cast(env, t!, choice);
        cast_.push({ seat: i, tokenId: t!.tokenId, choice });
      }
      await closeMeeting(env.ctx(officer), m.id);

      // 1. dump every table of the application
      const tables = await queryRows<{ table_name: string }>(
        env.database.db,
        sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      );
      const dump = new Map<string, Record<string, unknown>[]>();
      for (const { table_name } of tables) {
        dump.set(table_name, await queryRows(env.database.db, sql.raw(`SELECT * FROM "${table_name}"`)));
      }
      const published = dump.get('ballots')!.filter((b) => b.item_id === itemId);
      expect(published).toHaveLength(seats.length);
      expect(dump.get('ballot_box')!.filter((b) => b.item_id === itemId)).toHaveLength(0);

      // 2. no value of a published ballot (id, token id, signature) appears in any other table
      const identifying = new Set<string>();
      for (const [name, rows] of dump) {
        for (const row of rows) {
          for (const v of Object.values(row)) {
            const s = typeof v === 'string' ? v : v && typeof v === 'object' ? JSON.stringify(v) : null;
            if (!s) continue;
            for (const b of published) {
              for (const key of ['id', 'token_id', 'signature'] as const) {
                if (name !== 'ballots' && s.includes(String(b[key]))) identifying.add(`${name}:${key}`);
              }
            }
          }
        }
      }
      expect([...identifying]).toEqual([]);

      // 3. no account, person or member id, and no time, in the ballot tables' columns
      const cols = await queryRows<{ table_name: string; column_name: string; data_type: string }>(
        env.database.db,
        sql`SELECT table_name, column_name, data_type FROM information_schema.columns
            WHERE table_name IN ('ballots', 'ballot_box', 'ballot_token_issues')`,
      );
      expect(cols.filter((c) => /time|date/.test(c.data_type))).toEqual([]);
      expect(
        cols.filter(
          (c) =>
            c.table_name !== 'ballot_token_issues' &&
            /member|account|person|actor|request/.test(c.column_name),
        ),
      ).toEqual([]);
      // ids are random (UUIDv4), not time-ordered (UUIDv7)
      for (const b of published) expect(String(b.id)[14]).toBe('4');

      // 4. no order leak: physical order of the published rows is token-id order, whatever the cast order
      const physical = await queryRows<{ token_id: string }>(
        env.database.db,
        sql`SELECT token_id FROM ballots WHERE item_id = ${itemId} ORDER BY ctid`,
      );
      const byToken = [...cast_].sort((a, b) => a.tokenId.localeCompare(b.tokenId));
      expect(physical.map((r) => r.token_id)).toEqual(byToken.map((c) => c.tokenId));
      expect(physical.map((r) => r.token_id)).toEqual(published.map((b) => b.token_id));
      // an attacker pairing the k-th token taken (the only order the database keeps) with the k-th published ballot
      // guesses exactly as well as a random pairing: both are functions of independent random token ids
      const issued = dump.get('ballot_token_issues')!.filter((r) => r.item_id === itemId);
      expect(issued).toHaveLength(seats.length);
      expect(Object.keys(issued[0]!).sort()).toEqual(['item_id', 'member_id']);
    }
  }, 180_000);

  it('ballot rows are the same whoever casts: the anonymous endpoint never sees an actor', async () => {
    let m = await buildMeeting(env, officer, council.id, seats, AGENDA.slice(0, 1));
    m = await openVoting(env.ctx(officer), m.id);
    const [t] = await obtainTokens(env, seats[4]!, m, [m.items[0]!.id]);
    // even if a logged-in context reached the verb, nothing about the actor is stored
    await castBallot(env.ctx(seats[4]!.actor), {
      itemId: t!.itemId,
      token: t!.token,
      signature: t!.signature,
      choice: 'YES',
    });
    const [row] = await env.database.db.select().from(ballotBox).where(eq(ballotBox.itemId, t!.itemId));
    expect(Object.keys(row!).sort()).toEqual(['choice', 'id', 'itemId', 'signature', 'tokenId']);
    const audit = await env.database.db.select().from(auditLog).where(eq(auditLog.entityId, t!.itemId));
    expect(audit.filter((a) => a.action === 'ballot.cast')).toEqual([
      expect.objectContaining({ actorId: null, actorName: 'Hệ thống', requestId: null }),
    ]);
  });
});

describe('bỏ phiếu giấy (dự phòng)', () => {
  it('hai cán bộ nhập độc lập; lệch thì từ chối; khớp thì tính kết quả', async () => {
    let m = await buildMeeting(env, officer, council.id, seats, AGENDA.slice(0, 1), [seats[8]!]);
    m = await openVoting(env.ctx(officer), m.id);
    const [t] = await obtainTokens(env, seats[0]!, m, [m.items[0]!.id]);
    await cast(env, t!, 'YES');
    await expect(switchToPaper(env.ctx(clerk), m.id, { reason: 'Mất mạng' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    m = await switchToPaper(env.ctx(officer), m.id, { reason: 'Mất kết nối mạng tại phòng họp' });
    expect(m.method).toBe('PAPER');
    expect(m.items[0]!.ballotsCast).toBe(0);
    await expect(cast(env, t!, 'YES')).rejects.toMatchObject({ code: 'METHOD_NOT_ONLINE' });
    const itemId = m.items[0]!.id;
    await expect(closeMeeting(env.ctx(officer), m.id)).rejects.toMatchObject({
      code: 'PAPER_COUNT_INCOMPLETE',
    });
    await expect(
      enterPaperCount(env.ctx(officer), m.id, { itemId, yes: 9, no: 0, abstain: 0, invalid: 0 }),
    ).rejects.toMatchObject({ code: 'TOO_MANY_BALLOTS' });
    await enterPaperCount(env.ctx(officer), m.id, { itemId, yes: 6, no: 1, abstain: 0, invalid: 1 });
    await expect(
      enterPaperCount(env.ctx(officer2), m.id, { itemId, yes: 7, no: 1, abstain: 0, invalid: 0 }),
    ).rejects.toMatchObject({ code: 'PAPER_COUNT_MISMATCH' });
    // after the recount the first officer corrects, the second confirms
    await enterPaperCount(env.ctx(officer), m.id, { itemId, yes: 7, no: 1, abstain: 0, invalid: 0 });
    m = await enterPaperCount(env.ctx(officer2), m.id, { itemId, yes: 7, no: 1, abstain: 0, invalid: 0 });
    expect(m.items[0]!.paperCounts.map((p) => p.entry)).toEqual([1, 2]);
    await enterWrittenVote(env.ctx(officer), m.id, {
      itemId,
      memberId: seats[8]!.memberId,
      choice: 'YES',
    }).then((x) => confirmWrittenVote(env.ctx(officer2), m.id, x.items[0]!.writtenVotes[0]!.id));
    m = await closeMeeting(env.ctx(officer), m.id);
    expect(m.items[0]!.result).toMatchObject({
      yes: 8,
      no: 1,
      paper: 8,
      written: 1,
      online: 0,
      passed: true,
    });
    const pub = await publishedBallots(env.ctx(officer), m.id);
    expect(pub.ballots.filter((b) => b.source === 'PAPER').map((b) => [b.choice, b.count])).toEqual([
      ['NO', 1],
      ['YES', 7],
    ]);
    const audit = await env.database.db.select().from(auditLog).where(eq(auditLog.entityId, m.id));
    expect(audit.filter((a) => a.action === 'ballot.paper_count')).toHaveLength(3);
    expect(audit.filter((a) => a.action === 'meeting.paper_fallback')[0]!.after).toMatchObject({
      discardedOnlineBallots: 1,
    });
  });

  it('công bố phiếu chỉ sau khi kết thúc', async () => {
    const m = await buildMeeting(env, officer, council.id, seats, AGENDA.slice(0, 1));
    await expect(publishedBallots(env.ctx(officer), m.id)).rejects.toMatchObject({
      code: 'BALLOTS_NOT_PUBLISHED',
    });
    expect((await env.database.db.select().from(ballots)).every((b) => b.itemId !== m.items[0]!.id)).toBe(
      true,
    );
  });
});
