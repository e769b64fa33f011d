import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { ballotMessage, blind, finalize, newBallotToken, type Meeting } from '@vinhdanh/shared';
import { buildApp } from '../../app';
import { buildActor, buildPerson, buildTree, createTestEnv, login } from '../../test/harness';
import { addCouncilMember, createCouncil } from '../../services/councils/councils';

const env = await createTestEnv({ today: '2026-10-01' });
const lines: string[] = [];
const log = pino(
  { level: 'info' },
  new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  }),
);
const { app } = await buildApp({ ...env.deps, log });
await app.ready();
afterAll(() => app.close());

const tree = await buildTree(env);
const officer = await buildActor(env, 'OFFICER', tree.district);
const council = await createCouncil(env.ctx(officer.actor), {
  unitId: tree.district.id,
  name: 'Hội đồng TĐKT Quận Một',
  termFrom: '2021-01-01',
  basis: 'Quyết định số 01/QĐ-UBND',
});
const members: Awaited<ReturnType<typeof buildActor>>[] = [];
for (let i = 0; i < 3; i++) {
  const p = await buildPerson(env, { unit: tree.district });
  await addCouncilMember(env.ctx(officer.actor), council.id, {
    personId: p.id,
    role: i === 0 ? 'CHU_TICH' : 'UY_VIEN',
    fromDate: '2021-01-01',
  });
  members.push(await buildActor(env, 'COUNCIL_MEMBER', tree.district, p.id));
}

describe('API Hội đồng và bỏ phiếu kín', () => {
  it('cả quy trình qua HTTP; yêu cầu bỏ phiếu không dùng phiên, không được ghi log', async () => {
    const oh = await login(app, officer.username, officer.password);
    const created = await app.inject({
      method: 'POST',
      url: `/api/v1/councils/${council.id}/meetings`,
      headers: oh,
      payload: { title: 'Phiên họp tháng 9', meetingDate: '2026-09-30' },
    });
    expect(created.statusCode).toBe(201);
    const meetingId = (created.json() as Meeting).id;
    let r = await app.inject({
      method: 'POST',
      url: `/api/v1/meetings/${meetingId}/items`,
      headers: oh,
      payload: { nomineeName: 'Nguyễn Văn Một', awardCode: 'CSTD_CO_SO' },
    });
    expect(r.statusCode).toBe(200);
    const m0 = r.json() as Meeting;
    r = await app.inject({
      method: 'PUT',
      url: `/api/v1/meetings/${meetingId}/attendance`,
      headers: oh,
      payload: { members: m0.members.map((m) => ({ memberId: m.id, present: true })) },
    });
    expect(r.statusCode).toBe(200);
    r = await app.inject({ method: 'POST', url: `/api/v1/meetings/${meetingId}/open`, headers: oh });
    expect(r.statusCode).toBe(200);

    const receipts: string[] = [];
    for (const mem of members) {
      const h = await login(app, mem.username, mem.password);
      const m = (
        await app.inject({ method: 'GET', url: `/api/v1/meetings/${meetingId}`, headers: h })
      ).json() as Meeting;
      expect(m.me).not.toBeNull();
      const item = m.items[0]!;
      const t = await newBallotToken();
      const msg = ballotMessage(item.id, t.tokenId);
      const b = await blind(item.publicKey!, msg);
      const tok = await app.inject({
        method: 'POST',
        url: `/api/v1/meetings/${meetingId}/tokens`,
        headers: h,
        payload: { items: [{ itemId: item.id, blindedMsg: b.blindedMsg }] },
      });
      expect(tok.statusCode).toBe(200);
      const sig = await finalize(
        item.publicKey!,
        msg,
        (tok.json() as { items: { blindSig: string }[] }).items[0]!.blindSig,
        b.inv,
      );
      const before = lines.length;
      // no cookie, no CSRF header: the anonymous channel
      const c = await app.inject({
        method: 'POST',
        url: '/api/v1/ballots/cast',
        payload: { itemId: item.id, token: t.token, signature: sig, choice: 'YES' },
      });
      expect(c.statusCode).toBe(200);
      expect(c.json()).toEqual({ tokenId: t.tokenId });
      expect(lines.length).toBe(before);
      receipts.push(t.token, t.tokenId, sig);
    }
    // a replay is refused with a clear code, still without a log line
    const before = lines.length;
    const replay = await app.inject({
      method: 'POST',
      url: '/api/v1/ballots/cast',
      payload: { itemId: m0.items[0]!.id, token: receipts[0], signature: receipts[2], choice: 'NO' },
    });
    expect(replay.statusCode).toBe(409);
    expect(replay.json()).toMatchObject({
      error: 'BALLOT_TOKEN_USED',
      message: 'Mã phiếu này đã được dùng để bỏ phiếu.',
    });
    expect(lines.length).toBe(before);

    // the ballots are not published before the close
    const early = await app.inject({
      method: 'GET',
      url: `/api/v1/meetings/${meetingId}/ballots`,
      headers: oh,
    });
    expect(early.json()).toMatchObject({ error: 'BALLOTS_NOT_PUBLISHED' });
    r = await app.inject({ method: 'POST', url: `/api/v1/meetings/${meetingId}/close`, headers: oh });
    expect(r.statusCode).toBe(200);
    expect((r.json() as Meeting).items[0]!.result).toMatchObject({
      yes: 3,
      membersInOffice: 3,
      passed: true,
    });
    const pub = await app.inject({
      method: 'GET',
      url: `/api/v1/meetings/${meetingId}/ballots`,
      headers: oh,
    });
    expect((pub.json() as { ballots: unknown[] }).ballots).toHaveLength(3);

    // the logs the app wrote hold no token, token id or signature
    const all = lines.join('\n');
    for (const x of receipts) expect(all).not.toContain(x);
    expect(lines.length).toBeGreaterThan(5);
  }, 120_000);

  it('từ chối người chưa đăng nhập và người không có quyền', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/v1/councils' });
    expect(r.statusCode).toBe(401);
    const clerk = await buildActor(env, 'UNIT_CLERK', tree.district);
    const h = await login(app, clerk.username, clerk.password);
    const c = await app.inject({
      method: 'POST',
      url: '/api/v1/councils',
      headers: h,
      payload: { unitId: tree.district.id, name: 'X', termFrom: '2021-01-01', basis: 'QĐ' },
    });
    expect(c.statusCode).toBe(403);
    expect(c.json()).toMatchObject({ error: 'FORBIDDEN' });
    const bad = await app.inject({ method: 'POST', url: '/api/v1/ballots/cast', payload: { itemId: 'x' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'VALIDATION_FAILED' });
  });
});
