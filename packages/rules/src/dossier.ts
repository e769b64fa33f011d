/**
 * Thành phần hồ sơ đề nghị per target code and procedure, and the working-day time limits of the procedure
 * (Luật Thi đua, khen thưởng 2022 Điều 84, Điều 85; NĐ 98/2023 Điều 32–34, 40; QĐ 311/QĐ-BNV, QĐ 638/QĐ-BNV 2025;
 * spec.md §5.2–5.6, spec-updates A10). Pure data with citations; the server lists, checks and generates them.
 * The ordinary procedure agrees with `dossierCheck` (procedure.ts); the simplified one is 01 bộ: tờ trình + báo
 * cáo tóm tắt thành tích.
 */
import { viName, type Code } from './codes.js';
import { addWorkingDays, isWorkingDay } from './calendar/holidays.js';
import { dossierCheck, DOSSIER_DOCUMENTS, type DossierDocument } from './procedure.js';

export type DossierProcedure = 'THUONG' | 'DON_GIAN';
export type ComponentCode = DossierDocument | 'BAO_CAO_TOM_TAT_THANH_TICH';

export interface DossierComponent {
  readonly code: ComponentCode;
  readonly vi: string;
  /** Written once for the dossier (tờ trình, biên bản) or once per nominee (báo cáo thành tích, xác nhận). */
  readonly scope: 'DOSSIER' | 'NOMINATION';
  readonly citation: string;
  readonly confirmed: boolean;
  /** The system can draft it from data (the rest is uploaded). */
  readonly generatable: boolean;
}

const L22 = 'Luật Thi đua, khen thưởng 2022';
const SCOPE: Record<ComponentCode, 'DOSSIER' | 'NOMINATION'> = {
  TO_TRINH: 'DOSSIER',
  BAO_CAO_THANH_TICH: 'NOMINATION',
  BAO_CAO_TOM_TAT_THANH_TICH: 'NOMINATION',
  BIEN_BAN_BINH_XET: 'DOSSIER',
  BIEN_BAN_XET_KHEN_THUONG: 'DOSSIER',
  XAC_NHAN_THANH_TICH: 'NOMINATION',
};
const GENERATABLE: ReadonlySet<ComponentCode> = new Set<ComponentCode>([
  'TO_TRINH',
  'BAO_CAO_THANH_TICH',
  'BAO_CAO_TOM_TAT_THANH_TICH',
  'BIEN_BAN_BINH_XET',
  'BIEN_BAN_XET_KHEN_THUONG',
]);

export const COMPONENT_NAMES: Record<ComponentCode, string> = {
  ...(Object.fromEntries(DOSSIER_DOCUMENTS.map((d) => [d.code, d.vi])) as Record<DossierDocument, string>),
  BAO_CAO_TOM_TAT_THANH_TICH: 'Báo cáo tóm tắt thành tích',
};

/** The components a dossier for `code` needs under `procedure`, in the order they are listed in the law. */
export function dossierComponents(code: Code, procedure: DossierProcedure): DossierComponent[] {
  if (procedure === 'DON_GIAN') {
    const citation = `${L22}, Điều 85; Nghị định 98/2023/NĐ-CP, Điều 40`;
    return (['TO_TRINH', 'BAO_CAO_TOM_TAT_THANH_TICH'] as const).map((c) => ({
      code: c,
      vi: COMPONENT_NAMES[c],
      scope: SCOPE[c],
      citation,
      confirmed: true,
      generatable: GENERATABLE.has(c),
    }));
  }
  // dossierCheck with no documents lists exactly what the ordinary procedure needs.
  const need = dossierCheck(code, []);
  return need.missing.map((c) => ({
    code: c,
    vi: COMPONENT_NAMES[c],
    scope: SCOPE[c],
    citation: need.citation,
    confirmed: need.confirmed,
    generatable: GENERATABLE.has(c),
  }));
}

export interface DeadlineAnswer {
  readonly date: string;
  readonly moved: boolean;
  readonly citation: string;
  readonly confirmed: boolean;
}

/**
 * A deadline that falls on a weekend or public holiday ends on the next working day (Bộ luật Dân sự 2015 Điều 148
 * khoản 5, applied to dossier deadlines — INFERENCE, hence unconfirmed).
 */
export function effectiveDeadline(date: string): DeadlineAnswer {
  let d = date;
  let moved = false;
  while (!isWorkingDay(d)) {
    d = addWorkingDays(d, 1);
    moved = true;
  }
  return {
    date: d,
    moved,
    citation:
      'Bộ luật Dân sự 2015, Điều 148 khoản 5 (hạn cuối rơi vào ngày nghỉ thì kết thúc vào ngày làm việc tiếp theo – INFERENCE)',
    confirmed: false,
  };
}

/** Working days the receiving body has to appraise a complete dossier (spec-updates A10). */
export const APPRAISAL_WORKING_DAYS = {
  days: 20,
  citation:
    'Nghị định 98/2023/NĐ-CP, Điều 32 (Bộ Nội vụ thẩm định trong 20 ngày làm việc); QĐ 638/QĐ-BNV 2025 (cấp xã, 20 ngày làm việc)',
  confirmed: true,
} as const;

/** Working days within which an incomplete dossier is returned (QĐ 311/QĐ-BNV 2025). */
export const RETURN_INCOMPLETE_WORKING_DAYS = {
  days: 5,
  citation: 'QĐ 311/QĐ-BNV 2025 (hồ sơ chưa đầy đủ được trả lại trong 05 ngày làm việc)',
  confirmed: true,
} as const;

/** The date appraisal of a dossier received on `receivedOn` is due (the day of receipt not counted). */
export function appraisalDueOn(receivedOn: string): string {
  return addWorkingDays(receivedOn, APPRAISAL_WORKING_DAYS.days);
}

/** Vietnamese sentence naming what is missing, e.g. for an error message. */
export function missingMessage(code: Code, missing: readonly ComponentCode[]): string {
  return `Hồ sơ đề nghị ${viName(code)} còn thiếu: ${missing.map((m) => COMPONENT_NAMES[m]).join('; ')}`;
}
