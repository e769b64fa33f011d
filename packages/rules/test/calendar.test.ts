/** Holidays, working days and the lunar calendar (spec-updates B2, B3). */
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  holidaysOf,
  hungKingsDay,
  isWorkingDay,
  lunarNewYear,
  lunarToSolar,
  workingDaysBetween,
} from '../src/index.js';
import { isoOf } from '../src/dates.js';

describe('Vietnamese lunar calendar (UTC+7)', () => {
  const B3: [number, string, string][] = [
    [2019, '2019-02-05', '2019-04-14'],
    [2020, '2020-01-25', '2020-04-02'],
    [2021, '2021-02-12', '2021-04-21'],
    [2022, '2022-02-01', '2022-04-10'],
    [2023, '2023-01-22', '2023-04-29'],
    [2024, '2024-02-10', '2024-04-18'],
    [2025, '2025-01-29', '2025-04-07'],
    [2026, '2026-02-17', '2026-04-26'],
    [2027, '2027-02-06', '2027-04-16'],
    [2028, '2028-01-26', '2028-04-04'],
    [2029, '2029-02-13', '2029-04-23'],
    [2030, '2030-02-02', '2030-04-12'],
  ];
  for (const [year, tet, gioTo] of B3) {
    it(`gives mùng 1 Tết ${tet} and Giỗ Tổ ${gioTo} for ${year}`, () => {
      expect(isoOf(lunarNewYear(year))).toBe(tet);
      expect(isoOf(hungKingsDay(year))).toBe(gioTo);
    });
  }
  it('places Tết 2030 on 02/02 (Vietnamese), not 03/02 (Chinese calendar)', () => {
    expect(isoOf(lunarNewYear(2030))).not.toBe('2030-02-03');
  });
  it('knows the leap month of 2023 (tháng 2 nhuận) and rejects a leap month that does not exist', () => {
    expect(isoOf(lunarToSolar(1, 2, 2023, true)!)).toBe('2023-03-22');
    expect(lunarToSolar(1, 5, 2023, true)).toBeNull();
  });
});

describe('official holiday schedules', () => {
  it('lists Tết 2026 as Mon 16/02 – Fri 20/02 with the official basis', () => {
    const tet = holidaysOf(2026).filter((h) => h.label === 'Tết Nguyên đán');
    expect(tet.map((h) => h.date)).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
    expect(tet[0]!.basis).toContain('9441/TB-BNV');
    expect(tet[0]!.official).toBe(true);
  });
  it('makes Saturday 22/08/2026 a working day and Monday 31/08/2026 a day off', () => {
    expect(isWorkingDay('2026-08-22')).toBe(true);
    expect(isWorkingDay('2026-08-31')).toBe(false);
  });
  it('swaps 29/04/2024 (off) with Saturday 04/05/2024 (worked)', () => {
    expect(isWorkingDay('2024-04-29')).toBe(false);
    expect(isWorkingDay('2024-05-04')).toBe(true);
  });
  it('includes 31/12/2018 of the 2019 Tết Dương lịch schedule in 2018', () => {
    expect(holidaysOf(2018).some((h) => h.date === '2018-12-31' && h.kind === 'SWAP_OFF')).toBe(true);
    expect(isWorkingDay('2018-12-31')).toBe(false);
  });
  it('gives 2020 only one Quốc khánh day (Bộ luật Lao động 2012) and 2021 two', () => {
    expect(isWorkingDay('2020-09-03')).toBe(true);
    expect(isWorkingDay('2021-09-03')).toBe(false);
  });
  it('makes up Giỗ Tổ 2023 (Saturday) on Wednesday 03/05/2023', () => {
    expect(isWorkingDay('2023-05-03')).toBe(false);
    expect(isWorkingDay('2023-05-04')).toBe(true);
  });
});

describe('computed fallback for years without an official schedule', () => {
  it('marks 2027 holidays as computed, with Tết from the lunar calendar', () => {
    const h = holidaysOf(2027);
    expect(h.every((x) => !x.official)).toBe(true);
    expect(h.filter((x) => x.label === 'Tết Nguyên đán').map((x) => x.date)).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
    ]);
    // Tết falls partly on a weekend: made up on Wed 10/02 and Thu 11/02.
    expect(isWorkingDay('2027-02-10')).toBe(false);
    expect(isWorkingDay('2027-02-11')).toBe(false);
    expect(isWorkingDay('2027-02-12')).toBe(true);
  });
  it('adds the day adjacent to Quốc khánh from 2021 (2027: Thu 02/09 + Fri 03/09)', () => {
    expect(isWorkingDay('2027-09-03')).toBe(false);
    expect(isWorkingDay('2027-09-01')).toBe(true);
  });
  it('agrees with the official 2020 and 2021 weekday holidays, which had no swaps', () => {
    // The 2020–2021 official Tết blocks differ from the fallback by one day at each end; the fixed-date holidays agree.
    for (const d of ['2021-01-01', '2021-04-21', '2021-04-30', '2021-05-03', '2021-09-02', '2021-09-03'])
      expect(isWorkingDay(d)).toBe(false);
  });
});

describe('working days', () => {
  it('counts Monday–Friday minus holidays in a half-open range', () => {
    expect(workingDaysBetween('2024-10-01', '2024-10-08')).toBe(5);
    expect(workingDaysBetween('2024-10-08', '2024-10-01')).toBe(0);
    expect(workingDaysBetween('2025-01-27', '2025-02-03')).toBe(0);
  });
  it('adds working days across a weekend and the 2024 Quốc khánh', () => {
    expect(addWorkingDays('2024-08-30', 1)).toBe('2024-09-04');
    expect(addWorkingDays('2024-10-04', 1)).toBe('2024-10-07');
    expect(addWorkingDays('2024-10-04', 0)).toBe('2024-10-04');
  });
  it('rejects malformed dates', () => {
    expect(() => isWorkingDay('2024-02-30')).toThrow(RangeError);
  });
});
