import { describe, expect, it } from 'vitest';
import type { PublicVerification, RegistryRecord } from '@vinhdanh/shared';
import { lineageEventUnits, lineageEvents } from '../../db/schema';
import { newId } from '../../lib/ids';
import { recordAward, revokeAwards } from '../../services/registry/record-award';
import { formatVerifyCode } from '../../services/registry/verify-code';
import { searchRegistry, searchTuning } from '../../services/registry/search';
import { buildActor, buildPerson, buildTree, buildUnit, createTestApp, login } from '../../test/harness';

const t = await createTestApp({ today: '2026-10-01' });
const tree = await buildTree(t);
const db = t.database.db;
const officer = await buildActor(t, 'OFFICER', tree.province);
const clerk = await buildActor(t, 'UNIT_CLERK', tree.district);
const outsider = await buildActor(t, 'UNIT_CLERK', tree.other);
const staffPerson = await buildPerson(t, { fullName: 'Phạm Thị Lành', unit: tree.ward });
const staff = await buildActor(t, 'STAFF', tree.ward, staffPerson.id);

// A ward merged into a new one (2025): its awards are reachable from the successor.
const oldWard = await buildUnit(t, {
  name: 'Phường Cũ',
  kind: 'XA',
  parent: tree.other,
  validTo: '2025-06-30',
});
const newWard = await buildUnit(t, {
  name: 'Phường Mới',
  kind: 'XA',
  parent: tree.province,
  validFrom: '2025-07-01',
});
const ev = newId();
await db
  .insert(lineageEvents)
  .values({ id: ev, kind: 'MERGE', eventDate: '2025-07-01', legalBasis: 'NQ 1/2025' });
await db.insert(lineageEventUnits).values([
  { eventId: ev, unitId: oldWard.id, side: 'FROM' },
  { eventId: ev, unitId: newWard.id, side: 'TO' },
]);

const hong = await buildPerson(t, { fullName: 'Trần Thị Hồng', unit: tree.ward });
const dung = await buildPerson(t, { fullName: 'Nguyễn Văn Dũng', unit: oldWard, from: '2010-01-01' });
const ctx = t.ctx(null);
const [aHong, aHong2, aDung, aUnit, aStaff] = await db.transaction(async (tx) => [
  await recordAward(tx, ctx, {
    recipient: { kind: 'INDIVIDUAL', personId: hong.id },
    code: 'BANG_KHEN_BO_TINH',
    decisionNumber: '12/QĐ-UBND',
    decidedOn: '2021-05-10',
    issuerName: 'Ủy ban nhân dân tỉnh Thử',
    signer: 'Nguyễn Văn Ký',
  }),
  await recordAward(tx, ctx, {
    recipient: { kind: 'INDIVIDUAL', personId: hong.id },
    code: 'CSTD_CO_SO',
    decisionNumber: '3/QĐ-UBND',
    decidedOn: '2019-12-20',
  }),
  await recordAward(tx, ctx, {
    recipient: { kind: 'INDIVIDUAL', personId: dung.id },
    code: 'GIAY_KHEN',
    decisionNumber: '7/QĐ-UBND',
    decidedOn: '2020-11-02',
  }),
  await recordAward(tx, ctx, {
    recipient: { kind: 'COLLECTIVE', unitId: tree.ward.id },
    code: 'TT_LDXS',
    decisionNumber: '12/QĐ-UBND',
    decidedOn: '2021-05-10',
  }),
  await recordAward(tx, ctx, {
    recipient: { kind: 'INDIVIDUAL', personId: staffPerson.id },
    code: 'LDTT',
    decisionNumber: '9/QĐ',
    decidedOn: '2022-01-05',
  }),
]);

async function search(who: { username: string; password: string }, qs: string) {
  const h = await login(t.app, who.username, who.password);
  return t.app.inject({ method: 'GET', url: `/api/v1/registry${qs}`, headers: h });
}
const ids = (body: { items: RegistryRecord[] }) => body.items.map((i) => i.id).sort();

