/** The strict parameter loader and province overrides. */
import { describe, expect, it } from 'vitest';
import { ParameterError, createEngine, evaluate, listParameters, loadParameters } from '../src/index.js';
import { collective, cyr, members, elig } from './factories.js';

const good = {
  key: 'x.y',
  description: { vi: 'mô tả', en: 'desc' },
  type: 'number',
  values: [
    { from: '2024-01-01', value: 1, reference: 'Luật X, Điều 1', confirmed: true },
    { from: '2025-01-01', value: 2, reference: 'Luật X, Điều 2', confirmed: false },
  ],
};

describe('parameter loader', () => {
  it('accepts a well-formed parameter', () => {
    expect(loadParameters([good])).toHaveLength(1);
  });
  const bad: [string, unknown, string][] = [
    ['an unknown key in a definition', [{ ...good, extra: 1 }], "khóa không được phép 'extra'"],
    [
      'an unknown key in a dated value',
      [{ ...good, values: [{ ...good.values[0], source: 'x' }] }],
      "khóa không được phép 'source'",
    ],
    ['unsorted dates', [{ ...good, values: [good.values[1], good.values[0]] }], 'không theo thứ tự'],
    [
      'duplicate dates',
      [{ ...good, values: [good.values[0], { ...good.values[1], from: '2024-01-01' }] }],
      'trùng ngày',
    ],
    [
      'a missing reference',
      [{ ...good, values: [{ from: '2024-01-01', value: 1, confirmed: true }] }],
      'thiếu căn cứ pháp lý',
    ],
    [
      'a missing confirmed flag',
      [{ ...good, values: [{ from: '2024-01-01', value: 1, reference: 'Luật X, Điều 1' }] }],
      'confirmed',
    ],
    [
      'a value of the wrong type',
      [{ ...good, values: [{ ...good.values[0], value: 'một' }] }],
      'kiểu number',
    ],
    [
      'a null value on a non-nullable parameter',
      [{ ...good, values: [{ ...good.values[0], value: null }] }],
      'null',
    ],
    [
      'a malformed date',
      [{ ...good, values: [{ ...good.values[0], from: '2024-13-01' }] }],
      'ngày bắt đầu không hợp lệ',
    ],
    ['a duplicate parameter', [good, good], 'khai báo trùng'],
  ];
  for (const [name, raw, fragment] of bad) {
    it(`rejects ${name} and names the parameter`, () => {
      try {
        loadParameters(raw);
        expect.unreachable('the loader should throw');
      } catch (e) {
        expect(e).toBeInstanceOf(ParameterError);
        expect((e as ParameterError).parameter).toBe('x.y');
        expect((e as Error).message).toContain("Tham số 'x.y'");
        expect((e as Error).message).toContain(fragment);
      }
    });
  }
});

describe('national parameters', () => {
  it('every dated value has a reference and a confirmed flag, and UNCONFIRMED points are flagged false', () => {
    const ps = listParameters();
    for (const p of ps) for (const v of p.values) expect(v.reference.length, p.key).toBeGreaterThan(5);
    const share = ps.find((p) => p.key === 'quota.cstd_co_so.share')!;
    expect(share.values.map((v) => [v.from, v.value, v.confirmed])).toEqual([
      ['2017-10-01', 0.15, true],
      ['2024-01-01', null, true],
      ['2025-07-01', null, false],
    ]);
  });
  it('lists the base salary of 2,530,000 from 01/07/2026 (NĐ 161/2026)', () => {
    const base = listParameters().find((p) => p.key === 'cash.base_salary')!;
    expect(base.values.at(-1)).toMatchObject({ from: '2026-07-01', value: 2_530_000, confirmed: true });
  });
});

describe('province overrides', () => {
  const bacNinh = [
    {
      parameter: 'tt_ldtt.ldtt_share_min',
      from: '2025-12-15',
      value: 0.7,
      reference: 'Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 4 khoản 2 điểm b',
      reason: 'Tỉnh quy định chi tiết theo Luật Điều 28 khoản 3',
    },
    {
      parameter: 'tt_ldtt.ldtt_share_inclusive',
      from: '2025-12-15',
      value: true,
      reference: 'Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 4 khoản 2 điểm b',
      reason: '"Có ít nhất là 70%"',
    },
  ];
  const unit = collective([cyr(2025, 'HTT', members(10, 10, 6, 0))]);
  it('a Bắc Ninh unit with 60 % LĐTT meets the national default but not the provincial 70 % from 15/12/2025', () => {
    expect(evaluate(elig('TT_LDTT', '2025-12-20', 2025, unit))).toHaveProperty('outcome', 'ELIGIBLE');
    const r = evaluate(elig('TT_LDTT', '2025-12-20', 2025, unit), { overrides: bacNinh });
    expect(r).toHaveProperty('outcome', 'INELIGIBLE');
    expect(JSON.stringify(r)).toContain('ít nhất 70 %');
  });
  it('the override does not apply the day before its start', () => {
    expect(evaluate(elig('TT_LDTT', '2025-12-14', 2025, unit), { overrides: bacNinh })).toHaveProperty(
      'outcome',
      'ELIGIBLE',
    );
  });
  it('a province cap on CSTĐCS shows in the quota op with its reference', () => {
    const e = createEngine({
      overrides: [
        {
          parameter: 'quota.cstd_co_so.share',
          from: '2025-01-01',
          value: 0.1,
          reference: 'Quy chế thi đua tỉnh X, Điều 5',
          reason: 'Tỉnh giới hạn 10 %',
        },
      ],
    });
    expect(
      e.evaluate({ op: 'quota', code: 'CSTD_CO_SO', achievementYear: 2025, ldttCount: 27 }),
    ).toMatchObject({ max: 2, citation: 'Quy chế thi đua tỉnh X, Điều 5' });
    expect(e.listParameters().find((p) => p.key === 'quota.cstd_co_so.share')!.overrides).toHaveLength(1);
  });
  it('rejects an override of a parameter the law does not delegate', () => {
    expect(() =>
      createEngine({
        overrides: [
          {
            parameter: 'cash.base_salary',
            from: '2025-01-01',
            value: 3_000_000,
            reference: 'Quyết định tỉnh X',
            reason: 'thử',
          },
        ],
      }),
    ).toThrow(/không giao cho địa phương/);
  });
  it('rejects an override without a reference or reason, naming the parameter', () => {
    expect(() =>
      createEngine({
        overrides: [
          { parameter: 'quota.cstd_co_so.share', from: '2025-01-01', value: 0.1, reference: '', reason: 'x' },
        ],
      }),
    ).toThrow(/quota.cstd_co_so.share.*căn cứ/);
    expect(() =>
      createEngine({
        overrides: [
          {
            parameter: 'quota.cstd_co_so.share',
            from: '2025-01-01',
            value: 0.1,
            reference: 'Quyết định tỉnh X',
            reason: '',
          },
        ],
      }),
    ).toThrow(/lý do/);
  });
  it('rejects an override of an unknown parameter or with unknown keys', () => {
    expect(() =>
      createEngine({
        overrides: [
          { parameter: 'nope', from: '2025-01-01', value: 1, reference: 'Quyết định tỉnh X', reason: 'x' },
        ],
      }),
    ).toThrow(/không có tham số/);
    const withExtra = [
      {
        parameter: 'quota.cstd_co_so.share',
        from: '2025-01-01',
        value: 0.1,
        reference: 'Quyết định tỉnh X',
        reason: 'x',
        province: 'HN',
      },
    ];
    expect(() => createEngine({ overrides: withExtra })).toThrow(/province/);
  });
});
