/** The batch path must agree with single evaluation, subject by subject, reasons included. */
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateEligibilityBatch, type Code, type EligibilityResponse } from '../src/index.js';

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RATINGS = ['HTXS', 'HTT', 'HTT', 'HTT', 'HT', 'KHT'];
const AWARD_CODES = ['BANG_KHEN_BO_TINH', 'BANG_KHEN_THU_TUONG', 'HCLD_HANG_BA', 'CSTD_BO_TINH'];
const TYPES = ['THUONG_XUYEN', 'THUONG_XUYEN', 'CHUYEN_DE', 'DOT_XUAT'];

function randomSubject(r: () => number): Record<string, unknown> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const years = [];
  const start = 2014 + Math.floor(r() * 4);
  for (let y = start; y <= 2024; y++) {
    if (r() < 0.05) continue; // a missing year
    const rating = pick(RATINGS);
    const titles: string[] = [];
    if (rating === 'HTXS' || rating === 'HTT') titles.push('LDTT');
    if (titles.length && r() < 0.45) titles.push('CSTD_CO_SO');
    if (r() < 0.08) titles.push('CSTD_BO_TINH');
    const initiatives =
      r() < 0.4
        ? [
            {
              kind: pick(['SANG_KIEN', 'DE_TAI_KHCN']),
              scope: pick(['CO_SO', 'CO_SO', 'BO_TINH', 'TOAN_QUOC']),
            },
          ]
        : [];
    const discipline = r() < 0.04 ? pick(['KHIEN_TRACH', 'CANH_CAO']) : null;
    const absences =
      r() < 0.08
        ? [
            {
              kind: pick(['MATERNITY', 'TRAINING', 'INJURY_RESCUE', 'SICK']),
              from: `${y}-03-01`,
              to: `${y}-06-30`,
              compliant: r() < 0.8,
            },
          ]
        : [];
    const transfer =
      r() < 0.05 ? { monthsAtPreviousUnit: Math.floor(r() * 12), previousUnitOpinion: r() < 0.5 } : null;
    years.push({ year: y, rating, titles, initiatives, discipline, absences, transfer });
  }
  const awards = [];
  const n = Math.floor(r() * 3);
  for (let k = 0; k < n; k++) {
    const to = 2012 + Math.floor(r() * 12);
    awards.push({
      code: pick(AWARD_CODES),
      periodFrom: to,
      periodTo: to,
      decidedOn: `${to + 1}-03-01`,
      type: pick(TYPES),
    });
  }
  const s: Record<string, unknown> = { kind: 'INDIVIDUAL', years, awards };
  if (r() < 0.9) s.recruitedOn = r() < 0.1 ? '2024-08-01' : '2012-01-01';
  if (r() < 0.05) s.pendingReview = true;
  return s;
}

const TARGETS: Code[] = [
  'LDTT',
  'CSTD_CO_SO',
  'CSTD_BO_TINH',
  'BANG_KHEN_BO_TINH',
  'BANG_KHEN_THU_TUONG',
  'HCLD_HANG_BA',
  'CSTD_TOAN_QUOC',
  'HCLD_HANG_NHI',
];

describe('evaluateEligibilityBatch', () => {
  for (const proposedOn of ['2023-12-31', '2025-01-15', '2025-08-01']) {
    it(`agrees with evaluate() for 400 random people proposed on ${proposedOn}`, () => {
      const r = rng(42);
      const subjects = Array.from({ length: 400 }, () => randomSubject(r));
      const ay = Number(proposedOn.slice(0, 4)) - 1;
      const batch = evaluateEligibilityBatch(subjects, TARGETS, { proposedOn, achievementYear: ay });
      const seen = new Set<string>();
      subjects.forEach((subject, i) => {
        TARGETS.forEach((target, t) => {
          const single = evaluate({
            op: 'eligibility',
            target,
            proposedOn,
            achievementYear: ay,
            subject,
          }) as EligibilityResponse;
          expect(batch.outcome(i, t), `${i} ${target}`).toBe(single.outcome);
          expect(batch.confirmed(i, t), `${i} ${target} confirmed`).toBe(single.confirmed);
          seen.add(`${target}:${single.outcome}`);
          if (i % 40 === 0) expect(batch.explain(i, t).reasons).toEqual(single.reasons);
        });
      });
      // The random data exercises every outcome of the main targets.
      for (const t of proposedOn < '2024'
        ? ['LDTT', 'CSTD_CO_SO']
        : ['LDTT', 'CSTD_CO_SO', 'BANG_KHEN_THU_TUONG']) {
        expect(seen.has(`${t}:ELIGIBLE`) && seen.has(`${t}:INELIGIBLE`), t).toBe(true);
      }
    });
  }

  it('marks an invalid subject and answers the others', () => {
    const b = evaluateEligibilityBatch(
      [
        { kind: 'INDIVIDUAL', years: [{ year: 2024, rating: 'HTT' }] },
        { kind: 'INDIVIDUAL', years: [{ year: 2024, rating: 'BAD' }] },
      ],
      ['LDTT'],
      {
        proposedOn: '2025-01-15',
        achievementYear: 2024,
      },
    );
    expect(b.outcome(0, 0)).toBe('NEEDS_REVIEW');
    expect(b.outcome(1, 0)).toBeNull();
    expect(b.errors.get(1)?.code).toBe('UNKNOWN_CODE');
    expect(b.counts().LDTT).toEqual({ ELIGIBLE: 0, INELIGIBLE: 0, NEEDS_REVIEW: 1 });
  });

  it('rejects a collective target', () => {
    expect(() =>
      evaluateEligibilityBatch([], ['TT_LDXS'], { proposedOn: '2025-01-15', achievementYear: 2024 }),
    ).toThrow(RangeError);
  });
});
