/**
 * Demo: the Hội đồng Thi đua – Khen thưởng of quận Ba Đình (term 2016–2021) with five members who each have an
 * account, one closed meeting (December 2019, voted by secret ballot through the real protocol, results published)
 * and one meeting being prepared (December 2020: agenda and attendance ready, voting not yet open).
 */
import { eq, inArray } from 'drizzle-orm';
import { ballotMessage, blind, finalize, newBallotToken, type BallotChoice } from '@vinhdanh/shared';
import type { Actor, ServiceContext } from '../context';
import { accounts, persons, roleGrants, units } from '../db/schema';
import { newId } from '../lib/ids';
import { hashPassword, randomPassword } from '../services/auth/password';
import { addCouncilMember, createCouncil } from '../services/councils/councils';
import { addAgendaItem, createMeeting, recordAttendance } from '../services/councils/meetings';
import { castBallot, issueBallotTokens, openVoting } from '../services/councils/voting';
import { closeMeeting } from '../services/councils/close-meeting';
import { demoPeople } from './demo-data';
import type { DemoLogin } from './seed-demo';

/** Seats: demo person key, role, account username (hoidong.badinh exists already). */
export const DEMO_COUNCIL_SEATS = [
  { personKey: 'P0033', role: 'CHU_TICH', username: 'hoidong.chutich.badinh' },
  { personKey: 'P0043', role: 'PHO_CHU_TICH', username: 'hoidong.badinh' },
  { personKey: 'P0049', role: 'UY_VIEN', username: 'hoidong.uyvien.badinh' },
  { personKey: 'P0044', role: 'UY_VIEN', username: 'hoidong.uyvien2.badinh' },
  { personKey: 'P0034', role: 'THU_KY', username: 'hoidong.thuky.badinh' },
] as const;

export const DEMO_MEETING_2020 = 'Phiên họp xét khen thưởng tổng kết năm 2020';

async function actorOf(ctx: ServiceContext, username: string): Promise<Actor> {
  const [a] = await ctx.db.select().from(accounts).where(eq(accounts.username, username));
  if (!a) throw new Error(`demo: thiếu tài khoản ${username}`);
  const grants = await ctx.db.select().from(roleGrants).where(eq(roleGrants.accountId, a.id));
  return {
    accountId: a.id,
    username: a.username,
    fullName: a.fullName,
    personId: a.personId,
    grants: grants.map((g) => ({ role: g.role as Actor['grants'][number]['role'], unitId: g.unitId })),
  };
}

