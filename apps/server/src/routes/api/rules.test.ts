import { describe, expect, it } from 'vitest';
import { buildActor, buildTree, createTestApp, login } from '../../test/harness';

const t = await createTestApp();

describe('POST /api/v1/rules/evaluate (hợp đồng công khai)', () => {
  it('trả tiền thưởng Lao động tiên tiến 710.000 đồng cho ví dụ trong hợp đồng, không cần đăng nhập', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rules/evaluate',
      payload: { op: 'reward', id: 'r1', code: 'LDTT', recipient: 'INDIVIDUAL', decidedOn: '2025-01-10' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: 'r1', op: 'reward', amountVnd: 710000 });
  });

  it('trả một mảng cùng thứ tự; yêu cầu sai được trả lỗi riêng, các yêu cầu khác vẫn được trả lời', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rules/evaluate',
      payload: [
        {
          op: 'quota',
          id: 'q1',
          code: 'CSTD_CO_SO',
          achievementYear: 2023,
          proposedOn: '2024-01-10',
          ldttCount: 27,
        },
        { op: 'reward', id: 'bad', code: 'LDTT', recipient: 'INDIVIDUAL', decidedOn: '2025-13-40' },
        { op: 'nope', id: 'x' },
      ],
    });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { id: string; max?: number; error?: { code: string; message: string } }[];
    expect(body.map((r) => r.id)).toEqual(['q1', 'bad', 'x']);
    expect(body[0]!.max).toBe(4);
    expect(body[1]!.error?.code).toBe('INVALID_DATE');
    expect(body[2]!.error?.code).toBe('INVALID_REQUEST');
    expect(body[1]!.error?.message).toMatch(/decidedOn/);
  });

  it('từ chối nội dung không phải JSON với lỗi tiếng Việt, không lộ stack trace', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rules/evaluate',
      headers: { 'content-type': 'application/json' },
      payload: '{"op": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'VALIDATION_FAILED' });
    expect(res.body).not.toMatch(/at \w+ \(/);
  });

  it('công bố danh mục quy tắc và tham số có trích dẫn', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/rules/catalogue' });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { rulesetVersion: string; rules: unknown[]; parameters: unknown[] };
    expect(body.rulesetVersion).toBeTruthy();
    expect(body.rules.length).toBeGreaterThan(10);
    expect(body.parameters.length).toBeGreaterThan(10);
  });
});

describe('điều chỉnh tham số của tỉnh qua API', () => {
  it('quản trị thêm (201), danh mục hiển thị, thu hồi; cán bộ bị từ chối; chưa đăng nhập bị từ chối', async () => {
    const tree = await buildTree(t);
    const admin = await buildActor(t, 'SYSTEM_ADMIN', tree.province);
    const officer = await buildActor(t, 'OFFICER', tree.province);
    const ah = await login(t.app, admin.username, admin.password);
    const oh = await login(t.app, officer.username, officer.password);
    const payload = {
      parameter: 'quota.cstd_co_so.share',
      from: '2025-01-01',
      value: 0.2,
      reference: 'Quyết định 5/2025/QĐ-UBND tỉnh Thử, Điều 3',
      reason: 'Tỉnh khống chế tỷ lệ Chiến sĩ thi đua cơ sở',
    };
    const anon = await t.app.inject({ method: 'POST', url: '/api/v1/rules/overrides', payload });
    expect(anon.statusCode).toBe(401);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rules/overrides',
      headers: oh,
      payload,
    });
    expect(refused.statusCode).toBe(403);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rules/overrides',
      headers: ah,
      payload: { ...payload, reference: '' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'VALIDATION_FAILED' });

    const res = await t.app.inject({ method: 'POST', url: '/api/v1/rules/overrides', headers: ah, payload });
    expect(res.statusCode).toBe(201);
    const o = res.json() as { id: string; revokedAt: string | null };
    expect(o.revokedAt).toBeNull();

    const list = await t.app.inject({ method: 'GET', url: '/api/v1/rules/overrides', headers: ah });
    expect(list.statusCode).toBe(200);
    expect((list.json() as { id: string }[]).map((x) => x.id)).toContain(o.id);

    const cat = await t.app.inject({ method: 'GET', url: '/api/v1/rules/catalogue' });
    const body = cat.json() as {
      parameters: { key: string; overrides: { value: unknown }[] }[];
      overrides: { id: string }[];
    };
    expect(body.parameters.find((p) => p.key === 'quota.cstd_co_so.share')!.overrides).toEqual([
      expect.objectContaining({ value: 0.2 }),
    ]);
    expect(body.overrides.map((x) => x.id)).toContain(o.id);

    const rev = await t.app.inject({
      method: 'POST',
      url: `/api/v1/rules/overrides/${o.id}/revoke`,
      headers: ah,
    });
    expect(rev.statusCode).toBe(200);
    expect((rev.json() as { revokedAt: string | null }).revokedAt).toBeTruthy();
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/rules/catalogue' });
    const p2 = (after.json() as typeof body).parameters.find((p) => p.key === 'quota.cstd_co_so.share')!;
    expect(p2.overrides).toEqual([]);
  });
});
