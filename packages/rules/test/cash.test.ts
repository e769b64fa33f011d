/** Cash rewards: spec.md §7.5 (T42–T55) and the base-salary dates. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';

const reward = (code: string, recipient: string, decidedOn: string, extra: Record<string, unknown> = {}) =>
  evaluate({ op: 'reward', code, recipient, decidedOn, ...extra });

describe('cash rewards (spec.md §7.5)', () => {
  const table: [string, string, string, string, number, Record<string, unknown>?][] = [
    [
      'T42: LĐTT 2023 decided 20/01/2024 is 0.3 × 1,800,000 = 540,000',
      'LDTT',
      'INDIVIDUAL',
      '2024-01-20',
      540_000,
    ],
    [
      'T43: LĐTT 2024 decided 10/01/2025 is 702,000 rounded up to 710,000',
      'LDTT',
      'INDIVIDUAL',
      '2025-01-10',
      710_000,
    ],
    ['T44: CSTĐCS decided 30/06/2026 uses 2,340,000', 'CSTD_CO_SO', 'INDIVIDUAL', '2026-06-30', 2_340_000],
    [
      'T44: CSTĐCS decided 01/07/2026 uses 2,530,000 (NĐ 161/2026)',
      'CSTD_CO_SO',
      'INDIVIDUAL',
      '2026-07-01',
      2_530_000,
    ],
    [
      'T45: TTLĐTT decided 05/07/2026 is 2,024,000 rounded to 2,030,000',
      'TT_LDTT',
      'COLLECTIVE',
      '2026-07-05',
      2_030_000,
    ],
    ['T46: TTLĐXS decided 15/01/2026 is 3,510,000', 'TT_LDXS', 'COLLECTIVE', '2026-01-15', 3_510_000],
    [
      'T46: TTLĐXS decided 15/07/2026 is 3,795,000 rounded to 3,800,000',
      'TT_LDXS',
      'COLLECTIVE',
      '2026-07-15',
      3_800_000,
    ],
    [
      'T47: BK Thủ tướng individual decided 15/08/2025 is 8,190,000',
      'BANG_KHEN_THU_TUONG',
      'INDIVIDUAL',
      '2025-08-15',
      8_190_000,
    ],
    [
      'T48: BK tỉnh individual decided 15/08/2025 is 1.5 × 2,340,000 = 3,510,000',
      'BANG_KHEN_BO_TINH',
      'INDIVIDUAL',
      '2025-08-15',
      3_510_000,
    ],
    [
      'T48: BK tỉnh decided 15/03/2025 under NĐ 98 uses the unconfirmed 1.0 = 2,340,000',
      'BANG_KHEN_BO_TINH',
      'INDIVIDUAL',
      '2025-03-15',
      2_340_000,
    ],
    [
      'T49: HCLĐ hạng Ba collective decided 20/03/2025 is 21,060,000',
      'HCLD_HANG_BA',
      'COLLECTIVE',
      '2025-03-20',
      21_060_000,
    ],
    [
      'T49: HCLĐ hạng Ba individual decided 20/03/2025 is 10,530,000',
      'HCLD_HANG_BA',
      'INDIVIDUAL',
      '2025-03-20',
      10_530_000,
    ],
    [
      'T50: Cờ thi đua tỉnh decided 10/01/2025 is 18,720,000',
      'CO_THI_DUA_BO_TINH',
      'COLLECTIVE',
      '2025-01-10',
      18_720_000,
    ],
    [
      'T50: Cờ thi đua Chính phủ decided 10/01/2025 is 28,080,000',
      'CO_THI_DUA_CHINH_PHU',
      'COLLECTIVE',
      '2025-01-10',
      28_080_000,
    ],
    [
      'T51: CSTĐ toàn quốc decided 10/10/2026 is 11,385,000 rounded to 11,390,000',
      'CSTD_TOAN_QUOC',
      'INDIVIDUAL',
      '2026-10-10',
      11_390_000,
    ],
    [
      'T52: an old-regime Giấy khen of a commune chair (12/2019) is 223,500 rounded up to 230,000',
      'GIAY_KHEN',
      'INDIVIDUAL',
      '2019-12-15',
      230_000,
      { issuer: { office: 'CHU_TICH_UBND', level: 'XA' } },
    ],
    [
      'T52: with the nearest-rounding switch the same award is 220,000',
      'GIAY_KHEN',
      'INDIVIDUAL',
      '2019-12-15',
      220_000,
      { issuer: { office: 'CHU_TICH_UBND', level: 'XA' }, rounding: 'NEAREST_10000' },
    ],
    [
      'T53: Giấy khen individual decided 20/09/2025 is 710,000',
      'GIAY_KHEN',
      'INDIVIDUAL',
      '2025-09-20',
      710_000,
    ],
    [
      'T53: Giấy khen collective decided 20/09/2025 is 0.6 × 2,340,000 → 1,410,000',
      'GIAY_KHEN',
      'COLLECTIVE',
      '2025-09-20',
      1_410_000,
    ],
    [
      'T63: a posthumous BK Thủ tướng in 2025 pays 3.5 × base salary to the family',
      'BANG_KHEN_THU_TUONG',
      'INDIVIDUAL',
      '2025-10-01',
      8_190_000,
      { posthumous: true },
    ],
    [
      'a household Giấy khen of the commune chair is 1.5 × the individual amount, rounded up',
      'GIAY_KHEN',
      'HOUSEHOLD',
      '2025-09-20',
      1_060_000,
      { issuer: { office: 'CHU_TICH_UBND', level: 'XA' } },
    ],
    [
      'a commune chair Giấy khen on 30/06/2025 is still 0.15 (NĐ 98)',
      'GIAY_KHEN',
      'INDIVIDUAL',
      '2025-06-30',
      360_000,
      { issuer: { office: 'CHU_TICH_UBND', level: 'XA' } },
    ],
    [
      'a commune chair Giấy khen on 01/07/2025 is 0.3 (NĐ 152)',
      'GIAY_KHEN',
      'INDIVIDUAL',
      '2025-07-01',
      710_000,
      { issuer: { office: 'CHU_TICH_UBND', level: 'XA' } },
    ],
    ['the base salary on 30/06/2024 is still 1,800,000', 'CSTD_CO_SO', 'INDIVIDUAL', '2024-06-30', 1_800_000],
    ['the base salary on 01/07/2024 is 2,340,000', 'CSTD_CO_SO', 'INDIVIDUAL', '2024-07-01', 2_340_000],
    ['the base salary on 30/06/2023 is still 1,490,000', 'CSTD_CO_SO', 'INDIVIDUAL', '2023-06-30', 1_490_000],
    ['the base salary on 01/07/2023 is 1,800,000', 'CSTD_CO_SO', 'INDIVIDUAL', '2023-07-01', 1_800_000],
    [
      'a Kỷ niệm chương pays at most 0.6 × base salary',
      'KY_NIEM_CHUONG_BO_TINH',
      'INDIVIDUAL',
      '2025-09-01',
      1_410_000,
    ],
  ];
  for (const [name, code, recipient, decidedOn, amount, extra] of table) {
    it(name, () => {
      const r = reward(code, recipient, decidedOn, extra);
      expect(r, JSON.stringify(r)).toHaveProperty('amountVnd', amount);
      expect(Number.isInteger((r as { amountVnd: number }).amountVnd)).toBe(true);
    });
  }

  it('T48: the NĐ 98 Bằng khen tỉnh coefficient is flagged unconfirmed, the NĐ 152 one confirmed', () => {
    expect(reward('BANG_KHEN_BO_TINH', 'INDIVIDUAL', '2025-03-15')).toHaveProperty('confirmed', false);
    expect(reward('BANG_KHEN_BO_TINH', 'INDIVIDUAL', '2025-08-15')).toHaveProperty('confirmed', true);
  });

  it('T54: a title and a form decided together are both paid', () => {
    expect(reward('LDTT', 'INDIVIDUAL', '2025-01-10')).toHaveProperty('amountVnd', 710_000);
    expect(reward('GIAY_KHEN', 'INDIVIDUAL', '2025-01-10', { sameDecisionTitles: ['LDTT'] })).toHaveProperty(
      'amountVnd',
      710_000,
    );
  });

  it('T55: before 01/07/2025 LĐTT and CSTĐCS of the same year are both paid (policy unconfirmed)', () => {
    const r = reward('LDTT', 'INDIVIDUAL', '2025-06-30', { sameDecisionTitles: ['CSTD_CO_SO'] });
    expect(r).toMatchObject({ amountVnd: 710_000, paid: true, confirmed: false });
  });

  it('T55: from 01/07/2025 only the highest title of the same period is paid (NĐ 152 Điều 49 kh5)', () => {
    const r = reward('LDTT', 'INDIVIDUAL', '2025-07-01', { sameDecisionTitles: ['CSTD_CO_SO'] });
    expect(r).toMatchObject({ amountVnd: 0, paid: false, confirmed: true });
    expect(reward('CSTD_CO_SO', 'INDIVIDUAL', '2025-07-01', { sameDecisionTitles: ['LDTT'] })).toMatchObject({
      amountVnd: 2_340_000,
      paid: true,
    });
  });

  it('an individual title for a collective recipient is rejected', () => {
    expect(reward('LDTT', 'COLLECTIVE', '2025-01-10')).toHaveProperty('error.code', 'INVALID_REQUEST');
  });

  it('the Vietnamese message shows the formula and the rounding', () => {
    expect(reward('LDTT', 'INDIVIDUAL', '2025-01-10')).toHaveProperty(
      'message.vi',
      'Tiền thưởng Lao động tiên tiến: 0,3 × 2.340.000 đồng = 702.000 đồng, làm tròn thành 710.000 đồng',
    );
  });
});
