import { sql } from 'drizzle-orm';
import {
  MOVEMENT_LAUNCH_LEVELS,
  type DurationBucket,
  type MovementKind,
  type MovementLaunchLevel,
  type MovementScope,
} from '@vinhdanh/shared';
import { queryRows, type Executor } from '../../db/client';

/** Row codes of Biểu 0601.N/BNV-TĐKT (TT 02/2023/TT-BNV): 01 total; 02–05 scope; 06–10 duration; 11–12 form. */
export const SCOPE_ROW: Record<MovementScope, string> = {
  TOAN_QUOC: '02',
  BO_NGANH_DIA_PHUONG: '03',
  CUM_KHOI: '04',
  CO_QUAN_DON_VI: '05',
};
export const DURATION_ROW: Record<DurationBucket, string> = {
  DUOI_1_NAM: '06',
  MOT_NAM: '07',
  TU_1_DEN_DUOI_3: '08',
  TU_3_DEN_DUOI_5: '09',
  TU_5_NAM: '10',
};

function addYears(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + n, m - 1, d)).toISOString().slice(0, 10);
}
function dayBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/**
 * Duration bucket of a movement from its start and end (inclusive): exactly one year (e.g. 01/01–31/12) is
 * "1 năm"; 36 months is "từ 3 năm đến dưới 5 năm" (spec T62). A regular annual movement without an end is 1 năm.
 */
export function durationBucket(
  kind: MovementKind,
  start: string | null,
  end: string | null,
): DurationBucket | null {
  if (!start || !end) return kind === 'THUONG_XUYEN' ? 'MOT_NAM' : null;
  const years = (n: number) => dayBefore(addYears(start, n));
  if (end < years(1)) return 'DUOI_1_NAM';
  if (end === years(1)) return 'MOT_NAM';
  if (end < years(3)) return 'TU_1_DEN_DUOI_3';
  if (end < years(5)) return 'TU_3_DEN_DUOI_5';
  return 'TU_5_NAM';
}

export interface Movement0601 {
  kind: MovementKind;
  scope: MovementScope;
  launchLevel: MovementLaunchLevel;
  startDate: string | null;
  endDate: string | null;
}

/** The Biểu 0601.N rows one movement counts in (01 always; one scope, one duration if known, one form row). */
export function rows0601(m: Movement0601): string[] {
  const d = durationBucket(m.kind, m.startDate, m.endDate);
  return ['01', SCOPE_ROW[m.scope], ...(d ? [DURATION_ROW[d]] : []), m.kind === 'THUONG_XUYEN' ? '12' : '11'];
}

export type Form0601 = Record<string, Record<MovementLaunchLevel | 'TONG', number>>;

/** Biểu 0601.N "Số phong trào thi đua": rows 01–12 × columns Tổng, Trung ương, bộ/ngành/tỉnh, cơ quan/đơn vị. */
export function tally0601(list: Movement0601[]): Form0601 {
  const out: Form0601 = {};
  for (let r = 1; r <= 12; r++) {
    const code = String(r).padStart(2, '0');
    out[code] = { TONG: 0, TRUNG_UONG: 0, BO_NGANH_TINH: 0, CO_QUAN_DON_VI: 0 };
  }
  for (const m of list)
    for (const row of rows0601(m)) {
      out[row]!.TONG++;
      out[row]![m.launchLevel]++;
    }
  return out;
}

/**
 * For the reports helper: Biểu 0601.N of the movements launched in `year` (launch step date), optionally only
 * those launched by units in `launchingUnitIds`. Pure counting is `tally0601`.
 */
export async function form0601(db: Executor, year: number, launchingUnitIds?: string[]): Promise<Form0601> {
  const rows = await queryRows<{
    kind: MovementKind;
    scope: MovementScope;
    launch_level: MovementLaunchLevel;
    start_date: string | null;
    end_date: string | null;
  }>(
    db,
    sql`SELECT m.kind, m.scope, m.launch_level, m.start_date::text AS start_date, m.end_date::text AS end_date
          FROM movements m JOIN movement_steps s ON s.movement_id = m.id AND s.kind = 'LAUNCH'
         WHERE s.on_date >= ${`${year}-01-01`} AND s.on_date <= ${`${year}-12-31`}
           ${
             launchingUnitIds
               ? sql`AND m.launching_unit_id = ANY(ARRAY[${sql.join(
                   launchingUnitIds.map((id) => sql`${id}`),
                   sql`, `,
                 )}]::uuid[])`
               : sql``
           }`,
  );
  return tally0601(
    rows
      .filter((r) => MOVEMENT_LAUNCH_LEVELS.includes(r.launch_level))
      .map((r) => ({
        kind: r.kind,
        scope: r.scope,
        launchLevel: r.launch_level,
        startDate: r.start_date,
        endDate: r.end_date,
      })),
  );
}