export async function seedDemoBallot(ctx: ServiceContext): Promise<DemoLogin[]> {
  const [bd] = await ctx.db.select().from(units).where(eq(units.code, 'BA_DINH'));
  if (!bd) return [];
  const officer = await actorOf(ctx, 'canbo.tdkt.badinh');
  const as = (a: Actor): ServiceContext => ({ ...ctx, actor: a, memo: new Map() });
  const keys = DEMO_COUNCIL_SEATS.map((s) => s.personKey);
  const people = demoPeople.filter((p) => (keys as readonly string[]).includes(p.key));
  const byKey = new Map(people.map((p) => [p.key, p]));
  const personRows = await ctx.db
    .select({ id: persons.id, nationalId: persons.nationalId })
    .from(persons)
    .where(
      inArray(
        persons.nationalId,
        people.map((p) => p.nationalId),
      ),
    );
  const personId = (key: string) => {
    const p = byKey.get(key)!;
    return personRows.find((r) => r.nationalId === p.nationalId)!.id;
  };

  // accounts of the members who have none yet
  const logins: DemoLogin[] = [];
  for (const s of DEMO_COUNCIL_SEATS) {
    const [exists] = await ctx.db.select().from(accounts).where(eq(accounts.username, s.username));
    if (exists) continue;
    const password = randomPassword();
    const id = newId();
    await ctx.db.insert(accounts).values({
      id,
      username: s.username,
      fullName: byKey.get(s.personKey)!.fullName,
      passwordHash: await hashPassword(password, ctx.config.ARGON2_MEMORY_KIB),
      personId: personId(s.personKey),
    });
    await ctx.db
      .insert(roleGrants)
      .values({ id: newId(), accountId: id, role: 'COUNCIL_MEMBER', unitId: bd.id });
    logins.push({
      username: s.username,
      password,
      description: `Thành viên Hội đồng Thi đua – Khen thưởng quận Ba Đình (${byKey.get(s.personKey)!.fullName})`,
    });
  }

  const council = await createCouncil(as(officer), {
    unitId: bd.id,
    name: 'Hội đồng Thi đua – Khen thưởng quận Ba Đình',
    termFrom: '2016-07-01',
    termTo: '2021-06-30',
    basis:
      'Quyết định kiện toàn Hội đồng Thi đua – Khen thưởng quận Ba Đình nhiệm kỳ 2016–2021 (dữ liệu mẫu)',
  });
  for (const s of DEMO_COUNCIL_SEATS) {
    const p = byKey.get(s.personKey)!;
    const emp = p.employments.find((e) => e.from <= '2020-12-31' && (!e.to || e.to >= '2020-12-31'));
    await addCouncilMember(as(officer), council.id, {
      personId: personId(s.personKey),
      role: s.role,
      position: emp?.position ?? null,
      fromDate: '2016-07-01',
    });
  }
  const members = await Promise.all(DEMO_COUNCIL_SEATS.map((s) => actorOf(ctx, s.username)));

  // 2019: a closed meeting, voted through the real protocol
  let m = await createMeeting(as(officer), council.id, {
    title: 'Phiên họp xét tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2019',
    meetingDate: '2019-12-26',
    location: 'Hội trường UBND quận Ba Đình',
  });
  await addAgendaItem(as(officer), m.id, {
    nomineeName: 'Nguyễn Văn Quân',
    nomineeUnit: 'Phòng Nội vụ quận Ba Đình',
    awardCode: 'CSTD_CO_SO',
    summary: 'Hoàn thành xuất sắc nhiệm vụ; sáng kiến cải cách hành chính được công nhận cấp cơ sở.',
  });
  await addAgendaItem(as(officer), m.id, {
    nomineeName: 'Phan Thị Linh',
    nomineeUnit: 'Văn phòng HĐND và UBND quận Ba Đình',
    awardCode: 'CSTD_CO_SO',
    summary: 'Hoàn thành xuất sắc nhiệm vụ; đề tài nghiên cứu cấp cơ sở.',
  });
  m = await recordAttendance(as(officer), m.id, {
    members: m.members.map((x) => ({ memberId: x.id, present: true })),
  });
  m = await openVoting(as(officer), m.id);
  const plan: BallotChoice[][] = [
    ['YES', 'YES'],
    ['YES', 'YES'],
    ['YES', 'NO'],
    ['YES', 'NO'],
    ['YES', 'NO'],
  ];
  for (const [i, member] of members.entries()) {
    const prepared = [];
    for (const item of m.items) {
      const t = await newBallotToken();
      const msg = ballotMessage(item.id, t.tokenId);
      prepared.push({ item, t, msg, b: await blind(item.publicKey!, msg) });
    }
    const res = await issueBallotTokens(as(member), m.id, {
      items: prepared.map((p) => ({ itemId: p.item.id, blindedMsg: p.b.blindedMsg })),
    });
    for (const [j, p] of prepared.entries()) {
      const blindSig = res.items.find((r) => r.itemId === p.item.id)!.blindSig;
      const signature = await finalize(p.item.publicKey!, p.msg, blindSig, p.b.inv);
      await castBallot(
        { ...ctx, actor: null },
        { itemId: p.item.id, token: p.t.token, signature, choice: plan[i]![j]! },
      );
    }
  }
  await closeMeeting(as(officer), m.id);

  // 2020: being prepared (the e2e journey opens it and votes)
  let m2 = await createMeeting(as(officer), council.id, {
    title: DEMO_MEETING_2020,
    meetingDate: '2020-12-28',
    location: 'Hội trường UBND quận Ba Đình',
  });
  m2 = await addAgendaItem(as(officer), m2.id, {
    nomineeName: 'Nguyễn Thành Tài',
    nomineeUnit: 'Phòng Nội vụ quận Ba Đình',
    awardCode: 'CSTD_CO_SO',
    summary: 'Hai năm liền Lao động tiên tiến, hoàn thành xuất sắc nhiệm vụ năm 2020.',
  });
  await recordAttendance(as(officer), m2.id, {
    members: m2.members.map((x) => ({ memberId: x.id, present: true })),
  });
  return logins;
}
