/** Shared helpers for benchmarks: percentiles, timing, the final JSON line. */
export function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1);
  return s[Math.max(0, i)]!;
}

export async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

export interface BenchLine {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  baseline: number;
  ratio?: number;
  /** Extra context (target, sizes). */
  [extra: string]: string | number | boolean | undefined;
}

/** Prints the machine-readable result line (the last line of a bench's output is the primary one). */
export function report(line: BenchLine) {
  const ratio = line.ratio ?? (line.baseline ? line.value / line.baseline : NaN);
  const out = { ...line, value: round(line.value), baseline: round(line.baseline), ratio: round(ratio, 4) };
  console.log(JSON.stringify(out));
}

export function round(x: number, digits = 2) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
