/** Year-run and award-window helpers over the packed layout, shared by the individual rules. */
import { civilOf, type Day } from '../dates.js';
import type { Msg } from '../types.js';
import {
  CODE_INDEX,
  NO_DATE,
  R_HT,
  R_HTT,
  R_HTXS,
  R_KHT,
  T_PRESENT,
  TYPE_CHUYEN_DE,
  TYPE_DOT_XUAT,
  type PackedIndividuals,
} from './packed.js';

export const NO_START = -100000;

export function cellOf(p: PackedIndividuals, i: number, y: number): number {
  const k = y - p.firstYear;
  return k < 0 || k >= p.nYears ? -1 : i * p.nYears + k;
}
export function ratingAt(p: PackedIndividuals, i: number, y: number): number {
  const c = cellOf(p, i, y);
  return c < 0 ? 0 : p.rating[c]!;
}
export function titlesAt(p: PackedIndividuals, i: number, y: number): number {
  const c = cellOf(p, i, y);
  return c < 0 ? 0 : p.titles[c]!;
}

/** Set of codes as a lookup table over CODE_INDEX. */
export function codeSet(...codes: string[]): Uint8Array {
  const s = new Uint8Array(CODE_INDEX.size);
  for (const c of codes) s[CODE_INDEX.get(c)!] = 1;
  return s;
}

const isThematic = (t: number): boolean => t === TYPE_CHUYEN_DE || t === TYPE_DOT_XUAT;

/**
 * First year after the latest achievement period of an award in `set` up to `ay` (NĐ 98/2023 Điều 30 kh9:
 * counting restarts from the period in the previous decision); NO_START when none.
 */
export function windowStart(
  p: PackedIndividuals,
  i: number,
  set: Uint8Array,
  ay: number,
  excludeThematic: boolean,
): number {
  let start = NO_START;
  for (let a = p.awardStart[i]!, e = p.awardStart[i + 1]!; a < e; a++) {
    if (!set[p.awardCode[a]!]) continue;
    if (excludeThematic && isThematic(p.awardType[a]!)) continue;
    const to = p.awardTo[a]!;
    if (to <= ay && to + 1 > start) start = to + 1;
  }
  return start;
}

/** Latest award in `set` with period ending by `ay`: returns its periodTo, or 0; `lastExcluded` tells why not. */
export let lastExcluded = 0;
export function latestAward(
  p: PackedIndividuals,
  i: number,
  set: Uint8Array,
  ay: number,
  excludeThematic: boolean,
): number {
  let best = 0;
  lastExcluded = 0;
  for (let a = p.awardStart[i]!, e = p.awardStart[i + 1]!; a < e; a++) {
    if (!set[p.awardCode[a]!]) continue;
    const to = p.awardTo[a]!;
    if (to > ay) continue;
    if (excludeThematic && isThematic(p.awardType[a]!)) {
      lastExcluded = to;
      continue;
    }
    if (to > best) best = to;
  }
  return best;
}

/** Result of runBack (module-level to avoid allocation on the batch path). */
export const run = { len: 0, from: 0, missing: 0 };

function yearOfDay(d: Day): number {
  return civilOf(d)[0];
}

/**
 * Consecutive years ending at `ay`, not before `start`, whose rating is ≥ `minRating` (0: any) with no discipline
 * in force (when `minRating` > 0), and whose titles include `titleMask` (0: none needed).
 * `run.missing` is the year whose entry is absent and stopped the run (0 when none) – the facts are then incomplete.
 */
export function runBack(
  p: PackedIndividuals,
  i: number,
  ay: number,
  start: number,
  minRating: number,
  titleMask: number,
): void {
  let y = ay;
  run.missing = 0;
  for (; y >= start; y--) {
    const c = cellOf(p, i, y);
    const t = c < 0 ? 0 : p.titles[c]!;
    if ((t & T_PRESENT) === 0) {
      const rec = p.recruitedOn[i]!;
      if (rec === NO_DATE || y >= yearOfDay(rec)) run.missing = y;
      break;
    }
    if (minRating > 0 && (p.rating[c]! < minRating || p.discipline[c]! > 0)) break;
    if (titleMask !== 0 && (t & titleMask) === 0) break;
  }
  run.len = ay - y;
  run.from = y + 1;
}

/** Number of years in from…to whose titles include `mask`. */
export function countTitles(p: PackedIndividuals, i: number, from: number, to: number, mask: number): number {
  let n = 0;
  for (let y = from; y <= to; y++) if (titlesAt(p, i, y) & mask) n++;
  return n;
}

export function countRating(p: PackedIndividuals, i: number, from: number, to: number, min: number): number {
  let n = 0;
  for (let y = from; y <= to; y++) if (ratingAt(p, i, y) >= min) n++;
  return n;
}

export const RATING_VI: readonly string[] = [
  'không có kết quả đánh giá',
  'không hoàn thành nhiệm vụ',
  'hoàn thành nhiệm vụ',
  'hoàn thành tốt nhiệm vụ',
  'hoàn thành xuất sắc nhiệm vụ',
];
export const RATING_EN: readonly string[] = [
  'no rating',
  'did not complete tasks',
  'completed tasks',
  'well completed tasks',
  'excellently completed tasks',
];
export { R_HT, R_HTT, R_HTXS, R_KHT };

/** "2020–2024" or "2024". */
export const span = (a: number, b: number): string => (a === b ? String(a) : `${a}–${b}`);

export const msg = (vi: string, en: string): Msg => ({ vi, en });

/** Vietnamese counts in legal style: 5 → "05". */
export const nn = (n: number): string => (n < 10 && n >= 0 ? `0${n}` : String(n));
