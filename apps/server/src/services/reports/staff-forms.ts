import { sql } from 'drizzle-orm';
import { FORM_0604, FORM_0605, type ReportNote } from '@vinhdanh/shared';
import { queryRows, type Executor } from '../../db/client';
import { reportSubtreeCtes } from './subtree';

/**
 * Biểu 0604.N and 0605.N. The system holds no register of TĐKT organisations or of TĐKT civil servants'
 * training and seniority; what it holds is who works on TĐKT in it: accounts with the OFFICER (chuyên viên
 * TĐKT) or UNIT_CLERK (cán bộ TĐKT đơn vị) role, granted on a unit and linked to a person. Both forms are
 * computed from those grants (as they stand today — grants carry no dates) on units of the body at the end of
 * the period; the cells the data cannot give are null with a note.
 */
const TDKT_ROLES = sql`('OFFICER', 'UNIT_CLERK')`;

const KIND_ROW: Record<string, string> = {
  TINH: 'K_TINH',
  SO_NGANH: 'K_SO_NGANH',
  HUYEN: 'K_HUYEN',
  XA: 'K_XA',
  CO_QUAN: 'K_CO_QUAN',
  DON_VI_SU_NGHIEP: 'K_CO_QUAN',
  PHONG_BAN: 'K_CO_QUAN',
  DOANH_NGHIEP: 'K_DOANH_NGHIEP',
};

export async function compute0604(db: Executor, rootId: string, from: string, to: string) {
  const rows = await queryRows<{ kind: string; n: number }>(
    db,
    sql`
    WITH RECURSIVE ${reportSubtreeCtes(rootId, from, to)}
    SELECT u.kind, count(DISTINCT u.id)::int AS n
      FROM role_grants g
      JOIN accounts acc ON acc.id = g.account_id AND NOT acc.disabled
      JOIN units u ON u.id = g.unit_id
     WHERE g.role IN ${TDKT_ROLES}
       AND EXISTS (SELECT 1 FROM sub s WHERE s.id = u.id AND ${to}::date BETWEEN s.f AND s.t)
     GROUP BY u.kind`,
  );
  const values: Record<string, Record<string, number | null>> = {};
  for (const r of FORM_0604.rows) {
    if (!r.heading) values[r.key] = { TONG: 0, CHUYEN_TRACH: null, KIEM_NHIEM: null };
  }
  for (const r of rows) {
    const key = KIND_ROW[r.kind] ?? 'K_CO_QUAN';
    values[key]!.TONG! += Number(r.n);
    values.TONG!.TONG! += Number(r.n);
  }
  const notes: ReportNote[] = [
    {
      row: null,
      col: null,
      kind: 'INFO',
      text: 'Mẫu biểu 0604 dựng lại theo danh mục nghiệp vụ (chưa có văn bản mẫu chính thức để đối chiếu dòng, cột). Số tổ chức = số cơ quan, đơn vị thuộc đơn vị báo cáo có người được phân vai trò Chuyên viên TĐKT hoặc Cán bộ TĐKT đơn vị trên hệ thống (theo phân quyền hiện tại).',
    },
    {
      row: null,
      col: 'CHUYEN_TRACH',
      kind: 'UNAVAILABLE',
      text: 'Hệ thống chưa ghi nhận tổ chức TĐKT là chuyên trách hay kiêm nhiệm, nên hai cột này để trống.',
    },
  ];
  return { values, notes };
}

export async function compute0605(db: Executor, rootId: string, from: string, to: string) {
  const rows = await queryRows<{ sex: string; dob: string | null }>(
    db,
    sql`
    WITH RECURSIVE ${reportSubtreeCtes(rootId, from, to)}
    SELECT DISTINCT ON (p.id) p.sex, p.date_of_birth::text AS dob
      FROM role_grants g
      JOIN accounts acc ON acc.id = g.account_id AND NOT acc.disabled
      JOIN persons p ON p.id = acc.person_id
     WHERE g.role IN ${TDKT_ROLES}
       AND EXISTS (SELECT 1 FROM sub s WHERE s.id = g.unit_id AND ${to}::date BETWEEN s.f AND s.t)`,
  );
  const values: Record<string, Record<string, number | null>> = {};
  for (const r of FORM_0605.rows) {
    if (r.heading) continue;
    const unknown = r.key.startsWith('T_') || r.key.startsWith('Y_');
    values[r.key] = unknown ? { TONG: null, NU: null } : { TONG: 0, NU: 0 };
  }
  let noDob = 0;
  for (const p of rows) {
    const bump = (key: string) => {
      values[key]!.TONG! += 1;
      if (p.sex === 'NU') values[key]!.NU! += 1;
    };
    bump('TONG');
    if (!p.dob) {
      noDob++;
      continue;
    }
    const age = ageOn(p.dob, to);
    bump(
      age <= 30
        ? 'A_30'
        : age <= 40
          ? 'A_31_40'
          : age <= 50
            ? 'A_41_50'
            : age <= 55
              ? 'A_51_55'
              : age <= 60
                ? 'A_56_60'
                : 'A_TREN_60',
    );
  }
  const notes: ReportNote[] = [
    {
      row: null,
      col: null,
      kind: 'INFO',
      text: 'Mẫu biểu 0605 dựng lại theo danh mục nghiệp vụ (chưa có văn bản mẫu chính thức để đối chiếu). Công chức làm công tác TĐKT = người có tài khoản được phân vai trò Chuyên viên TĐKT hoặc Cán bộ TĐKT đơn vị tại một đơn vị thuộc đơn vị báo cáo; tuổi tính đến ngày cuối kỳ báo cáo.',
    },
    {
      row: 'H_TRAINING',
      col: null,
      kind: 'UNAVAILABLE',
      text: 'Hồ sơ cán bộ chưa có trường trình độ đào tạo, nên các dòng 08–12 để trống.',
    },
    {
      row: 'H_YEARS',
      col: null,
      kind: 'UNAVAILABLE',
      text: 'Hệ thống chưa ghi nhận thời điểm bắt đầu làm công tác TĐKT, nên các dòng 13–15 để trống.',
    },
  ];
  if (noDob > 0) {
    notes.push({
      row: 'H_AGE',
      col: null,
      kind: 'INFO',
      text: `${noDob} người chưa có ngày sinh nên không được tính vào các dòng theo độ tuổi.`,
    });
  }
  return { values, notes };
}

/** Whole years of age on `day` (both YYYY-MM-DD). */
export function ageOn(dob: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(dob.slice(0, 4));
  return day.slice(5) < dob.slice(5) ? years - 1 : years;
}
