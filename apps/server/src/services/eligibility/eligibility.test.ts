import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { evaluate, RULESET_VERSION, type EligibilityResponse } from '@vinhdanh/rules';
import { auditLog, awards, eligibilityResults, personYearRecords } from '../../db/schema';
import { buildActor, buildPerson, buildTree, buildUnit, createTestEnv } from '../../test/harness';
import { newId } from '../../lib/ids';
import { recordYearResult } from './record-year-result';
import { recordAward } from './record-award';
import { evaluatePersonEligibility, getPersonRecords } from './evaluate-person-eligibility';
import { unitCandidates } from './unit-candidates';

const env = await createTestEnv({ today: '2026-10-01' });
const tree = await buildTree(env);
const clerk = await buildActor(env, 'UNIT_CLERK', tree.district);
const council = await buildActor(env, 'COUNCIL_MEMBER', tree.district);
const outsider = await buildActor(env, 'UNIT_CLERK', tree.other);

const db = env.database.db;
const audits = (action: string, entityId: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
const yearRows = (personId: string) =>
  db.select().from(personYearRecords).where(eq(personYearRecords.personId, personId));
const awardRows = (personId: string) => db.select().from(awards).where(eq(awards.personId, personId));

/** HTT 2019–2024, LĐTT each year, CSTĐCS in 2022 and 2024. */
async function htt2019to2024(personId: string) {
  for (let y = 2019; y <= 2024; y++) {
    await recordYearResult(env.ctx(clerk.actor), personId, y, {
      rating: 'HTT',
      titles: y === 2022 || y === 2024 ? ['LDTT', 'CSTD_CO_SO'] : ['LDTT'],
    });
  }
}

describe('recordYearResult', () => {
  it('ghi kết quả năm, ghi lại thì thay thế (một dòng mỗi năm), có nhật ký trước/sau', async () => {
    const p = await buildPerson(env, { unit: tree.ward });
    const first = await recordYearResult(env.ctx(clerk.actor), p.id, 2024, {
      rating: 'HTT',
      titles: ['LDTT'],
      absences: [{ kind: 'MATERNITY', from: '2024-03-01', to: '2024-08-31', compliant: true }],
      initiatives: [{ kind: 'SANG_KIEN', scope: 'CO_SO' }],
    });
    expect(first).toMatchObject({ year: 2024, rating: 'HTT', titles: ['LDTT'], discipline: null });
    const second = await recordYearResult(env.ctx(clerk.actor), p.id, '2024', {
      rating: 'HTXS',
      titles: ['LDTT', 'CSTD_CO_SO'],
      discipline: 'KHIEN_TRACH',
      disciplineDecidedOn: '2024-11-02',
    });
    expect(second).toMatchObject({ rating: 'HTXS', discipline: 'KHIEN_TRACH', absences: [] });
    expect(await yearRows(p.id)).toHaveLength(1);
    const rows = await audits('person.record_year_result', p.id);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.before).toBeNull();
    expect(rows[1]!.before).toMatchObject({ rating: 'HTT' });
    expect(rows[1]!.after).toMatchObject({ rating: 'HTXS' });
  });

  it('từ chối dữ liệu sai (VALIDATION_FAILED) và không ghi gì', async () => {
    const p = await buildPerson(env, { unit: tree.ward });
    for (const [year, body] of [
      [2024, { rating: 'XUAT_SAC' }],
      [2024, { titles: ['BANG_KHEN_BO_TINH'] }],
      [2024, { absences: [{ kind: 'SICK', from: '2024-05-01', to: '2024-04-01' }] }],
      [2024, { disciplineDecidedOn: '2024-01-01' }],
      ['abc', { rating: 'HTT' }],
      [1800, { rating: 'HTT' }],
    ] as const) {
      await expect(recordYearResult(env.ctx(clerk.actor), p.id, year, body)).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
    }
    expect(await yearRows(p.id)).toHaveLength(0);
    expect(await audits('person.record_year_result', p.id)).toHaveLength(0);
  });

  it('từ chối vai trò không có quyền (FORBIDDEN) và cán bộ ngoài phạm vi (OUT_OF_SCOPE)', async () => {
    const p = await buildPerson(env, { unit: tree.ward });
    await expect(
      recordYearResult(env.ctx(council.actor), p.id, 2024, { rating: 'HTT' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      recordYearResult(env.ctx(outsider.actor), p.id, 2024, { rating: 'HTT' }),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    await expect(
      recordYearResult(env.ctx(clerk.actor), newId(), 2024, { rating: 'HTT' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await yearRows(p.id)).toHaveLength(0);
  });
});

describe('recordAward', () => {
  it('nhập khen thưởng đã có; khen thưởng theo người, có nhật ký award.record', async () => {
    const p = await buildPerson(env, { unit: tree.ward });
    const a = await recordAward(env.ctx(clerk.actor), p.id, {
      code: 'BANG_KHEN_BO_TINH',
      decisionNumber: '123/QĐ-UBND',
      decidedOn: '2021-03-15',
      signer: 'Chủ tịch UBND tỉnh',
      periodFrom: 2019,
      periodTo: 2020,
    });
    expect(a).toMatchObject({
      personId: p.id,
      code: 'BANG_KHEN_BO_TINH',
      codeName: 'Bằng khen của bộ, ban, ngành, tỉnh',
      type: 'THUONG_XUYEN',
    });
    const rows = await audits('award.record', a.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after).toMatchObject({ personId: p.id, decisionNumber: '123/QĐ-UBND' });
  });

  it('từ chối dữ liệu sai và không ghi gì', async () => {
    const p = await buildPerson(env, { unit: tree.ward });
    const ok = { code: 'GIAY_KHEN', decisionNumber: '1/QĐ', decidedOn: '2022-01-10' };
    for (const body of [
      { ...ok, code: 'HUY_CHUONG_VANG' },
      { ...ok, decisionNumber: '' },
      { ...ok, decidedOn: '2022-02-30' },
      { ...ok, periodFrom: 2021, periodTo: 2020 },
      { ...ok, periodTo: 2023 },
      { ...ok, decidedOn: '2027-01-01' },
      { ...ok, type: 'KHAC' },
    ]) {
      await expect(recordAward(env.ctx(clerk.actor), p.id, body)).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
    }
    expect(await awardRows(p.id)).toHaveLength(0);
  });

  it('từ chối người không có quyền', async () => {
    const p = await buildPerson(env, { unit: tree.ward });
    const body = { code: 'GIAY_KHEN', decisionNumber: '1/QĐ', decidedOn: '2022-01-10' };
    await expect(recordAward(env.ctx(council.actor), p.id, body)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(recordAward(env.ctx(outsider.actor), p.id, body)).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    expect(await awardRows(p.id)).toHaveLength(0);
  });
});

describe('evaluatePersonEligibility', () => {
  it('cho cùng kết luận với evaluate trên dữ kiện tương đương (HTT 2019–2024, CSTĐCS 2022 và 2024)', async () => {
    const p = await buildPerson(env, { unit: tree.ward, from: '2015-03-01' });
    await htt2019to2024(p.id);
    const report = await evaluatePersonEligibility(env.ctx(council.actor), p.id, {
      year: 2024,
      proposedOn: '2025-03-01',
    });
    expect(report.verdicts.map((v) => v.target)).toEqual([
      'LDTT',
      'CSTD_CO_SO',
      'CSTD_BO_TINH',
      'BANG_KHEN_BO_TINH',
      'BANG_KHEN_THU_TUONG',
      'HCLD_HANG_BA',
    ]);
    const years = [2019, 2020, 2021, 2022, 2023, 2024].map((year) => ({
      year,
      rating: 'HTT',
      titles: year === 2022 || year === 2024 ? ['CSTD_CO_SO', 'LDTT'] : ['LDTT'],
      initiatives: [],
      discipline: null,
      absences: [],
    }));
    for (const v of report.verdicts) {
      const direct = evaluate({
        op: 'eligibility',
        target: v.target,
        proposedOn: '2025-03-01',
        achievementYear: 2024,
        subject: { kind: 'INDIVIDUAL', recruitedOn: '2015-03-01', years, awards: [] },
      }) as EligibilityResponse;
      expect(v.outcome, v.target).toBe(direct.outcome);
      expect(v.confirmed).toBe(direct.confirmed);
      expect(v.reasons).toEqual(direct.reasons);
    }
    const bk = report.verdicts.find((v) => v.target === 'BANG_KHEN_BO_TINH')!;
    expect(bk.outcome).toBe('INELIGIBLE'); // CSTĐCS 2022 and 2024 are not two consecutive times
    expect(bk.reasons.every((r) => r.citation.length > 0)).toBe(true);
    expect(report.verdicts.find((v) => v.target === 'LDTT')!.outcome).toBe('ELIGIBLE');
  });

  it('tính danh hiệu ghi bằng quyết định (sổ khen thưởng) như danh hiệu của năm: CSTĐCS 2023, 2024 → đủ điều kiện Bằng khen', async () => {
    const p = await buildPerson(env, { unit: tree.ward, from: '2015-03-01' });
    for (let y = 2019; y <= 2024; y++)
      await recordYearResult(env.ctx(clerk.actor), p.id, y, { rating: 'HTT', titles: ['LDTT'] });
    for (const y of [2023, 2024])
      await recordAward(env.ctx(clerk.actor), p.id, {
        code: 'CSTD_CO_SO',
        decisionNumber: `${y}/QĐ`,
        decidedOn: `${y + 1}-01-20`,
        periodFrom: y,
        periodTo: y,
      });
    const report = await evaluatePersonEligibility(env.ctx(clerk.actor), p.id, {
      year: 2024,
      proposedOn: '2025-03-01',
      targets: 'BANG_KHEN_BO_TINH',
    });
    const years = [2019, 2020, 2021, 2022, 2023, 2024].map((year) => ({
      year,
      rating: 'HTT',
      titles: year >= 2023 ? ['CSTD_CO_SO', 'LDTT'] : ['LDTT'],
    }));
    const direct = evaluate({
      op: 'eligibility',
      target: 'BANG_KHEN_BO_TINH',
      proposedOn: '2025-03-01',
      achievementYear: 2024,
      subject: { kind: 'INDIVIDUAL', recruitedOn: '2015-03-01', years, awards: [] },
    }) as EligibilityResponse;
    expect(report.verdicts).toHaveLength(1);
    expect(report.verdicts[0]!.outcome).toBe(direct.outcome);
    expect(report.verdicts[0]!.outcome).toBe('ELIGIBLE');
  });

  it('lưu từng câu trả lời với phiên bản bộ quy tắc, dữ kiện và lý do; ghi nhật ký eligibility.evaluate', async () => {
    const p = await buildPerson(env, { unit: tree.ward, from: '2015-03-01' });
    await htt2019to2024(p.id);
    const report = await evaluatePersonEligibility(env.ctx(clerk.actor), p.id, { year: 2024 });
    expect(report.proposedOn).toBe('2026-10-01');
    const stored = await db.select().from(eligibilityResults).where(eq(eligibilityResults.personId, p.id));
    expect(stored).toHaveLength(6);
    for (const s of stored) {
      expect(s.rulesetVersion).toBe(RULESET_VERSION);
      expect(s.achievementYear).toBe(2024);
      expect((s.reasons as unknown[]).length).toBeGreaterThan(0);
      expect(s.createdBy).toBe(clerk.actor.accountId);
      // Re-running the stored request gives the stored answer.
      const again = evaluate(s.facts) as EligibilityResponse;
      expect(again.outcome).toBe(s.outcome);
      expect(again.reasons).toEqual(s.reasons);
    }
    const rows = await audits('eligibility.evaluate', p.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after).toMatchObject({ year: 2024, rulesetVersion: RULESET_VERSION });
  });

  it('xem lại cùng dữ kiện không lưu thêm; dữ kiện đổi thì lưu câu trả lời mới và ghi nhật ký', async () => {
    const p = await buildPerson(env, { unit: tree.ward, from: '2015-03-01' });
    await htt2019to2024(p.id);
    const first = await evaluatePersonEligibility(env.ctx(clerk.actor), p.id, { year: 2024 });
    const again = await evaluatePersonEligibility(env.ctx(clerk.actor), p.id, { year: 2024 });
    expect(again.verdicts.map((v) => v.resultId)).toEqual(first.verdicts.map((v) => v.resultId));
    const count = async () =>
      (await db.select().from(eligibilityResults).where(eq(eligibilityResults.personId, p.id))).length;
    expect(await count()).toBe(6);
    expect(await audits('eligibility.evaluate', p.id)).toHaveLength(1);

    // A new registry entry changes the facts: new answers are stored (and audited), old ones stay.
    await recordAward(env.ctx(clerk.actor), p.id, {
      code: 'BANG_KHEN_BO_TINH',
      decisionNumber: '15/QĐ-UBND',
      decidedOn: '2023-05-10',
      periodFrom: 2022,
      periodTo: 2022,
    });
    const changed = await evaluatePersonEligibility(env.ctx(clerk.actor), p.id, { year: 2024 });
    expect(changed.verdicts.every((v) => !first.verdicts.some((f) => f.resultId === v.resultId))).toBe(true);
    expect(await count()).toBe(12);
    expect(await audits('eligibility.evaluate', p.id)).toHaveLength(2);
  });

  it('từ chối người ngoài phạm vi, năm sau ngày xét và mã lạ; không lưu gì', async () => {
    const p = await buildPerson(env, { unit: tree.ward });
    await expect(
      evaluatePersonEligibility(env.ctx(outsider.actor), p.id, { year: 2024 }),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    for (const q of [
      { year: 2026, proposedOn: '2025-01-10' },
      { year: 2024, targets: 'KHONG_CO' },
      { year: 'x' },
      {},
    ]) {
      await expect(evaluatePersonEligibility(env.ctx(clerk.actor), p.id, q)).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
    }
    expect(
      await db.select().from(eligibilityResults).where(eq(eligibilityResults.personId, p.id)),
    ).toHaveLength(0);
    expect(await audits('eligibility.evaluate', p.id)).toHaveLength(0);
  });

  it('dòng thời gian: các năm (mới nhất trước) và khen thưởng', async () => {
    const p = await buildPerson(env, { unit: tree.ward, from: '2015-03-01' });
    await htt2019to2024(p.id);
    await recordAward(env.ctx(clerk.actor), p.id, {
      code: 'GIAY_KHEN',
      decisionNumber: '9/QĐ',
      decidedOn: '2020-01-10',
    });
    const r = await getPersonRecords(env.ctx(council.actor), p.id);
    expect(r.recruitedOn).toBe('2015-03-01');
    expect(r.years.map((y) => y.year)).toEqual([2024, 2023, 2022, 2021, 2020, 2019]);
    expect(r.awards.map((a) => a.code)).toEqual(['GIAY_KHEN']);
    await expect(getPersonRecords(env.ctx(outsider.actor), p.id)).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
  });
});

describe('unitCandidates', () => {
  it('đếm theo từng danh hiệu/hình thức và kiểm tra tỷ lệ CSTĐCS', async () => {
    const school = await buildUnit(env, { name: 'Trường Thử', parent: tree.ward });
    const a = await buildPerson(env, { fullName: 'Lê Thị Bình', unit: school, from: '2015-03-01' });
    const b = await buildPerson(env, { fullName: 'Phạm Văn An', unit: school, from: '2015-03-01' });
    const c = await buildPerson(env, { fullName: 'Ngô Văn Cường', unit: school, from: '2015-03-01' });
    await htt2019to2024(a.id);
    await recordYearResult(env.ctx(clerk.actor), b.id, 2024, {
      rating: 'HTXS',
      titles: ['LDTT'],
      initiatives: [{ kind: 'SANG_KIEN', scope: 'CO_SO' }],
    });
    await recordYearResult(env.ctx(clerk.actor), c.id, 2024, { rating: 'HT' });
    const out = await unitCandidates(env.ctx(council.actor), school.id, {
      year: '2024',
      proposedOn: '2025-03-01',
    });
    expect(out.total).toBe(3);
    expect(out.people.map((p) => p.fullName)).toEqual(['Phạm Văn An', 'Lê Thị Bình', 'Ngô Văn Cường']);
    const ldtt = out.counts.find((x) => x.target === 'LDTT')!;
    expect(ldtt.ELIGIBLE).toBe(2);
    // Each row agrees with evaluate on the same person.
    const single = await evaluatePersonEligibility(env.ctx(council.actor), b.id, {
      year: 2024,
      proposedOn: '2025-03-01',
    });
    for (const v of single.verdicts) {
      expect(out.people[0]!.outcomes[v.target]!.outcome, v.target).toBe(v.outcome);
    }
    expect(out.quota.ldttCount).toBe(2);
    const direct = evaluate({
      op: 'quota',
      code: 'CSTD_CO_SO',
      achievementYear: 2024,
      proposedOn: '2025-03-01',
      ldttCount: 2,
    }) as { max: number | null };
    expect(out.quota.max).toBe(direct.max);
    expect(out.quota.withinQuota).toBe(direct.max === null || out.quota.proposed <= direct.max);
    expect(out.quota.citation).not.toBe('');
  });

  it('từ chối đơn vị ngoài phạm vi và năm sai', async () => {
    await expect(unitCandidates(env.ctx(outsider.actor), tree.ward.id, { year: 2024 })).rejects.toMatchObject(
      { code: 'OUT_OF_SCOPE' },
    );
    await expect(unitCandidates(env.ctx(clerk.actor), tree.ward.id, { year: 'abc' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(unitCandidates(env.ctx(clerk.actor), 'x', { year: 2024 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
