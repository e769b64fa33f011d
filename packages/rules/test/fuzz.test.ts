/** Bad input never crashes: mutated requests always get a response or an error object with a stable code. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';
import { RULE_CASES } from './cases.js';

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

const JUNK: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1.5,
  '',
  'x',
  '2024-02-30',
  true,
  [],
  {},
  [1],
  { a: 1 },
  1e20,
  NaN,
];
const CODES = new Set([
  'INVALID_REQUEST',
  'UNKNOWN_CODE',
  'INVALID_DATE',
  'MISSING_FIELD',
  'NO_CASH_REWARD',
  'NOT_ENCODED',
]);

/** Replaces one random node of a JSON value with junk. */
function mutate(v: unknown, r: () => number): unknown {
  if (Array.isArray(v)) {
    if (v.length === 0 || r() < 0.2) return JUNK[Math.floor(r() * JUNK.length)];
    const c = [...v];
    const k = Math.floor(r() * c.length);
    c[k] = mutate(c[k], r);
    return c;
  }
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v);
    if (keys.length === 0 || r() < 0.15) return JUNK[Math.floor(r() * JUNK.length)];
    const c: Record<string, unknown> = { ...(v as Record<string, unknown>) };
    const k = keys[Math.floor(r() * keys.length)]!;
    if (r() < 0.3) delete c[k];
    else c[k] = mutate(c[k], r);
    return c;
  }
  return JUNK[Math.floor(r() * JUNK.length)];
}

const SEEDS = [
  ...RULE_CASES.map((c) => c.request),
  {
    op: 'reward',
    id: 'r',
    code: 'LDTT',
    recipient: 'INDIVIDUAL',
    decidedOn: '2025-01-10',
    issuer: { office: 'CHU_TICH_UBND', level: 'XA' },
    sameDecisionTitles: ['CSTD_CO_SO'],
  },
  {
    op: 'authority',
    id: 'a',
    code: 'CSTD_CO_SO',
    signer: { office: 'CHU_TICH_UBND', level: 'XA' },
    on: '2025-08-01',
  },
  {
    op: 'quota',
    id: 'q',
    code: 'CSTD_CO_SO',
    achievementYear: 2023,
    proposedOn: '2024-01-10',
    ldttCount: 27,
  },
  {
    op: 'posting',
    id: 'p',
    code: 'HCLD_HANG_BA',
    postedOn: '2024-10-01',
    meetingOn: '2024-10-16',
    countingConvention: 'INCLUDE_POSTING_DAY',
  },
];

describe('robustness', () => {
  it('5,000 mutated requests never throw and never give an internal error', () => {
    const r = rng(99);
    for (let n = 0; n < 5000; n++) {
      let req: unknown = SEEDS[Math.floor(r() * SEEDS.length)];
      const depth = 1 + Math.floor(r() * 3);
      for (let k = 0; k < depth; k++) req = mutate(req, r);
      const res = evaluate(req);
      if ('error' in res) {
        const e = res.error;
        expect(CODES.has(e.code), `${e.code} for ${JSON.stringify(req)}`).toBe(true);
        expect(e.message.length).toBeGreaterThan(10);
      } else {
        expect(typeof res.op).toBe('string');
      }
    }
  });
});

describe('every date from 1990 to 2040', () => {
  it('gets an answer or a stable error code, never an internal error', () => {
    const codes = [
      'LDTT',
      'CSTD_CO_SO',
      'BANG_KHEN_THU_TUONG',
      'HCLD_HANG_BA',
      'GIAY_KHEN',
      'TT_LDXS',
      'GIA_DINH_VAN_HOA',
    ];
    for (let y = 1990; y <= 2040; y++) {
      for (const md of ['01-01', '06-30', '07-01', '12-31']) {
        const d = `${y}-${md}`;
        for (const code of codes) {
          const reqs: unknown[] = [
            { op: 'reward', code, recipient: code === 'TT_LDXS' ? 'COLLECTIVE' : 'INDIVIDUAL', decidedOn: d },
            { op: 'authority', code, signer: { office: 'CHU_TICH_UBND', level: 'XA' }, on: d },
            { op: 'quota', code, achievementYear: y, ldttCount: 10, qualifiedCount: 10 },
            { op: 'posting', code, postedOn: d, meetingOn: d },
            {
              op: 'eligibility',
              target: code,
              proposedOn: d,
              achievementYear: y - 1,
              subject: {
                kind:
                  code === 'TT_LDXS'
                    ? 'COLLECTIVE'
                    : code === 'GIA_DINH_VAN_HOA'
                      ? 'HOUSEHOLD'
                      : 'INDIVIDUAL',
                years: [],
              },
            },
          ];
          for (const q of reqs) {
            const res = evaluate(q);
            if ('error' in res)
              expect(CODES.has(res.error.code), `${res.error.code} ${JSON.stringify(q)}`).toBe(true);
          }
        }
      }
    }
  });
});
