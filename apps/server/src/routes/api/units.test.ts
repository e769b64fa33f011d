import { describe, expect, it } from 'vitest';
import { buildActor, buildTree, createTestApp, login } from '../../test/harness';
import { newId } from '../../lib/ids';

const t = await createTestApp({ today: '2026-10-01' });
const tree = await buildTree(t);
const officer = await buildActor(t, 'OFFICER', tree.district);
const admin = await buildActor(t, 'SYSTEM_ADMIN', tree.province);
const staff = await buildActor(t, 'STAFF', tree.district);
const h = await login(t.app, officer.username, officer.password);
const ha = await login(t.app, admin.username, admin.password);
const hs = await login(t.app, staff.username, staff.password);
const LEGAL = 'Quyết định 123/QĐ-UBND ngày 01/01/2024';

describe('API tổ chức', () => {
  it('GET /units/tree theo ngày, chỉ trong phạm vi', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/units/tree?asOf=2020-01-01', headers: h });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.asOf).toBe('2020-01-01');
    expect(body.units.map((u: { name: string }) => u.name).sort()).toEqual(['Phường Bến Nghé', 'Quận Một']);
  });

  it('GET /units/tree với ngày sai: 400 VALIDATION_FAILED', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/units/tree?asOf=2020-02-30', headers: h });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: 'VALIDATION_FAILED',
      details: [{ path: 'asOf', message: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật.' }],
    });
  });

  it('GET /units?q= tìm không dấu', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/units?q=ben%20nghe', headers: h });
    expect(res.json().items.map((u: { id: string }) => u.id)).toEqual([tree.ward.id]);
  });

  it('POST /units: 201 khi hợp lệ, 403 ngoài phạm vi hoặc không có quyền, 409 trùng mã', async () => {
    const body = {
      code: 'P_API',
      name: 'Phường API',
      kind: 'XA',
      parentId: tree.district.id,
      hasLegalPersonality: true,
      validFrom: '2024-01-01',
    };
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/units', headers: h, payload: body });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ code: 'P_API', parentId: tree.district.id });
    const dup = await t.app.inject({ method: 'POST', url: '/api/v1/units', headers: h, payload: body });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toBe('DUPLICATE_CODE');
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: h,
      payload: { ...body, code: 'P_API2', parentId: tree.other.id },
    });
    expect(out.statusCode).toBe(403);
    expect(out.json().error).toBe('OUT_OF_SCOPE');
    const forbidden = await t.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: hs,
      payload: { ...body, code: 'P_API3' },
    });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error).toBe('FORBIDDEN');
  });

  it('POST /units cấp huyện từ 01/07/2025: 400 DISTRICT_LEVEL_ABOLISHED', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: ha,
      payload: {
        code: 'Q_MOI',
        name: 'Quận Mới',
        kind: 'HUYEN',
        parentId: tree.province.id,
        hasLegalPersonality: true,
        validFrom: '2025-07-01',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: 'DISTRICT_LEVEL_ABOLISHED',
      message: 'Từ ngày 01/07/2025 không còn đơn vị hành chính cấp huyện.',
    });
  });

  it('GET /units/:id: 404 cho mã không tồn tại hoặc không phải uuid', async () => {
    for (const id of [newId(), 'abc']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/units/${id}`, headers: ha });
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toBe('NOT_FOUND');
    }
  });

  it('PATCH /units/:id: 200 khi hợp lệ, 404 với mã không phải uuid (không phải lỗi 500)', async () => {
    const ok = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/units/${tree.ward.id}`,
      headers: h,
      payload: { address: '1 Lê Lợi' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().address).toBe('1 Lê Lợi');
    const bad = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/units/abc',
      headers: ha,
      payload: { address: 'x' },
    });
    expect(bad.statusCode).toBe(404);
    expect(bad.json().error).toBe('NOT_FOUND');
  });

  it('POST /lineage-events: 201 đổi tên, cây tổ chức theo ngày hiện tên mới', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/lineage-events',
      headers: h,
      payload: {
        kind: 'RENAME',
        eventDate: '2024-01-01',
        legalBasis: LEGAL,
        fromUnitIds: [tree.ward.id],
        newName: 'Phường Bến Nghé Mới',
      },
    });
    expect(res.statusCode).toBe(201);
    const before = await t.app.inject({
      method: 'GET',
      url: '/api/v1/units/tree?asOf=2023-12-31',
      headers: h,
    });
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/v1/units/tree?asOf=2024-01-01',
      headers: h,
    });
    const nameIn = (r: typeof before) =>
      r.json().units.find((u: { id: string }) => u.id === tree.ward.id).name;
    expect(nameIn(before)).toBe('Phường Bến Nghé');
    expect(nameIn(after)).toBe('Phường Bến Nghé Mới');
  });

  it('POST /lineage-events với mã đơn vị không phải uuid: 400 VALIDATION_FAILED, không phải lỗi 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/lineage-events',
      headers: ha,
      payload: { kind: 'DISSOLVE', eventDate: '2024-01-01', legalBasis: LEGAL, fromUnitIds: ['abc'] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: 'VALIDATION_FAILED',
      details: [{ message: 'Mã đơn vị không hợp lệ.' }],
    });
  });

  it('POST /units với đơn vị cấp trên không phải uuid: 400, không phải lỗi 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: ha,
      payload: {
        code: 'P_X',
        name: 'Phường X',
        kind: 'XA',
        parentId: 'abc',
        hasLegalPersonality: true,
        validFrom: '2024-01-01',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('VALIDATION_FAILED');
  });

  it('POST /clusters và GET /clusters', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/clusters',
      headers: ha,
      payload: {
        name: 'Khối các quận',
        kind: 'KHOI',
        year: 2026,
        organiserId: tree.province.id,
        members: [
          { unitId: tree.district.id, role: 'HEAD' },
          { unitId: tree.other.id, role: 'MEMBER' },
        ],
      },
    });
    expect(res.statusCode).toBe(201);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/clusters?year=2026', headers: ha });
    expect(list.json().map((c: { name: string }) => c.name)).toContain('Khối các quận');
  });
});
