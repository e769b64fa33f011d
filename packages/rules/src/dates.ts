/**
 * Legal dates as integer day numbers (days since 1970-01-01, proleptic Gregorian).
 * Pure arithmetic: no Date object, no time zone, no clock.
 */
export type Day = number;

/** Day number of a civil date (Howard Hinnant's algorithm). */
export function dayOf(y: number, m: number, d: number): Day {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date [year, month, day] of a day number. */
export function civilOf(z: Day): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

export function yearOf(z: Day): number {
  return civilOf(z)[0];
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict `YYYY-MM-DD` string; returns null when malformed or impossible (2024-02-30). */
export function parseDay(s: unknown): Day | null {
  if (typeof s !== 'string') return null;
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return dayOf(y, mo, d);
}

/** Parses a date that is known to be valid (data files, tests); throws otherwise. */
export function day(s: string): Day {
  const v = parseDay(s);
  if (v === null) throw new Error(`Ngày không hợp lệ: ${s}`);
  return v;
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD`. */
export function isoOf(z: Day): string {
  const [y, m, d] = civilOf(z);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** `dd/mm/yyyy`, the Vietnamese way of writing a date in a notice. */
export function viDate(z: Day): string {
  const [y, m, d] = civilOf(z);
  return `${pad(d)}/${pad(m)}/${y}`;
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(z: Day): number {
  return (((z + 4) % 7) + 7) % 7;
}

/** Whole months from `from` to `to` (1 Jul → 1 Jan = 6; 1 Aug → 1 Jan = 5). */
export function wholeMonthsBetween(from: Day, to: Day): number {
  const [y1, m1, d1] = civilOf(from);
  const [y2, m2, d2] = civilOf(to);
  let months = (y2 - y1) * 12 + (m2 - m1);
  if (d2 < d1) months -= 1;
  return months;
}

export const NEVER: Day = Number.POSITIVE_INFINITY;
