import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { evaluate, type EligibilityResponse } from '@vinhdanh/rules';
import { auditLog, eligibilityResults, parameterOverrides } from '../../db/schema';
import { buildActor, buildPerson, buildTree, createTestEnv } from '../../test/harness';
import { recordYearResult } from '../eligibility/record-year-result';
import { evaluatePersonEligibility } from '../eligibility/evaluate-person-eligibility';
import { unitCandidates } from '../eligibility/unit-candidates';
import { rulesCatalogue } from './evaluate-rules';
import {
  activeOverrides,
  addParameterOverride,
  listParameterOverrides,
  revokeParameterOverride,
} from './parameter-overrides';

const env = await createTestEnv({ today: '2026-01-10' });
const tree = await buildTree(env);
const admin = await buildActor(env, 'SYSTEM_ADMIN', tree.province);
const districtAdmin = await buildActor(env, 'SYSTEM_ADMIN', tree.district);
const officer = await buildActor(env, 'OFFICER', tree.province);
const clerk = await buildActor(env, 'UNIT_CLERK', tree.province);
const db = env.database.db;

const rowCount = async () => (await db.select({ n: count() }).from(parameterOverrides))[0]!.n;

const twelveMonths = (over: Record<string, unknown> = {}) => ({
  parameter: 'ldtt.min_service_months',
  from: '2025-01-01',
  value: 12,
  reference: 'Quyết định 12/2025/QĐ-UBND tỉnh Thử, Điều 5 khoản 1',
  reason: 'Tỉnh quy định thời gian công tác tối thiểu để xét Lao động tiên tiến',
  ...over,
});

describe('addParameterOverride / revokeParameterOverride', () => {
  it('thêm điều chỉnh, ghi nhật ký parameter_override.add; thu hồi không xóa, ghi parameter_override.revoke', async () => {
    const o = await addParameterOverride(
      env.ctx(admin.actor),
      twelveMonths({ parameter: 'tt_ldtt.ldtt_share_min', value: 0.7 }),
    );
    expect(o).toMatchObject({ parameter: 'tt_ldtt.ldtt_share_min', value: 0.7, to: null, revokedAt: null });
    expect((await listParameterOverrides(env.ctx(admin.actor))).map((x) => x.id)).toContain(o.id);
    const add = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'parameter_override.add'), eq(auditLog.entityId, o.id)));
    expect(add).toHaveLength(1);
    expect(add[0]!.after).toMatchObject({ parameter: 'tt_ldtt.ldtt_share_min', reference: o.reference });

    const r = await revokeParameterOverride(env.ctx(admin.actor), o.id);
    expect(r.revokedAt).not.toBeNull();
    expect(r.revokedBy).toBe(admin.actor.accountId);
    const [row] = await db.select().from(parameterOverrides).where(eq(parameterOverrides.id, o.id));
    expect(row!.revokedAt).not.toBeNull();
    expect((await activeOverrides(db)).map((x) => x.id)).not.toContain(o.id);
    const rev = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'parameter_override.revoke'), eq(auditLog.entityId, o.id)));
    expect(rev).toHaveLength(1);
    await expect(revokeParameterOverride(env.ctx(admin.actor), o.id)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('từ chối vai trò không phải quản trị hệ thống, và quản trị chỉ cấp quận; không ghi gì', async () => {
    const before = await rowCount();
    for (const a of [officer, clerk, districtAdmin]) {
      await expect(addParameterOverride(env.ctx(a.actor), twelveMonths())).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    expect(await rowCount()).toBe(before);
  });

  it.each([
    ['tham số không tồn tại', { parameter: 'quota.cstd_co_so.share_bad' }, /không có tham số/i],
    ['thiếu căn cứ', { reference: '' }, /ldtt\.min_service_months/],
    ['thiếu lý do', { reason: '   ' }, /lý do/],
    ['giá trị sai kiểu', { value: 'mười hai' }, /ldtt\.min_service_months/],
    ['ngày kết thúc trước ngày bắt đầu', { to: '2024-12-31' }, /ngày kết thúc/],
  ])('từ chối %s (VALIDATION_FAILED), không ghi gì', async (_name, over, message) => {
    const before = await rowCount();
    const audits = (await db.select({ n: count() }).from(auditLog))[0]!.n;
    await expect(addParameterOverride(env.ctx(admin.actor), twelveMonths(over))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringMatching(message),
    });
    expect(await rowCount()).toBe(before);
    expect((await db.select({ n: count() }).from(auditLog))[0]!.n).toBe(audits);
  });

  it('từ chối tham số có trong danh mục nhưng luật không giao cho tỉnh', async () => {
    const before = await rowCount();
    await expect(
      addParameterOverride(
        env.ctx(admin.actor),
        twelveMonths({ parameter: 'cash.base_salary', value: 2500000 }),
      ),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringMatching(/luật không giao cho địa phương/),
    });
    expect(await rowCount()).toBe(before);
  });
});

describe('áp dụng điều chỉnh khi xét điều kiện', () => {
  it('thời gian công tác tối thiểu 12 tháng của tỉnh làm người tuyển dụng 01/04/2025 không đủ điều kiện LĐTT 2025', async () => {
    const p = await buildPerson(env, { unit: tree.ward, from: '2025-04-01' });
    await recordYearResult(env.ctx(clerk.actor), p.id, 2025, { rating: 'HTT' });
    const ldtt = async () =>
      (await evaluatePersonEligibility(env.ctx(clerk.actor), p.id, { year: 2025, targets: ['LDTT'] }))
        .verdicts[0]!;
    expect((await ldtt()).outcome).toBe('ELIGIBLE');
    const candidates = async () =>
      (await unitCandidates(env.ctx(clerk.actor), tree.ward.id, { year: 2025 })).people.find(
        (x) => x.personId === p.id,
      )!.outcomes.LDTT!.outcome;
    expect(await candidates()).toBe('ELIGIBLE');

    const o = await addParameterOverride(env.ctx(admin.actor), twelveMonths());
    try {
      const v = await ldtt();
      expect(v.outcome).toBe('INELIGIBLE');
      expect(await candidates()).toBe('INELIGIBLE');
      // The stored answer records the override in force, and replays with it.
      const stored = await db.select().from(eligibilityResults).where(eq(eligibilityResults.id, v.resultId!));
      const facts = stored[0]!.facts as { overrides: { id: string; parameter: string }[] };
      expect(facts.overrides).toEqual([
        expect.objectContaining({ id: o.id, parameter: 'ldtt.min_service_months' }),
      ]);
      const overrides = facts.overrides.map(({ id: _id, ...x }) => x);
      const again = evaluate(facts, { overrides: overrides as never }) as EligibilityResponse;
      expect(again.outcome).toBe('INELIGIBLE');
      // The catalogue lists the parameter with the override.
      const cat = await rulesCatalogue(env.ctx(null));
      const param = cat.parameters.find((x) => x.key === 'ldtt.min_service_months')!;
      expect(param.overrides).toEqual([expect.objectContaining({ value: 12, reference: o.reference })]);
      expect(cat.overrides.map((x) => x.id)).toContain(o.id);
      // An overlapping second override is refused.
      await expect(
        addParameterOverride(env.ctx(admin.actor), twelveMonths({ from: '2025-06-01', value: 9 })),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/trùng/) });
    } finally {
      await revokeParameterOverride(env.ctx(admin.actor), o.id);
    }
    expect((await ldtt()).outcome).toBe('ELIGIBLE');
  });
});
