/** The examples and error rules of shared/contracts/rules-api.md. */
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateMany } from '../src/index.js';
import { person, run, yr, award } from './factories.js';

const contractSubject = {
  kind: 'INDIVIDUAL',
  recruitedOn: '2015-03-01',
  years: [
    {
      year: 2024,
      rating: 'HTT',
      titles: ['LDTT', 'CSTD_CO_SO'],
      initiatives: [{ kind: 'SANG_KIEN', scope: 'CO_SO' }],
      discipline: null,
      absences: [],
    },
  ],
  awards: [
    {
      code: 'BANG_KHEN_BO_TINH',
      decidedOn: '2020-02-10',
      periodFrom: 2019,
      periodTo: 2019,
      type: 'THUONG_XUYEN',
      achievement: 'optional free text or id',
    },
  ],
};

describe('contract examples', () => {
  it('the eligibility example with the full 2020–2024 record is ELIGIBLE with the cited five-year reason', () => {
    const subject = {
      ...contractSubject,
      years: [
        yr(2020, 'HTT', ['LDTT', 'CSTD_CO_SO']),
        yr(2021, 'HTT', ['LDTT']),
        yr(2022, 'HTT', ['LDTT', 'CSTD_CO_SO']),
        yr(2023, 'HTT', ['LDTT']),
        ...contractSubject.years,
      ],
    };
    const r = evaluate({
      op: 'eligibility',
      id: 'c1',
      target: 'BANG_KHEN_THU_TUONG',
      proposedOn: '2025-01-15',
      achievementYear: 2024,
      subject,
    });
    expect(r).toMatchObject({
      id: 'c1',
      op: 'eligibility',
      target: 'BANG_KHEN_THU_TUONG',
      outcome: 'ELIGIBLE',
      confirmed: true,
      regime: 'LUAT_2022_ND_98_2023',
    });
    if (!('reasons' in r)) throw new Error('no reasons');
    expect(r.reasons).toContainEqual(
      expect.objectContaining({
        rule: 'bang_khen_thu_tuong.five_years_htt',
        met: true,
        confirmed: true,
        citation: expect.stringContaining('Luật Thi đua, khen thưởng 2022, Điều 73 khoản 1 điểm b'),
        message: expect.objectContaining({
          vi: 'Có 5 năm liên tục (2020–2024) hoàn thành tốt nhiệm vụ trở lên',
        }),
      }),
    );
  });

  it('the literal eligibility example (only 2024 given) asks for the missing 2023 rating', () => {
    const r = evaluate({
      op: 'eligibility',
      id: 'c1',
      target: 'BANG_KHEN_THU_TUONG',
      proposedOn: '2025-01-15',
      achievementYear: 2024,
      subject: contractSubject,
    });
    expect(r).toMatchObject({ id: 'c1', outcome: 'NEEDS_REVIEW' });
    expect(JSON.stringify(r)).toContain('Thiếu kết quả đánh giá năm 2023');
  });

  it('the reward example gives 710000', () => {
    const r = evaluate({
      op: 'reward',
      id: 'r1',
      code: 'LDTT',
      recipient: 'INDIVIDUAL',
      decidedOn: '2025-01-10',
    });
    expect(r).toMatchObject({
      id: 'r1',
      amountVnd: 710000,
      coefficient: 0.3,
      baseSalaryVnd: 2340000,
      rounding: 'CEIL_10000',
    });
    if (!('citations' in r)) throw new Error('no citations');
    expect(r.citations.length).toBeGreaterThanOrEqual(2);
  });

  it('the authority example: a commune chair may sign CSTĐCS on 01/08/2025', () => {
    const r = evaluate({
      op: 'authority',
      id: 'a1',
      code: 'CSTD_CO_SO',
      signer: { office: 'CHU_TICH_UBND', level: 'XA' },
      on: '2025-08-01',
    });
    expect(r).toMatchObject({ id: 'a1', authorized: true, confirmed: true });
    expect(r).toHaveProperty('citation');
    expect(r).toHaveProperty('message.vi');
  });

  it('the quota example gives max 4', () => {
    const r = evaluate({
      op: 'quota',
      id: 'q1',
      code: 'CSTD_CO_SO',
      achievementYear: 2023,
      proposedOn: '2024-01-10',
      ldttCount: 27,
    });
    expect(r).toMatchObject({ id: 'q1', max: 4, confirmed: true, parameter: 'quota.cstd_co_so.share' });
  });

  it('the posting example is required, 10 working days, valid', () => {
    const r = evaluate({
      op: 'posting',
      id: 'p1',
      code: 'HCLD_HANG_BA',
      postedOn: '2024-10-01',
      meetingOn: '2024-10-16',
    });
    expect(r).toMatchObject({ id: 'p1', required: true, valid: true, workingDays: 10, minWorkingDays: 10 });
    expect(r).toHaveProperty('citation');
  });
});

