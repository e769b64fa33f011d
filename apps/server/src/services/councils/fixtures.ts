/** Test fixtures for councils (used by tests only). */
import {
  ballotMessage,
  blind,
  finalize,
  newBallotToken,
  type BallotChoice,
  type Meeting,
} from '@vinhdanh/shared';
import type { Actor } from '../../context';
import { buildActor, buildPerson, type TestEnv } from '../../test/harness';
import { addCouncilMember, createCouncil } from './councils';
import { addAgendaItem, createMeeting, recordAttendance } from './meetings';
import { castBallot, issueBallotTokens } from './voting';

export interface Seat {
  memberId: string;
  personId: string;
  actor: Actor;
}

/** A council of `n` voting members on `unit`, each with an account (COUNCIL_MEMBER role) linked to the person. */
export async function buildCouncil(env: TestEnv, officer: Actor, unit: { id: string }, n: number) {
  const council = await createCouncil(env.ctx(officer), {
    unitId: unit.id,
    name: 'Hội đồng Thi đua – Khen thưởng thử',
    termFrom: '2021-01-01',
    termTo: '2026-12-31',
    basis: 'Quyết định số 01/QĐ-UBND ngày 01/01/2021',
  });
  const seats: Seat[] = [];
  for (let i = 0; i < n; i++) {
    const p = await buildPerson(env, { unit });
    const role = i === 0 ? 'CHU_TICH' : i === 1 ? 'PHO_CHU_TICH' : i === n - 1 ? 'THU_KY' : 'UY_VIEN';
    const c = await addCouncilMember(env.ctx(officer), council.id, {
      personId: p.id,
      role,
      fromDate: '2021-01-01',
    });
    const m = c.members.find((x) => x.personId === p.id)!;
    const a = await buildActor(env, 'COUNCIL_MEMBER', unit, p.id);
    seats.push({ memberId: m.id, personId: p.id, actor: a.actor });
  }
  return { council, seats };
}

/** A DRAFT meeting with the given agenda and everybody present except `absent`. */
export async function buildMeeting(
  env: TestEnv,
  officer: Actor,
  councilId: string,
  seats: Seat[],
  agenda: { nomineeName: string; awardCode: string }[],
  absent: Seat[] = [],
  meetingDate = '2026-09-30',
): Promise<Meeting> {
  let m = await createMeeting(env.ctx(officer), councilId, {
    title: 'Phiên họp xét khen thưởng',
    meetingDate,
  });
  for (const a of agenda) m = await addAgendaItem(env.ctx(officer), m.id, a);
  return recordAttendance(env.ctx(officer), m.id, {
    members: seats.map((s) => ({ memberId: s.memberId, present: !absent.includes(s) })),
  });
}

/** What a member's browser does: blind tokens for the items, get blind signatures, unblind. */
export async function obtainTokens(env: TestEnv, seat: Seat, meeting: Meeting, itemIds: string[]) {
  const prepared = [];
  for (const itemId of itemIds) {
    const item = meeting.items.find((i) => i.id === itemId)!;
    const t = await newBallotToken();
    const msg = ballotMessage(itemId, t.tokenId);
    const b = await blind(item.publicKey!, msg);
    prepared.push({ itemId, ...t, msg, b });
  }
  const res = await issueBallotTokens(env.ctx(seat.actor), meeting.id, {
    items: prepared.map((p) => ({ itemId: p.itemId, blindedMsg: p.b.blindedMsg })),
  });
  const out = [];
  for (const p of prepared) {
    const item = meeting.items.find((i) => i.id === p.itemId)!;
    const blindSig = res.items.find((r) => r.itemId === p.itemId)!.blindSig;
    const signature = await finalize(item.publicKey!, p.msg, blindSig, p.b.inv);
    out.push({ itemId: p.itemId, token: p.token, tokenId: p.tokenId, signature });
  }
  return out;
}

/** Casts over the anonymous channel: a context with no actor. */
export async function cast(
  env: TestEnv,
  t: { itemId: string; token: string; signature: string },
  choice: BallotChoice,
) {
  return castBallot(env.ctx(null), { itemId: t.itemId, token: t.token, signature: t.signature, choice });
}
