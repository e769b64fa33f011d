import { describe, expect, it } from 'vitest';
import { RULESET_VERSION } from '@vinhdanh/rules';
import { buildActor, buildPerson, buildTree, createTestApp, login } from '../../test/harness';
import { newId } from '../../lib/ids';

const t = await createTestApp({ today: '2026-10-01' });
const tree = await buildTree(t);
const an = await buildPerson(t, { fullName: 'Nguyễn Văn An', unit: tree.ward, from: '2015-03-01' });
const clerk = await buildActor(t, 'UNIT_CLERK', tree.district);
const council = await buildActor(t, 'COUNCIL_MEMBER', tree.district);
const outsider = await buildActor(t, 'UNIT_CLERK', tree.other);
const h = await login(t.app, clerk.username, clerk.password);
const hc = await login(t.app, council.username, council.password);
const ho = await login(t.app, outsider.username, outsider.password);

function expectCleanError(body: string) {
  expect(body).not.toMatch(/"stack"|\bat [\w.<>]+ \(|node_modules|select |insert into/i);
}

describe('PUT /api/v1/people/:id/records/:year', () => {
  it('ghi kết quả năm (200) và đọc lại trong dòng thời gian', async () => {
    for (let y = 2019; y <= 2024; y++) {
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/people/${an.id}/records/${y}`,
        headers: h,
        payload: { rating: 'HTT', titles: y === 2022 || y === 2024 ? ['LDTT', 'CSTD_CO_SO'] : ['LDTT'] },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ year: y, rating: 'HTT' });
    }
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/people/${an.id}/records`, headers: hc });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ personId: an.id, recruitedOn: '2015-03-01' });
    expect(res.json().years).toHaveLength(6);
  });

  it('dữ liệu sai: 400 VALIDATION_FAILED với lỗi từng trường', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/people/${an.id}/records/2024`,
      headers: h,
      payload: { rating: 'GIOI' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'VALIDATION_FAILED', details: [{ path: 'rating' }] });
    expectCleanError(res.body);
    const bad = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/people/${an.id}/records/abc`,
      headers: h,
      payload: { rating: 'HTT' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBe('VALIDATION_FAILED');
  });

  it('403 cho vai trò không có quyền, 403 OUT_OF_SCOPE ngoài phạm vi, 404 cán bộ lạ, 403 thiếu CSRF', async () => {
    const url = `/api/v1/people/${an.id}/records/2025`;
    const payload = { rating: 'HTT' };
    const r1 = await t.app.inject({ method: 'PUT', url, headers: hc, payload });
    expect([r1.statusCode, r1.json().error]).toEqual([403, 'FORBIDDEN']);
    const r2 = await t.app.inject({ method: 'PUT', url, headers: ho, payload });
    expect([r2.statusCode, r2.json().error]).toEqual([403, 'OUT_OF_SCOPE']);
    const r3 = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/people/${newId()}/records/2025`,
      headers: h,
      payload,
    });
    expect(r3.statusCode).toBe(404);
    const r4 = await t.app.inject({ method: 'PUT', url, headers: { cookie: h.cookie }, payload });
    expect(r4.statusCode).toBe(403);
  });
});

describe('POST /api/v1/people/:id/awards', () => {
  it('201 và khen thưởng xuất hiện trong dòng thời gian', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/people/${an.id}/awards`,
      headers: h,
      payload: {
        code: 'GIAY_KHEN',
        decisionNumber: '15/QĐ-UBND',
        decidedOn: '2021-01-20',
        periodFrom: 2020,
        periodTo: 2020,
        signer: 'Chủ tịch UBND phường',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'GIAY_KHEN', codeName: 'Giấy khen', type: 'THUONG_XUYEN' });
    const tl = await t.app.inject({ method: 'GET', url: `/api/v1/people/${an.id}/records`, headers: h });
    expect(tl.json().awards.map((a: { decisionNumber: string }) => a.decisionNumber)).toEqual(['15/QĐ-UBND']);
  });

  it('400 VALIDATION_FAILED cho mã lạ và thiếu số quyết định', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/people/${an.id}/awards`,
      headers: h,
      payload: { code: 'X', decidedOn: '2021-01-20' },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['code', 'decisionNumber']));
  });
});

describe('GET /api/v1/people/:id/eligibility', () => {
  it('trả kết luận từng danh hiệu với lý do tiếng Việt và trích dẫn', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/people/${an.id}/eligibility?year=2024&proposedOn=2025-03-01`,
      headers: hc,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ year: 2024, proposedOn: '2025-03-01', rulesetVersion: RULESET_VERSION });
    expect(body.verdicts).toHaveLength(6);
    const ldtt = body.verdicts.find((v: { target: string }) => v.target === 'LDTT');
    expect(ldtt).toMatchObject({ targetName: 'Lao động tiên tiến', outcome: 'ELIGIBLE' });
    expect(ldtt.reasons[0].citation).toMatch(/Luật|Nghị định/);
    expect(typeof ldtt.resultId).toBe('string');
  });

  it('chỉ xét các mã được nêu (?targets=)', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/people/${an.id}/eligibility?year=2024&proposedOn=2025-03-01&targets=BANG_KHEN_BO_TINH,LDTT`,
      headers: h,
    });
    expect(res.json().verdicts.map((v: { target: string }) => v.target)).toEqual([
      'BANG_KHEN_BO_TINH',
      'LDTT',
    ]);
  });

  it('400 VALIDATION_FAILED khi thiếu năm hoặc ngày sai; 403 ngoài phạm vi; 401 khi chưa đăng nhập', async () => {
    for (const q of ['', '?year=2024&proposedOn=2025-13-01', '?year=2027', '?year=2024&targets=ABC']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/people/${an.id}/eligibility${q}`,
        headers: h,
      });
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error).toBe('VALIDATION_FAILED');
    }
    const r = await t.app.inject({
      method: 'GET',
      url: `/api/v1/people/${an.id}/eligibility?year=2024`,
      headers: ho,
    });
    expect(r.statusCode).toBe(403);
    const anon = await t.app.inject({ method: 'GET', url: `/api/v1/people/${an.id}/eligibility?year=2024` });
    expect(anon.statusCode).toBe(401);
  });
});

