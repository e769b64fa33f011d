/**
 * Compact struct-of-arrays layout of individual subjects. The single-request path packs one subject; the batch
 * path packs a million. Both run the same rule code over this layout, so outcomes cannot drift apart.
 */
import { ALL_CODES, AWARD_TYPES, type Code } from '../codes.js';
import { dayOf, type Day } from '../dates.js';
import type { SubjectFacts } from '../types.js';

/** Ratings: 0 = no entry for that year. */
export const R_NONE = 0;
export const R_KHT = 1;
export const R_HT = 2;
export const R_HTT = 3;
export const R_HTXS = 4;
export const RATING_NUM: Readonly<Record<string, number>> = {
  KHT: R_KHT,
  HT: R_HT,
  HTT: R_HTT,
  HTXS: R_HTXS,
};

/** Title bits per year. */
export const T_LDTT = 1;
export const T_CSTT = 2;
export const T_CSTD_CO_SO = 4;
export const T_CSTD_BO_TINH = 8;
export const T_CSTD_TOAN_QUOC = 16;
/** Set on a year that has an entry (even with no rating). */
export const T_PRESENT = 128;
const TITLE_BITS: Readonly<Record<string, number>> = {
  LDTT: T_LDTT,
  CSTT: T_CSTT,
  CSTD_CO_SO: T_CSTD_CO_SO,
  CSTD_BO_TINH: T_CSTD_BO_TINH,
  CSTD_TOAN_QUOC: T_CSTD_TOAN_QUOC,
};

/** Initiative bits: kind k (0 SANG_KIEN, 1 DE_TAI_KHCN, 2 MUU_TRI) × scope s (0 CO_SO, 1 BO_TINH, 2 TOAN_QUOC). */
export const initBit = (kind: number, scope: number): number => 1 << (kind * 3 + scope);
/** Mask of any kind with scope ≥ s. */
export function scopeAtLeast(s: number): number {
  let m = 0;
  for (let k = 0; k < 3; k++) for (let x = s; x < 3; x++) m |= initBit(k, x);
  return m;
}
const KIND_NUM: Readonly<Record<string, number>> = { SANG_KIEN: 0, DE_TAI_KHCN: 1, MUU_TRI_CHIEN_DAU: 2 };
const SCOPE_NUM: Readonly<Record<string, number>> = { CO_SO: 0, BO_TINH: 1, TOAN_QUOC: 2 };

/** Absence bits. */
export const A_MATERNITY = 1;
export const A_TRAINING_OK = 2;
export const A_TRAINING_BAD = 4;
export const A_INJURY_OK = 8;
export const A_INJURY_BAD = 16;
export const A_SICK = 32;

/** Pending review: 0 not stated, 1 stated false, 2 stated true. */
export const PENDING_UNKNOWN = 0;

export const CODE_INDEX: ReadonlyMap<string, number> = new Map(ALL_CODES.map((c, i) => [c.code, i]));
export const codeAt = (i: number): Code => ALL_CODES[i]!.code;
export const TYPE_INDEX: ReadonlyMap<string, number> = new Map(AWARD_TYPES.map((c, i) => [c.code, i]));
export const TYPE_CHUYEN_DE = TYPE_INDEX.get('CHUYEN_DE')!;
export const TYPE_DOT_XUAT = TYPE_INDEX.get('DOT_XUAT')!;
export const NO_DATE = -2147483648;

export interface PackedIndividuals {
  readonly n: number;
  readonly firstYear: number;
  readonly nYears: number;
  /** n × nYears, row-major by subject. */
  readonly rating: Uint8Array;
  readonly titles: Uint8Array;
  readonly initiatives: Uint16Array;
  /** Count of SANG_KIEN and of DE_TAI_KHCN in the year (any scope). */
  readonly sangKien: Uint8Array;
  readonly deTai: Uint8Array;
  /** Highest discipline level in force during the year (0 none, 1 KHIEN_TRACH … 6 BUOC_THOI_VIEC). */
  readonly discipline: Uint8Array;
  readonly absences: Uint8Array;
  /** Transfer during the year: 0 none, else months at the previous unit + 1, +128 when its opinion is on file. */
  readonly transfer: Uint8Array;
  /** Per subject. */
  readonly recruitedOn: Int32Array;
  readonly pending: Uint8Array;
  /** Awards of subject i are at indices awardStart[i] … awardStart[i+1]-1. */
  readonly awardStart: Uint32Array;
  readonly awardCode: Uint8Array;
  readonly awardTo: Int16Array;
  readonly awardFrom: Int16Array;
  readonly awardType: Uint8Array;
}

/** Allocates an empty layout; fill the arrays directly (the benchmark does) or use packSubjects(). */
export function allocatePacked(
  n: number,
  firstYear: number,
  nYears: number,
  nAwards: number,
): PackedIndividuals {
  const cells = n * nYears;
  return {
    n,
    firstYear,
    nYears,
    rating: new Uint8Array(cells),
    titles: new Uint8Array(cells),
    initiatives: new Uint16Array(cells),
    sangKien: new Uint8Array(cells),
    deTai: new Uint8Array(cells),
    discipline: new Uint8Array(cells),
    absences: new Uint8Array(cells),
    transfer: new Uint8Array(cells),
    recruitedOn: new Int32Array(n).fill(NO_DATE),
    pending: new Uint8Array(n),
    awardStart: new Uint32Array(n + 1),
    awardCode: new Uint8Array(nAwards),
    awardTo: new Int16Array(nAwards),
    awardFrom: new Int16Array(nAwards),
    awardType: new Uint8Array(nAwards),
  };
}