describe('GET /api/v1/registry', () => {
  it('finds by name without diacritics, words in any order, each record with its verifyUrl', async () => {
    const res = await search(officer, '?q=tran%20hong');
    expect(res.statusCode).toBe(200);
    const body = res.json() as { items: RegistryRecord[]; total: number };
    expect(ids(body)).toEqual([aHong!.id, aHong2!.id].sort());
    // Newest decision first.
    expect(body.items[0]).toMatchObject({
      recipientName: 'Trần Thị Hồng',
      codeName: 'Bằng khen của bộ, ban, ngành, tỉnh',
      level: 'BO_TINH',
      decisionNumber: '12/QĐ-UBND',
      recipientUnitName: 'Phường Bến Nghé',
      verifyUrl: `/verify/${aHong!.verifyCode}`,
    });
    const byCode = await search(officer, `?q=${formatVerifyCode(aDung!.verifyCode).toLowerCase()}`);
    expect(ids(byCode.json())).toEqual([aDung!.id]);
    const byNumber = await search(officer, `?q=${encodeURIComponent('12/QĐ-UBND')}`);
    expect(ids(byNumber.json())).toEqual([aHong!.id, aUnit!.id].sort());
  });

  it('filters by code, level, year range, decision number and recipient kind', async () => {
    expect(ids((await search(officer, '?code=CSTD_CO_SO')).json())).toEqual([aHong2!.id]);
    expect(ids((await search(officer, '?level=BO_TINH')).json())).toEqual([aHong!.id]);
    expect(ids((await search(officer, '?yearFrom=2020&yearTo=2020')).json())).toEqual([aDung!.id]);
    expect(
      ids((await search(officer, '?decisionNumber=12%2FQ%C4%90-UBND&recipientKind=COLLECTIVE')).json()),
    ).toEqual([aUnit!.id]);
    const bad = await search(officer, '?yearFrom=2022&yearTo=2020');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'VALIDATION_FAILED', details: [{ path: 'yearTo' }] });
  });

  it('a unit filter includes its subtree and the units merged into it', async () => {
    expect(ids((await search(officer, `?unitId=${tree.district.id}`)).json())).toEqual(
      [aHong!.id, aHong2!.id, aUnit!.id, aStaff!.id].sort(),
    );
    expect(ids((await search(officer, `?unitId=${newWard.id}`)).json())).toEqual([aDung!.id]);
    // A collective's own record: the unit's awards, not its subunits'.
    expect(ids((await search(officer, `?collectiveUnitId=${tree.ward.id}`)).json())).toEqual([aUnit!.id]);
    expect((await search(officer, `?collectiveUnitId=${tree.district.id}`)).json().items).toHaveLength(0);
  });

  it('pages with an exact total', async () => {
    const p1 = (await search(officer, '?pageSize=2')).json() as { items: RegistryRecord[]; total: number };
    const p3 = (await search(officer, '?pageSize=2&page=3')).json() as { items: RegistryRecord[] };
    expect(p1.total).toBe(5);
    expect(p1.items).toHaveLength(2);
    expect(p3.items).toHaveLength(1);
  });

  it('gives the same pages and totals whichever plan answers (recent window or indexes)', async () => {
    const c = () => t.ctx(officer.actor);
    const queries = [
      {},
      { q: 'hong' },
      { q: 'nguyen dung' },
      { q: '12/QĐ-UBND' },
      { yearFrom: 2020, yearTo: 2021 },
      { unitId: tree.district.id },
      { code: 'GIAY_KHEN' },
    ];
    const answer = async () => {
      const out: unknown[] = [];
      for (const q of queries)
        for (const page of [1, 2, 3]) {
          const r = await searchRegistry(c(), { ...q, page, pageSize: 2 });
          out.push([r.items.map((i) => i.id), r.total, r.totalExact]);
        }
      return out;
    };
    const saved = searchTuning.recentWindow;
    try {
      const wide = await answer();
      expect(JSON.stringify(wide)).toContain(aHong!.id);
      for (const w of [8, 3, 1]) {
        searchTuning.recentWindow = w;
        expect(await answer()).toEqual(wide);
      }
    } finally {
      searchTuning.recentWindow = saved;
    }
  });

  it('scopes: a clerk sees their subtree, staff only themselves, anonymous is refused', async () => {
    expect(ids((await search(clerk, '')).json())).toEqual(
      [aHong!.id, aHong2!.id, aUnit!.id, aStaff!.id].sort(),
    );
    expect(ids((await search(outsider, '')).json())).toEqual([aDung!.id]);
    expect(ids((await search(staff, '')).json())).toEqual([aStaff!.id]);
    const anon = await t.app.inject({ method: 'GET', url: '/api/v1/registry?q=hong' });
    expect(anon.statusCode).toBe(401);
  });

  it('hides revoked entries unless asked', async () => {
    const p = await buildPerson(t, { fullName: 'Lê Văn Thu Hồi', unit: tree.ward });
    const a = await db.transaction((tx) =>
      recordAward(tx, ctx, {
        recipient: { kind: 'INDIVIDUAL', personId: p.id },
        code: 'GIAY_KHEN',
        decisionNumber: '44/QĐ',
        decidedOn: '2023-01-01',
      }),
    );
    await db.transaction((tx) =>
      revokeAwards(tx, ctx, { awardIds: [a.id], revokedOn: '2024-01-01', byDecisionNumber: '45/QĐ' }),
    );
    expect((await search(officer, '?q=thu%20hoi')).json().items).toHaveLength(0);
    const all = (await search(officer, '?q=thu%20hoi&includeRevoked=true')).json() as {
      items: RegistryRecord[];
    };
    expect(all.items[0]).toMatchObject({ id: a.id, revoked: { decisionNumber: '45/QĐ', on: '2024-01-01' } });
  });
});