describe('errors', () => {
  const cases: [string, unknown, string, string?][] = [
    ['an unknown op is INVALID_REQUEST', { op: 'vote', id: 1 }, 'INVALID_REQUEST', 'op'],
    ['a missing op is MISSING_FIELD', { id: 1 }, 'MISSING_FIELD', 'op'],
    [
      'an unknown code is UNKNOWN_CODE',
      { op: 'reward', id: 1, code: 'HUY_HIEU', recipient: 'INDIVIDUAL', decidedOn: '2025-01-10' },
      'UNKNOWN_CODE',
      'code',
    ],
    [
      'a malformed date is INVALID_DATE',
      { op: 'reward', id: 1, code: 'LDTT', recipient: 'INDIVIDUAL', decidedOn: '10/01/2025' },
      'INVALID_DATE',
      'decidedOn',
    ],
    [
      'an impossible date is INVALID_DATE',
      { op: 'reward', id: 1, code: 'LDTT', recipient: 'INDIVIDUAL', decidedOn: '2025-02-29' },
      'INVALID_DATE',
      'decidedOn',
    ],
    [
      'a missing field is MISSING_FIELD',
      { op: 'reward', id: 1, code: 'LDTT', decidedOn: '2025-01-10' },
      'MISSING_FIELD',
      'recipient',
    ],
    [
      'a missing nested field names its path',
      {
        op: 'eligibility',
        id: 1,
        target: 'LDTT',
        proposedOn: '2025-01-10',
        achievementYear: 2024,
        subject: { kind: 'INDIVIDUAL', years: [{ rating: 'HTT' }] },
      },
      'MISSING_FIELD',
      'subject.years[0].year',
    ],
    [
      'an unknown rating is UNKNOWN_CODE',
      {
        op: 'eligibility',
        id: 1,
        target: 'LDTT',
        proposedOn: '2025-01-10',
        achievementYear: 2024,
        subject: { kind: 'INDIVIDUAL', years: [{ year: 2024, rating: 'GOOD' }] },
      },
      'UNKNOWN_CODE',
      'subject.years[0].rating',
    ],
    [
      'a code without cash is NO_CASH_REWARD',
      { op: 'reward', id: 1, code: 'GIA_DINH_VAN_HOA', recipient: 'COLLECTIVE', decidedOn: '2025-01-10' },
      'NO_CASH_REWARD',
      'code',
    ],
    ['a request that is not an object is INVALID_REQUEST', [1, 2], 'INVALID_REQUEST'],
    [
      'a target that does not fit the subject is INVALID_REQUEST',
      {
        op: 'eligibility',
        id: 1,
        target: 'TT_LDXS',
        proposedOn: '2025-01-10',
        achievementYear: 2024,
        subject: person([]),
      },
      'INVALID_REQUEST',
      'target',
    ],
    [
      'an achievement year after the proposal year is INVALID_REQUEST',
      {
        op: 'eligibility',
        id: 1,
        target: 'LDTT',
        proposedOn: '2025-01-10',
        achievementYear: 2026,
        subject: person([]),
      },
      'INVALID_REQUEST',
      'achievementYear',
    ],
    [
      'a decision date before the encoded base salaries is NOT_ENCODED',
      { op: 'reward', id: 1, code: 'LDTT', recipient: 'INDIVIDUAL', decidedOn: '2016-01-10' },
      'NOT_ENCODED',
      'decidedOn',
    ],
  ];
  for (const [name, req, code, field] of cases) {
    it(name, () => {
      const r = evaluate(req);
      expect(r).toHaveProperty('error.code', code);
      if (field !== undefined) {
        expect(r).toHaveProperty('error.field', field);
        expect((r as { error: { message: string } }).error.message).toContain(field);
      }
      if (typeof req === 'object' && req !== null && 'id' in req) expect(r).toHaveProperty('id', 1);
    });
  }

  it('a batch answers every request in order, errors included', () => {
    const rs = evaluateMany([
      { op: 'reward', id: 'a', code: 'LDTT', recipient: 'INDIVIDUAL', decidedOn: '2025-01-10' },
      null,
      { op: 'x', id: 'c' },
      'text',
    ]);
    expect(rs.map((r) => ('error' in r ? r.error.code : 'OK'))).toEqual([
      'OK',
      'INVALID_REQUEST',
      'INVALID_REQUEST',
      'INVALID_REQUEST',
    ]);
    expect(rs[2]).toHaveProperty('id', 'c');
  });

  it('garbage of every shape never throws', () => {
    const junk: unknown[] = [
      undefined,
      0,
      '',
      {},
      { op: 'eligibility' },
      { op: 'eligibility', subject: 5, target: 'LDTT', proposedOn: '2025-01-01', achievementYear: 2024 },
      { op: 'posting', code: 'LDTT', postedOn: '2025-01-10', meetingOn: '2025-01-01' },
      { op: 'authority', code: 'LDTT', signer: { office: 'CHU_TICH_UBND' }, on: '2025-01-01' },
      {
        op: 'eligibility',
        target: 'LDTT',
        proposedOn: '2025-01-01',
        achievementYear: 2024,
        subject: { kind: 'INDIVIDUAL', years: [null] },
      },
      {
        op: 'eligibility',
        target: 'LDTT',
        proposedOn: '2025-01-01',
        achievementYear: 2024,
        subject: { kind: 'INDIVIDUAL', awards: [{ code: 'LDTT' }] },
      },
    ];
    for (const j of junk) expect(() => evaluate(j)).not.toThrow();
    expect(
      evaluate({ op: 'authority', code: 'LDTT', signer: { office: 'CHU_TICH_UBND' }, on: '2025-01-01' }),
    ).toHaveProperty('error.field', 'signer.level');
    expect(
      evaluate({
        op: 'eligibility',
        target: 'LDTT',
        proposedOn: '2025-01-01',
        achievementYear: 2024,
        subject: { kind: 'INDIVIDUAL', awards: [{ code: 'LDTT' }] },
      }),
    ).toHaveProperty('error.field', 'subject.awards[0].periodTo');
  });

  it('an award without a stated period counts from the year of its decision (NĐ 98 Điều 30 kh9)', () => {
    const subject = person(run(2020, 2024, 'HTT', ['CSTD_CO_SO']), {
      awards: [{ code: 'BANG_KHEN_BO_TINH', decidedOn: '2020-02-10' }],
    });
    const r = evaluate({
      op: 'eligibility',
      target: 'BANG_KHEN_THU_TUONG',
      proposedOn: '2025-01-15',
      achievementYear: 2024,
      subject,
    });
    expect(r).toHaveProperty('outcome', 'INELIGIBLE');
    const ok = evaluate({
      op: 'eligibility',
      target: 'BANG_KHEN_THU_TUONG',
      proposedOn: '2025-01-15',
      achievementYear: 2024,
      subject: { ...subject, awards: [award('BANG_KHEN_BO_TINH', 2019)] },
    });
    expect(ok).toHaveProperty('outcome', 'ELIGIBLE');
  });
});
