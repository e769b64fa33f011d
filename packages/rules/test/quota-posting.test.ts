/** Quotas (T14, spec-updates A1) and public posting (T56). */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';

describe('quota', () => {
  it('T14: 27 LĐTT in 2023 allow at most floor(0.15 × 27) = 4 CSTĐCS', () => {
    expect(
      evaluate({
        op: 'quota',
        code: 'CSTD_CO_SO',
        achievementYear: 2023,
        proposedOn: '2024-01-10',
        ldttCount: 27,
      }),
    ).toMatchObject({ max: 4, share: 0.15 });
  });
  it('20 LĐTT in 2023 allow exactly 3 CSTĐCS', () => {
    expect(
      evaluate({ op: 'quota', code: 'CSTD_CO_SO', achievementYear: 2023, ldttCount: 20 }),
    ).toHaveProperty('max', 3);
  });
  it('from achievement year 2024 there is no national CSTĐCS cap (spec-updates A1)', () => {
    expect(
      evaluate({
        op: 'quota',
        code: 'CSTD_CO_SO',
        achievementYear: 2024,
        proposedOn: '2025-01-10',
        ldttCount: 27,
      }),
    ).toMatchObject({ max: null, confirmed: true });
  });
  it('from achievement year 2025 the absence of a cap is unconfirmed (TT 15/2025 not read)', () => {
    expect(evaluate({ op: 'quota', code: 'CSTD_CO_SO', achievementYear: 2025, ldttCount: 27 })).toMatchObject(
      { max: null, confirmed: false },
    );
  });
  it('Cờ thi đua Chính phủ: at most 20 % of qualified collectives up to 2023', () => {
    expect(
      evaluate({ op: 'quota', code: 'CO_THI_DUA_CHINH_PHU', achievementYear: 2023, qualifiedCount: 12 }),
    ).toMatchObject({ max: 2, confirmed: true });
    expect(
      evaluate({ op: 'quota', code: 'CO_THI_DUA_CHINH_PHU', achievementYear: 2024, qualifiedCount: 12 }),
    ).toMatchObject({ max: null, confirmed: false });
  });
  it('LĐTT has no cap under the 2022 Law', () => {
    expect(evaluate({ op: 'quota', code: 'LDTT', achievementYear: 2024, ldttCount: 27 })).toMatchObject({
      max: null,
      confirmed: true,
    });
  });
  it('quotas before NĐ 91/2017 are not encoded', () => {
    expect(
      evaluate({ op: 'quota', code: 'CSTD_CO_SO', achievementYear: 2016, ldttCount: 27 }),
    ).toHaveProperty('error.code', 'NOT_ENCODED');
    expect(
      evaluate({ op: 'quota', code: 'CSTD_CO_SO', achievementYear: 2017, ldttCount: 27 }),
    ).toHaveProperty('max', 4);
  });
  it('the LĐTT count is required for the CSTĐCS quota', () => {
    expect(evaluate({ op: 'quota', code: 'CSTD_CO_SO', achievementYear: 2023 })).toHaveProperty(
      'error.code',
      'MISSING_FIELD',
    );
  });
});

describe('posting', () => {
  const post = (code: string, postedOn: string, meetingOn: string, extra: Record<string, unknown> = {}) =>
    evaluate({ op: 'posting', code, postedOn, meetingOn, ...extra });
  it('T56: posted Tue 01/10/2024, council on 08/10/2024 is too short', () => {
    expect(post('HCLD_HANG_BA', '2024-10-01', '2024-10-08')).toMatchObject({
      required: true,
      valid: false,
      workingDays: 4,
    });
    expect(
      post('HCLD_HANG_BA', '2024-10-01', '2024-10-08', { countingConvention: 'INCLUDE_POSTING_DAY' }),
    ).toMatchObject({ valid: false, workingDays: 5 });
  });
  it('T56: council on 16/10/2024 is valid (10 working days)', () => {
    expect(post('HCLD_HANG_BA', '2024-10-01', '2024-10-16')).toMatchObject({
      valid: true,
      workingDays: 10,
      minWorkingDays: 10,
    });
  });
  it('T56: council on 15/10/2024 depends on the counting convention (flagged)', () => {
    expect(post('HCLD_HANG_BA', '2024-10-01', '2024-10-15')).toMatchObject({
      valid: false,
      workingDays: 9,
      confirmed: false,
      countingConvention: 'EXCLUDE_POSTING_DAY',
    });
    expect(
      post('HCLD_HANG_BA', '2024-10-01', '2024-10-15', { countingConvention: 'INCLUDE_POSTING_DAY' }),
    ).toMatchObject({ valid: true, workingDays: 10 });
  });
  it('the Tết 2025 holidays are not working days of a posting', () => {
    // 24/01/2025 (Fri) → meeting 10/02/2025: working days 03/02–07/02 only after 27–31/01 Tết.
    expect(post('HCLD_HANG_BA', '2025-01-23', '2025-02-10')).toMatchObject({ workingDays: 6 });
  });
  it('a posting is not required for LĐTT', () => {
    expect(post('LDTT', '2024-10-01', '2024-10-02')).toMatchObject({ required: false, valid: true });
  });
  it('a posting spanning more than ten years is rejected as a data error', () => {
    expect(post('HCLD_HANG_BA', '2000-01-01', '2024-10-01')).toHaveProperty('error.field', 'meetingOn');
  });
  it('postings before 01/10/2017 are not encoded', () => {
    expect(post('HCLD_HANG_BA', '2017-09-01', '2017-09-30')).toHaveProperty('error.code', 'NOT_ENCODED');
    expect(post('HCLD_HANG_BA', '2017-09-01', '2017-10-02')).toMatchObject({
      required: true,
      minWorkingDays: 5,
      confirmed: false,
    });
  });
  it('a meeting before the posting is rejected', () => {
    expect(post('HCLD_HANG_BA', '2024-10-10', '2024-10-01')).toHaveProperty('error.code', 'INVALID_REQUEST');
  });
  it('the Gia đình văn hóa list is posted for 10 calendar days (NĐ 86/2023)', () => {
    expect(post('GIA_DINH_VAN_HOA', '2024-12-01', '2024-12-11')).toMatchObject({
      required: true,
      valid: false,
      workingDays: 9,
      unit: 'CALENDAR_DAYS',
    });
    expect(post('GIA_DINH_VAN_HOA', '2024-12-01', '2024-12-12')).toMatchObject({
      valid: true,
      workingDays: 10,
    });
  });
  it('under NĐ 98 the 10-day rule is confirmed, after 01/07/2025 it is carried over unconfirmed', () => {
    expect(
      post('HCLD_HANG_BA', '2025-06-02', '2025-06-30', { countingConvention: 'INCLUDE_POSTING_DAY' }),
    ).toHaveProperty('minWorkingDays', 10);
    expect(post('HCLD_HANG_BA', '2025-06-02', '2025-07-01')).toMatchObject({
      minWorkingDays: 10,
      confirmed: false,
    });
  });
});