describe('public verification', () => {
  it('GET /api/v1/public/verify/:code answers anonymously with name, title, decision and issuer only', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/verify/${aHong!.verifyCode}` });
    expect(res.statusCode).toBe(200);
    const v = res.json() as PublicVerification;
    expect(v).toEqual({
      code: aHong!.verifyCode,
      status: 'VALID',
      recipientName: 'Trần Thị Hồng',
      recipientKind: 'INDIVIDUAL',
      title: 'Bằng khen của bộ, ban, ngành, tỉnh',
      decisionNumber: '12/QĐ-UBND',
      decidedOn: '2021-05-10',
      issuer: 'Ủy ban nhân dân tỉnh Thử',
      signer: 'Nguyễn Văn Ký',
      revoked: null,
    });
    expect(res.body).not.toContain('1980-05-01');
    expect(res.body).not.toContain(hong.id);
    // Typed by hand: lower case with dashes.
    const typed = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/verify/${formatVerifyCode(aHong!.verifyCode).toLowerCase()}`,
    });
    expect(typed.json()).toMatchObject({ code: aHong!.verifyCode });
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/public/verify/ZZZZZZZZZZZZ' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({
      error: 'NOT_FOUND',
      message: 'Không tìm thấy khen thưởng nào có mã xác minh này.',
    });
  });

  it('/verify/:code renders a Vietnamese page without JavaScript; unknown → 404 page; revoked → revoked page', async () => {
    const ok = await t.app.inject({ method: 'GET', url: `/verify/${aHong!.verifyCode}` });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toContain('text/html');
    expect(ok.body).toContain('Khen thưởng hợp lệ');
    expect(ok.body).toContain('Trần Thị Hồng');
    expect(ok.body).toContain('Số 12/QĐ-UBND ngày 10/05/2021');
    expect(ok.body).toContain('name="viewport"');
    expect(ok.body).not.toContain('<script');

    const missing = await t.app.inject({ method: 'GET', url: '/verify/khong-co-ma-nay' });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Không tìm thấy khen thưởng');
    expect(missing.body).toContain('khong-co-ma-nay');
    const xss = await t.app.inject({
      method: 'GET',
      url: `/verify/${encodeURIComponent('<script>x</script>')}`,
    });
    expect(xss.statusCode).toBe(404);
    expect(xss.body).not.toContain('<script>x');

    await db.transaction((tx) =>
      revokeAwards(tx, ctx, {
        awardIds: [aDung!.id],
        revokedOn: '2024-03-01',
        byDecisionNumber: '99/QĐ-UBND',
        reason: 'Phát hiện khai không đúng thành tích',
      }),
    );
    const rev = await t.app.inject({ method: 'GET', url: `/verify/${aDung!.verifyCode}` });
    expect(rev.statusCode).toBe(200);
    expect(rev.body).toContain('đã bị thu hồi');
    expect(rev.body).toContain('Quyết định số 99/QĐ-UBND ngày 01/03/2024');
    expect(rev.body).toContain('Phát hiện khai không đúng thành tích');
    const json = await t.app.inject({ method: 'GET', url: `/api/v1/public/verify/${aDung!.verifyCode}` });
    expect(json.json()).toMatchObject({ status: 'REVOKED', revoked: { decisionNumber: '99/QĐ-UBND' } });

    const form = await t.app.inject({ method: 'GET', url: `/verify?code=${aHong!.verifyCode}` });
    expect(form.statusCode).toBe(302);
    expect(form.headers.location).toBe(`/verify/${aHong!.verifyCode}`);
  });
});
