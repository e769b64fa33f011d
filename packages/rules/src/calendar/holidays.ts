/**
 * Public-sector working days: Monday–Friday minus public holidays (Bộ luật Lao động 2019, Điều 111–112; before 2021
 * Bộ luật Lao động 2012, Điều 115), plus official swapped days. Official schedules are data (holiday-data.ts);
 * other years use a computed fallback with lunar dates (lunar.ts).
 */
import { civilOf, dayOf, isoOf, parseDay, weekdayOf, type Day } from '../dates.js';
import { OFFICIAL_SCHEDULES, type HolidayKind } from './holiday-data.js';
import { hungKingsDay, lunarNewYear } from './lunar.js';

export type { HolidayKind } from './holiday-data.js';

export interface Holiday {
  readonly date: string;
  readonly kind: HolidayKind;
  readonly label: string;
  readonly basis: string;
  /** False for a computed fallback day (no official schedule entered for that year). */
  readonly official: boolean;
}

const LAO_DONG_2019 =
  'Bộ luật Lao động 2019, Điều 111 khoản 3 và Điều 112 (ngày tính toán, chưa có thông báo chính thức)';
const LAO_DONG_2012 = 'Bộ luật Lao động 2012, Điều 115 (ngày tính toán, chưa có thông báo chính thức)';

const scheduleByYear = new Map(OFFICIAL_SCHEDULES.map((s) => [s.year, s]));

/** Computed schedule: statutory days, Tết = giao thừa + mùng 1–4, weekend holidays made up on the next working days. */
function fallbackSchedule(year: number): Holiday[] {
  const basis = year >= 2021 ? LAO_DONG_2019 : LAO_DONG_2012;
  const statutory: [Day, string][] = [[dayOf(year, 1, 1), 'Tết Dương lịch']];
  const tet = lunarNewYear(year);
  for (let i = -1; i <= 3; i++) statutory.push([tet + i, 'Tết Nguyên đán']);
  statutory.push([hungKingsDay(year), 'Giỗ Tổ Hùng Vương (10/3 âm lịch)']);
  statutory.push([dayOf(year, 4, 30), 'Ngày Chiến thắng (30/4)']);
  statutory.push([dayOf(year, 5, 1), 'Ngày Quốc tế lao động (1/5)']);
  const qk = dayOf(year, 9, 2);
  statutory.push([qk, 'Quốc khánh (2/9)']);
  if (year >= 2021) {
    // "02/9 và 01 ngày liền kề trước hoặc sau": the adjacent day that makes the longest break.
    const shift = [1, 1, -1, -1, 1, -1, -1][weekdayOf(qk)]!;
    statutory.push([qk + shift, 'Quốc khánh (ngày liền kề)']);
  }
  statutory.sort((a, b) => a[0] - b[0]);
  const off = new Set(statutory.map(([d]) => d));
  const out: Holiday[] = statutory.map(([d, label]) => ({
    date: isoOf(d),
    kind: 'HOLIDAY',
    label,
    basis,
    official: false,
  }));
  // Điều 111 kh3: a holiday on a weekly rest day is made up on the next working day.
  for (const [d, label] of statutory) {
    const wd = weekdayOf(d);
    if (wd !== 0 && wd !== 6) continue;
    let c = d + 1;
    while (weekdayOf(c) === 0 || weekdayOf(c) === 6 || off.has(c)) c++;
    off.add(c);
    out.push({
      date: isoOf(c),
      kind: 'COMPENSATORY_OFF',
      label: `${label} (nghỉ bù)`,
      basis,
      official: false,
    });
  }
  return out;
}

function scheduleOf(year: number): Holiday[] {
  const s = scheduleByYear.get(year);
  if (!s) return fallbackSchedule(year);
  return s.days.map(([date, kind, label]) => ({ date, kind, label, basis: s.basis, official: true }));
}

const yearCache = new Map<number, Holiday[]>();

/**
 * Holidays, swapped days and make-up Saturdays dated in `year` (public-sector calendar), sorted by date.
 * Days of a schedule that spill into the previous year (e.g. 31/12/2018 for Tết 2019) are included in that year.
 */
export function holidaysOf(year: number): Holiday[] {
  let r = yearCache.get(year);
  if (r) return r;
  const prefix = `${year}-`;
  const own = scheduleOf(year).filter((h) => h.date.startsWith(prefix));
  const spill = scheduleByYear.has(year + 1)
    ? scheduleOf(year + 1).filter((h) => h.date.startsWith(prefix))
    : [];
  r = [...own, ...spill].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  yearCache.set(year, r);
  return r;
}

/** Per-year status map: day → true (extra working day) / false (weekday off). */
const statusCache = new Map<number, Map<Day, boolean>>();
function statusOfYear(year: number): Map<Day, boolean> {
  let m = statusCache.get(year);
  if (m) return m;
  m = new Map();
  for (const h of holidaysOf(year)) {
    const d = parseDay(h.date)!;
    m.set(d, h.kind === 'MAKEUP_WORKDAY');
  }
  statusCache.set(year, m);
  return m;
}

function isWorkingDayNum(d: Day): boolean {
  const st = statusOfYear(civilOf(d)[0]).get(d);
  if (st !== undefined) {
    // A listed day is either a make-up Saturday (worked) or a day off.
    return st;
  }
  const wd = weekdayOf(d);
  return wd !== 0 && wd !== 6;
}

function toDay(x: string | Day, name: string): Day {
  if (typeof x === 'number') return x;
  const d = parseDay(x);
  if (d === null) throw new RangeError(`Ngày không hợp lệ (${name}): ${x}`);
  return d;
}

/** True when `date` is a public-sector working day (Mon–Fri, not a holiday, or an official make-up Saturday). */
export function isWorkingDay(date: string | Day): boolean {
  return isWorkingDayNum(toDay(date, 'date'));
}

/** Number of working days d with `from` ≤ d < `to` (half-open; 0 when `to` ≤ `from`). */
export function workingDaysBetween(from: string | Day, to: string | Day): number {
  const a = toDay(from, 'from');
  const b = toDay(to, 'to');
  let n = 0;
  for (let d = a; d < b; d++) if (isWorkingDayNum(d)) n++;
  return n;
}

/** The date `n` working days after `date` (`date` itself not counted; n ≥ 0, n = 0 returns `date`). */
export function addWorkingDays(date: string, n: number): string {
  let d = toDay(date, 'date');
  let left = Math.max(0, Math.floor(n));
  while (left > 0) {
    d++;
    if (isWorkingDayNum(d)) left--;
  }
  return isoOf(d);
}
