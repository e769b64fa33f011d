/** Listings for the legal-parameters page and the catalogue exports. */
import { describe, expect, it } from 'vitest';
import {
  ALL_CODES,
  RATINGS,
  REGIMES,
  RULESET_VERSION,
  SIGNER_OFFICES,
  listParameters,
  listRules,
} from '../src/index.js';

describe('listings', () => {
  it('lists every rule with its versions, citations and confidence', () => {
    const rules = listRules();
    const bk = rules.find((r) => r.id === 'bang_khen_thu_tuong.five_years_htt')!;
    expect(bk).toMatchObject({ confirmed: true, targets: ['BANG_KHEN_THU_TUONG'] });
    expect(bk.versions[0]).toMatchObject({
      from: '2024-01-01',
      to: null,
      params: ['bang_khen_thu_tuong.years_htt'],
    });
    expect(rules.find((r) => r.id === 'hcld_hang_nhat.not_encoded')!.confirmed).toBe(false);
  });
  it('lists unconfirmed parameter values so the page can flag them', () => {
    const unconfirmed = listParameters().flatMap((p) =>
      p.values.filter((v) => !v.confirmed).map((v) => `${p.key}@${v.from}`),
    );
    expect(unconfirmed).toContain('cash.coefficient.INDIVIDUAL.BANG_KHEN_BO_TINH@2024-01-01');
    expect(unconfirmed).toContain('posting.counting_convention@2017-10-01');
  });
  it('exports catalogues with Vietnamese names', () => {
    expect(RATINGS.map((r) => r.code)).toEqual(['HTXS', 'HTT', 'HT', 'KHT']);
    expect(ALL_CODES.find((c) => c.code === 'HCLD_HANG_BA')!.vi).toBe('Huân chương Lao động hạng Ba');
    expect(SIGNER_OFFICES).toHaveLength(8);
    expect(REGIMES.map((r) => r.code)).toEqual([
      'LUAT_2003_ND_91_2017',
      'LUAT_2022_ND_98_2023',
      'LUAT_2022_ND_152_2025',
    ]);
    expect(RULESET_VERSION).toMatch(/^\d{4}\.\d{2}\.\d{2}-\d+$/);
  });
});