describe('GET /api/v1/units/:id/candidates', () => {
  it('trả danh sách, số lượng theo danh hiệu và kiểm tra tỷ lệ', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/units/${tree.district.id}/candidates?year=2024&proposedOn=2025-03-01`,
      headers: hc,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(1);
    expect(body.counts).toHaveLength(6);
    expect(body.quota).toMatchObject({ code: 'CSTD_CO_SO', ldttCount: 1 });
    expect(body.people[0]).toMatchObject({ fullName: 'Nguyễn Văn An', unitName: 'Phường Bến Nghé' });
  });

  it('400 khi thiếu năm, 403 ngoài phạm vi, 404 đơn vị lạ', async () => {
    const r1 = await t.app.inject({
      method: 'GET',
      url: `/api/v1/units/${tree.district.id}/candidates`,
      headers: h,
    });
    expect([r1.statusCode, r1.json().error]).toEqual([400, 'VALIDATION_FAILED']);
    const r2 = await t.app.inject({
      method: 'GET',
      url: `/api/v1/units/${tree.district.id}/candidates?year=2024`,
      headers: ho,
    });
    expect(r2.statusCode).toBe(403);
    const r3 = await t.app.inject({
      method: 'GET',
      url: `/api/v1/units/nope/candidates?year=2024`,
      headers: h,
    });
    expect(r3.statusCode).toBe(404);
  });

  it('các đường dẫn có trong tài liệu OpenAPI', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    for (const p of [
      '/api/v1/people/{id}/eligibility',
      '/api/v1/people/{id}/records',
      '/api/v1/people/{id}/records/{year}',
      '/api/v1/people/{id}/awards',
      '/api/v1/units/{id}/candidates',
    ])
      expect(doc.paths[p], p).toBeDefined();
  });
});
