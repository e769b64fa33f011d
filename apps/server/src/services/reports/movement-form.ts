import { sql } from 'drizzle-orm';
import {
  FORM_0601,
  MOVEMENT_LAUNCH_LEVELS,
  type MovementKind,
  type MovementLaunchLevel,
  type MovementScope,
  type ReportNote,
} from '@vinhdanh/shared';
import { queryRows, type Executor } from '../../db/client';
import { tally0601 } from '../movements/stats-0601';
import { reportSubtreeCtes } from './subtree';

/** Columns of the form ← launch levels of the movements module. */
const COLUMN: Record<MovementLaunchLevel | 'TONG', string> = {
  TONG: 'TONG',
  TRUNG_UONG: 'TRUNG_UONG',
  BO_NGANH_TINH: 'BO_TINH',
  CO_QUAN_DON_VI: 'CO_QUAN',
};

/**
 * Biểu 0601.N (số phong trào thi đua): the movements launched during the period (date of the LAUNCH step) by a
 * unit that belonged to the body on the launch day, bucketed by scope, duration and form (`tally0601`, rows
 * 01–12) and by launching level (columns 2–4). Drafts are not counted: a movement exists for the statistics once
 * it is launched.
 */
export async function compute0601(db: Executor, rootId: string, from: string, to: string) {
  const list = await queryRows<{
    kind: MovementKind;
    scope: MovementScope;
    launch_level: MovementLaunchLevel;
    start_date: string | null;
    end_date: string | null;
  }>(
    db,
    sql`
    WITH RECURSIVE ${reportSubtreeCtes(rootId, from, to)}
    SELECT m.kind, m.scope, m.launch_level, m.start_date::text AS start_date, m.end_date::text AS end_date
      FROM movements m
      JOIN movement_steps s ON s.movement_id = m.id AND s.kind = 'LAUNCH'
     WHERE s.on_date BETWEEN ${from}::date AND ${to}::date
       AND EXISTS (SELECT 1 FROM sub b WHERE b.id = m.launching_unit_id AND s.on_date BETWEEN b.f AND b.t)`,
  );
  const tally = tally0601(
    list
      .filter((r) => MOVEMENT_LAUNCH_LEVELS.includes(r.launch_level))
      .map((r) => ({
        kind: r.kind,
        scope: r.scope,
        launchLevel: r.launch_level,
        startDate: r.start_date,
        endDate: r.end_date,
      })),
  );
  const values: Record<string, Record<string, number | null>> = {};
  for (const r of FORM_0601.rows) {
    if (r.heading) continue;
    const counts = r.code ? tally[r.code] : undefined;
    values[r.key] = Object.fromEntries(
      Object.entries(COLUMN).map(([level, col]) => [col, counts ? counts[level as keyof typeof COLUMN] : 0]),
    );
  }
  const notes: ReportNote[] = [
    {
      row: null,
      col: null,
      kind: 'INFO',
      text: 'Số phong trào do các cơ quan, đơn vị thuộc đơn vị báo cáo phát động trong kỳ (theo ngày phát động). Thời hạn tính từ ngày bắt đầu đến ngày kết thúc; phong trào thường xuyên hằng năm tính là 1 năm.',
    },
  ];
  return { values, notes };
}
