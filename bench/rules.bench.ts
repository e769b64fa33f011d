/**
 * Batch eligibility of 1,000,000 synthetic people × 6 individual targets, 10-year histories, one core.
 * Baseline: a plain loop touching every person's years in the same layout. Prints human lines, then one JSON line.
 */
import {
  CODE_INDEX,
  R_HT,
  R_HTT,
  R_HTXS,
  R_KHT,
  RULESET_VERSION,
  T_CSTD_BO_TINH,
  T_CSTD_CO_SO,
  T_LDTT,
  T_PRESENT,
  allocatePacked,
  dayNumber,
  evaluateEligibilityBatch,
  type Code,
} from '@vinhdanh/rules';

const N = Number(process.env.RULES_BENCH_N ?? 1_000_000);
const YEARS = 10;
const FIRST = 2015;
const TARGETS: Code[] = [
  'LDTT',
  'CSTD_CO_SO',
  'CSTD_BO_TINH',
  'BANG_KHEN_BO_TINH',
  'BANG_KHEN_THU_TUONG',
  'HCLD_HANG_BA',
];

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

const mb = (b: number): string => `${(b / 1048576).toFixed(0)} MB`;

// --- synthetic data (not timed) ---
const t0 = performance.now();
const r = rng(2026);
const awardsPer = new Uint8Array(N);
let nAwards = 0;
for (let i = 0; i < N; i++) {
  const k = r() < 0.5 ? 0 : r() < 0.7 ? 1 : 2;
  awardsPer[i] = k;
  nAwards += k;
}
const p = allocatePacked(N, FIRST, YEARS, nAwards);
const ratingDist = [R_HTXS, R_HTT, R_HTT, R_HTT, R_HTT, R_HT, R_KHT];
const BK_BT = CODE_INDEX.get('BANG_KHEN_BO_TINH')!;
const RECENT = dayNumber('2024-08-01')!;
const LONG_AGO = dayNumber('2012-01-01')!;
const BK_TTG = CODE_INDEX.get('BANG_KHEN_THU_TUONG')!;
let a = 0;
for (let i = 0; i < N; i++) {
  const base = i * YEARS;
  for (let k = 0; k < YEARS; k++) {
    const c = base + k;
    const rating = ratingDist[Math.floor(r() * ratingDist.length)]!;
    p.rating[c] = rating;
    let t = T_PRESENT;
    if (rating >= R_HTT) {
      t |= T_LDTT;
      if (r() < 0.35) t |= T_CSTD_CO_SO;
      if (r() < 0.03) t |= T_CSTD_BO_TINH;
    }
    p.titles[c] = t;
    if (r() < 0.3) {
      p.initiatives[c] = 1 << (r() < 0.9 ? 0 : 1);
      p.sangKien[c] = 1;
    }
    if (r() < 0.02) p.discipline[c] = 1;
    if (r() < 0.03) p.absences[c] = 1;
  }
  p.recruitedOn[i] = r() < 0.02 ? RECENT : LONG_AGO;
  p.awardStart[i] = a;
  for (let k = 0; k < awardsPer[i]!; k++) {
    const to = 2012 + Math.floor(r() * 12);
    p.awardCode[a] = r() < 0.7 ? BK_BT : BK_TTG;
    p.awardTo[a] = to;
    p.awardFrom[a] = to;
    p.awardType[a] = 0;
    a++;
  }
}
p.awardStart[N] = a;
const genMs = performance.now() - t0;

// --- baseline: a plain pass touching every person's years ---
function baseline(): number {
  let sum = 0;
  const rating = p.rating;
  const titles = p.titles;
  for (let i = 0; i < N; i++) {
    const base = i * YEARS;
    let good = 0;
    for (let k = 0; k < YEARS; k++) if (rating[base + k]! >= R_HTT && titles[base + k]! & T_LDTT) good++;
    sum += good;
  }
  return sum;
}

/** Best of several interleaved rounds: the machine is shared, so single runs are noisy. */
const ROUNDS = Number(process.env.RULES_BENCH_ROUNDS ?? 3);
baseline();
let baseMs = Number.POSITIVE_INFINITY;
let evalMs = Number.POSITIVE_INFINITY;
let check = 0;
const c0 = performance.now();
let res = evaluateEligibilityBatch(p, TARGETS, { proposedOn: '2025-01-15', achievementYear: 2024 });
const coldMs = performance.now() - c0;
for (let round = 0; round < ROUNDS; round++) {
  const b0 = performance.now();
  check = baseline();
  baseMs = Math.min(baseMs, performance.now() - b0);
  const e0 = performance.now();
  res = evaluateEligibilityBatch(p, TARGETS, { proposedOn: '2025-01-15', achievementYear: 2024 });
  evalMs = Math.min(evalMs, performance.now() - e0);
}
const mem = process.memoryUsage();

// Reasons on demand for arbitrary subjects.
const x0 = performance.now();
let reasons = 0;
for (let k = 0; k < 1000; k++) {
  const i = Math.floor(r() * N);
  for (let t = 0; t < TARGETS.length; t++) reasons += res.explain(i, t).reasons.length;
}
const explainUs = ((performance.now() - x0) * 1000) / 6000;
const sample = res.explain(12345, 4);

console.log(
  `rules batch: ${N.toLocaleString('en-US')} people × ${TARGETS.length} targets, ${YEARS}-year histories (ruleset ${RULESET_VERSION})`,
);
console.log(
  `  data generation ${genMs.toFixed(0)} ms (not timed), baseline pass ${baseMs.toFixed(1)} ms (checksum ${check})`,
);
console.log(
  `  batch evaluation ${evalMs.toFixed(0)} ms = ${((N * TARGETS.length) / (evalMs / 1000) / 1e6).toFixed(2)} M decisions/s (target ≤ 5000 ms; best of ${ROUNDS} rounds; first cold run ${coldMs.toFixed(0)} ms)`,
);
console.log(
  `  memory: heapUsed ${mb(mem.heapUsed)}, arrayBuffers ${mb(mem.arrayBuffers)}, rss ${mb(mem.rss)} (limit 2048 MB)`,
);
for (const [t, cnt] of Object.entries(res.counts())) console.log(`  ${t.padEnd(20)} ${JSON.stringify(cnt)}`);
console.log(
  `  reasons on demand: ${explainUs.toFixed(1)} µs per subject×target (${reasons} reasons for 6000 explanations)`,
);
console.log(
  `  e.g. subject 12345 ${sample.target}: ${sample.outcome} – ${sample.reasons.map((x) => x.message.vi).join('; ')}`,
);
console.log(
  JSON.stringify({
    bench: 'rules.batch-eligibility',
    metric: 'wall time, 1M people × 6 targets',
    value: Math.round(evalMs),
    unit: 'ms',
    baseline: Math.round(baseMs * 100) / 100,
    ratio: Math.round((evalMs / baseMs) * 10) / 10,
  }),
);
