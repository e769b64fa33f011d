import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness';

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