const DISC_NUM: Readonly<Record<string, number>> = {
  KHIEN_TRACH: 1,
  CANH_CAO: 2,
  HA_BAC_LUONG: 3,
  GIANG_CHUC: 4,
  CACH_CHUC: 5,
  BUOC_THOI_VIEC: 6,
};

/** Packs parsed individual subjects into one layout covering years firstYear … firstYear+nYears-1. */
export function packSubjects(
  subjects: readonly SubjectFacts[],
  firstYear: number,
  nYears: number,
): PackedIndividuals {
  let nAwards = 0;
  for (const s of subjects) nAwards += s.awards.length;
  return fill(allocatePacked(subjects.length, firstYear, nYears, nAwards), subjects, firstYear, nYears);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
let single: Mutable<PackedIndividuals> | null = null;

/**
 * Packs one subject into a reused layout (the single-request path: no typed-array allocation per request).
 * The result is valid until the next call; evaluation is synchronous, so this is safe.
 */
export function packOne(subject: SubjectFacts, firstYear: number, nYears: number): PackedIndividuals {
  const nAwards = subject.awards.length;
  if (single === null || single.rating.length < nYears || single.awardCode.length < nAwards) {
    single = allocatePacked(1, firstYear, Math.max(nYears, 32), Math.max(nAwards, 16));
  }
  const p = single;
  p.firstYear = firstYear;
  p.nYears = nYears;
  p.rating.fill(0, 0, nYears);
  p.titles.fill(0, 0, nYears);
  p.initiatives.fill(0, 0, nYears);
  p.sangKien.fill(0, 0, nYears);
  p.deTai.fill(0, 0, nYears);
  p.discipline.fill(0, 0, nYears);
  p.absences.fill(0, 0, nYears);
  p.transfer.fill(0, 0, nYears);
  return fill(p, [subject], firstYear, nYears);
}

function fill(
  p: PackedIndividuals,
  subjects: readonly SubjectFacts[],
  firstYear: number,
  nYears: number,
): PackedIndividuals {
  let a = 0;
  subjects.forEach((s, i) => {
    const base = i * nYears;
    for (const y of s.years) {
      const k = y.year - firstYear;
      if (k < 0 || k >= nYears) continue;
      const c = base + k;
      p.rating[c] = y.rating ? RATING_NUM[y.rating]! : R_NONE;
      let t = T_PRESENT;
      for (const code of y.titles) t |= TITLE_BITS[code] ?? 0;
      p.titles[c] = t;
      let ib = 0;
      let sk = 0;
      let dt = 0;
      for (const init of y.initiatives) {
        ib |= initBit(KIND_NUM[init.kind]!, SCOPE_NUM[init.scope]!);
        if (init.kind === 'SANG_KIEN') sk++;
        if (init.kind === 'DE_TAI_KHCN') dt++;
      }
      p.initiatives[c] = ib;
      p.sangKien[c] = Math.min(sk, 255);
      p.deTai[c] = Math.min(dt, 255);
      let ab = 0;
      for (const abs of y.absences) {
        if (abs.kind === 'MATERNITY') ab |= A_MATERNITY;
        else if (abs.kind === 'TRAINING') ab |= abs.compliant ? A_TRAINING_OK : A_TRAINING_BAD;
        else if (abs.kind === 'INJURY_RESCUE') ab |= abs.compliant ? A_INJURY_OK : A_INJURY_BAD;
        else ab |= A_SICK;
      }
      p.absences[c] = ab;
      if (y.transfer)
        p.transfer[c] = (y.transfer.monthsAtPreviousUnit + 1) | (y.transfer.previousUnitOpinion ? 128 : 0);
      if (y.discipline) {
        const lvl = DISC_NUM[y.discipline.level]!;
        p.discipline[c] = Math.max(p.discipline[c]!, lvl);
        // A discipline whose period runs past the year keeps later years from counting (NĐ 152 Điều 4 kh4).
        const to = y.discipline.to;
        if (to !== null) {
          for (let yy = y.year + 1; yy - firstYear < nYears && dayOf(yy, 1, 1) <= to; yy++) {
            const cc = base + yy - firstYear;
            p.discipline[cc] = Math.max(p.discipline[cc]!, lvl);
          }
        }
      }
    }
    p.recruitedOn[i] = s.recruitedOn === null ? NO_DATE : (s.recruitedOn as Day);
    p.pending[i] = s.pendingReview === null ? 0 : s.pendingReview ? 2 : 1;
    p.awardStart[i] = a;
    for (const aw of s.awards) {
      p.awardCode[a] = CODE_INDEX.get(aw.code)!;
      p.awardTo[a] = aw.periodTo;
      p.awardFrom[a] = aw.periodFrom ?? aw.periodTo;
      p.awardType[a] = TYPE_INDEX.get(aw.type)!;
      a++;
    }
  });
  p.awardStart[subjects.length] = a;
  return p;
}
