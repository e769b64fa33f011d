/**
 * Throughput of `rules eval` (JSON Lines in → JSON Lines out) run in-process through runRulesEval.
 * Baseline: JSON.parse + JSON.stringify of the same lines. Prints human lines, then one JSON line.
 */
import { Readable, Writable } from 'node:stream';
import { runRulesEval } from '@vinhdanh/rules/cli';

const N = Number(process.env.RULES_CLI_BENCH_N ?? 100_000);
/** Best of several interleaved rounds: the machine is shared, so single runs are noisy. */
const ROUNDS = Number(process.env.RULES_BENCH_ROUNDS ?? 3);

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
const r = rng(7);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const TARGETS = [
  'LDTT',
  'CSTD_CO_SO',
  'CSTD_BO_TINH',
  'BANG_KHEN_BO_TINH',
  'BANG_KHEN_THU_TUONG',
  'HCLD_HANG_BA',
];

function line(i: number): string {
  const x = r();
  if (x < 0.7) {
    const years = [];
    for (let y = 2015; y <= 2024; y++) {
      const rating = pick(['HTXS', 'HTT', 'HTT', 'HTT', 'HT']);
      const titles = rating === 'HT' ? [] : r() < 0.35 ? ['LDTT', 'CSTD_CO_SO'] : ['LDTT'];
      years.push({
        year: y,
        rating,
        titles,
        initiatives: r() < 0.3 ? [{ kind: 'SANG_KIEN', scope: 'CO_SO' }] : [],
        discipline: null,
        absences: [],
      });
    }
    const awards =
      r() < 0.5
        ? [
            {
              code: 'BANG_KHEN_BO_TINH',
              decidedOn: '2019-02-10',
              periodFrom: 2018,
              periodTo: 2018,
              type: 'THUONG_XUYEN',
            },
          ]
        : [];
    return JSON.stringify({
      op: 'eligibility',
      id: `e${i}`,
      target: pick(TARGETS),
      proposedOn: '2025-01-15',
      achievementYear: 2024,
      subject: { kind: 'INDIVIDUAL', recruitedOn: '2012-03-01', years, awards },
    });
  }
  if (x < 0.85)
    return JSON.stringify({
      op: 'reward',
      id: `r${i}`,
      code: pick(['LDTT', 'CSTD_CO_SO', 'BANG_KHEN_BO_TINH']),
      recipient: 'INDIVIDUAL',
      decidedOn: pick(['2024-01-20', '2025-01-10', '2026-07-01']),
    });
  if (x < 0.93)
    return JSON.stringify({
      op: 'authority',
      id: `a${i}`,
      code: 'CSTD_CO_SO',
      signer: { office: 'CHU_TICH_UBND', level: 'XA' },
      on: pick(['2025-03-01', '2025-08-01']),
    });
  if (x < 0.97)
    return JSON.stringify({
      op: 'posting',
      id: `p${i}`,
      code: 'HCLD_HANG_BA',
      postedOn: '2024-10-01',
      meetingOn: '2024-10-16',
    });
  if (x < 0.995)
    return JSON.stringify({
      op: 'quota',
      id: `q${i}`,
      code: 'CSTD_CO_SO',
      achievementYear: 2023,
      ldttCount: 27,
    });
  return '{ not json';
}

const lines: string[] = Array.from({ length: N }, (_, i) => line(i));
const input = lines.join('\n') + '\n';
const chunks: string[] = [];
for (let k = 0; k < input.length; k += 1 << 16) chunks.push(input.slice(k, k + (1 << 16)));

/** Collects output chunks; lines are counted after the timed run so the sink costs nothing measurable. */
function sink(): { stream: Writable; bytes: () => number; lines: () => number } {
  const got: string[] = [];
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: Buffer | string, _enc, cb) {
      got.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      cb();
    },
  });
  const bytes = (): number => got.reduce((n, s) => n + s.length, 0);
  const lines = (): number => {
    let nl = 0;
    for (const s of got) for (let k = s.indexOf('\n'); k !== -1; k = s.indexOf('\n', k + 1)) nl++;
    return nl;
  };
  return { stream, bytes, lines };
}

function baselineRun(): number {
  const t = performance.now();
  let sum = 0;
  for (const l of lines) {
    try {
      sum += JSON.stringify(JSON.parse(l)).length;
    } catch {
      sum += 1;
    }
  }
  if (sum === 0) throw new Error('baseline checksum');
  return performance.now() - t;
}

// Warm-up, then interleaved rounds of the baseline and the command.
const warm = sink();
await runRulesEval([], {
  stdin: Readable.from(chunks.slice(0, 20)),
  stdout: warm.stream,
  stderr: process.stderr,
});
let baseMs = Number.POSITIVE_INFINITY;
let ms = Number.POSITIVE_INFINITY;
let out = sink();
let code = 0;
for (let round = 0; round < ROUNDS; round++) {
  baseMs = Math.min(baseMs, baselineRun());
  const o = sink();
  const t0 = performance.now();
  code = await runRulesEval(['rules', 'eval'], {
    stdin: Readable.from(chunks),
    stdout: o.stream,
    stderr: process.stderr,
  });
  ms = Math.min(ms, performance.now() - t0);
  out = o;
}
const rps = N / (ms / 1000);
const baseRps = N / (baseMs / 1000);

console.log(
  `rules eval (in-process): ${N.toLocaleString('en-US')} JSON Lines requests (70 % eligibility with 10-year histories)`,
);
console.log(
  `  exit ${code}, ${out.lines().toLocaleString('en-US')} response lines, ${(out.bytes() / 1048576).toFixed(1)} MB out`,
);
console.log(
  `  rules eval ${ms.toFixed(0)} ms = ${Math.round(rps).toLocaleString('en-US')} req/s (target ≥ 20,000 req/s)`,
);
console.log(
  `  baseline JSON.parse+stringify ${baseMs.toFixed(0)} ms = ${Math.round(baseRps).toLocaleString('en-US')} lines/s (best of ${ROUNDS} rounds each)`,
);
console.log(
  JSON.stringify({
    bench: 'rules.cli-eval',
    metric: 'throughput',
    value: Math.round(rps),
    unit: 'req/s',
    baseline: Math.round(baseRps),
    ratio: Math.round((rps / baseRps) * 1000) / 1000,
  }),
);
