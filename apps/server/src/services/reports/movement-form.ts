import { FORM_0601, type ReportNote } from '@vinhdanh/shared';
import type { Executor } from '../../db/client';

/**
 * Biểu 0601.N (số phong trào thi đua). Movements are owned by the movements module; until it is on this
 * system there is no movement data, so every cell is null ("no data"), never 0.
 */
export async function compute0601(_db: Executor, _rootId: string, _from: string, _to: string) {
  const values: Record<string, Record<string, number | null>> = {};
  for (const r of FORM_0601.rows) {
    if (!r.heading) values[r.key] = Object.fromEntries(FORM_0601.columns.map((c) => [c.key, null]));
  }
  const notes: ReportNote[] = [
    {
      row: null,
      col: null,
      kind: 'UNAVAILABLE',
      text: 'Phân hệ phong trào thi đua chưa có dữ liệu trên hệ thống, nên biểu 0601 chưa tính được (các ô để trống, không phải 0).',
    },
  ];
  return { values, notes };
}
