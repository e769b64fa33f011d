/**
 * Procedure checks outside the five contract ops (spec.md §5, §7.6): simplified procedure, dossier completeness,
 * council votes, movement records and revocation. Pure functions with citations; the server calls them directly.
 */
import { viName, type AwardType, type Code } from './codes.js';
import { parseDay, wholeMonthsBetween, type Day } from './dates.js';
import { ParameterStore } from './params/store.js';
import type { Msg } from './types.js';

export interface ProcedureAnswer {
  readonly ok: boolean;
  readonly citation: string;
  readonly confirmed: boolean;
  readonly message: Msg;
}

const L22 = 'Luật Thi đua, khen thưởng 2022';

/** Grounds that allow the simplified procedure (Luật 2022 Điều 85; NĐ 98/2023 Điều 40 kh1). */
export interface SimplifiedFacts {
  readonly type: AwardType;
  /** Award serving a political task of the Party and State (kh1 điểm 1). */
  readonly politicalTask?: boolean;
  /** Achievement discovered by the head of the agency (kh1 điểm 3). */
  readonly discoveredByHead?: boolean;
  /** Content is a state secret (kh1 điểm 5). */
  readonly stateSecret?: boolean;
}

/** T57: may the simplified procedure (01 bộ: tờ trình + báo cáo tóm tắt thành tích) be used? */
export function simplifiedProcedure(f: SimplifiedFacts): ProcedureAnswer {
  const byType =
    f.type === 'DOT_XUAT' || f.type === 'CONG_HIEN' || f.type === 'NIEN_HAN' || f.type === 'DOI_NGOAI';
  const ok = byType || f.politicalTask === true || f.discoveredByHead === true || f.stateSecret === true;
  return {
    ok,
    citation: `${L22}, Điều 85; Nghị định 98/2023/NĐ-CP, Điều 40 khoản 1`,
    confirmed: true,
    message: ok
      ? {
          vi: 'Được áp dụng thủ tục đơn giản: hồ sơ 01 bộ gồm tờ trình và báo cáo tóm tắt thành tích',
          en: 'The simplified procedure applies',
        }
      : {
          vi: `Khen thưởng loại hình "${viName(f.type)}" không thuộc các trường hợp được áp dụng thủ tục đơn giản`,
          en: 'The simplified procedure does not apply to this award type',
        },
  };
}

export const DOSSIER_DOCUMENTS = [
  { code: 'TO_TRINH', vi: 'Tờ trình đề nghị khen thưởng' },
  { code: 'BAO_CAO_THANH_TICH', vi: 'Báo cáo thành tích' },
  { code: 'BIEN_BAN_BINH_XET', vi: 'Biên bản bình xét thi đua (kèm kết quả bỏ phiếu)' },
  { code: 'BIEN_BAN_XET_KHEN_THUONG', vi: 'Biên bản xét khen thưởng' },
  {
    code: 'XAC_NHAN_THANH_TICH',
    vi: 'Giấy chứng nhận hoặc xác nhận của cấp có thẩm quyền về sáng kiến, đề tài hoặc hoàn thành xuất sắc nhiệm vụ',
  },
] as const;
export type DossierDocument = (typeof DOSSIER_DOCUMENTS)[number]['code'];

const TITLES_NEEDING_PROOF: readonly Code[] = ['CSTD_CO_SO', 'CSTD_BO_TINH', 'CSTD_TOAN_QUOC'];
const FORMS: readonly Code[] = [
  'GIAY_KHEN',
  'BANG_KHEN_BO_TINH',
  'BANG_KHEN_THU_TUONG',
  'HCLD_HANG_BA',
  'HCLD_HANG_NHI',
  'HCLD_HANG_NHAT',
  'KY_NIEM_CHUONG_BO_TINH',
];

/** T58: documents missing from a dossier (Luật 2022 Điều 84 kh1–2; NĐ 98 Điều 34 kh2). */
export function dossierCheck(
  code: Code,
  documents: readonly string[],
): ProcedureAnswer & { readonly missing: readonly DossierDocument[] } {
  const isForm = FORMS.includes(code);
  const need: DossierDocument[] = [
    'TO_TRINH',
    'BAO_CAO_THANH_TICH',
    isForm ? 'BIEN_BAN_XET_KHEN_THUONG' : 'BIEN_BAN_BINH_XET',
  ];
  if (TITLES_NEEDING_PROOF.includes(code)) need.push('XAC_NHAN_THANH_TICH');
  const missing = need.filter((d) => !documents.includes(d));
  const names = missing.map((m) => DOSSIER_DOCUMENTS.find((d) => d.code === m)!.vi);
  return {
    ok: missing.length === 0,
    missing,
    citation: `${L22}, Điều 84 khoản ${isForm ? 2 : 1}; Nghị định 98/2023/NĐ-CP, Điều 34 khoản 2`,
    confirmed: true,
    message:
      missing.length === 0
        ? { vi: `Hồ sơ đề nghị ${viName(code)} đủ thành phần`, en: 'The dossier is complete' }
        : {
            vi: `Hồ sơ đề nghị ${viName(code)} còn thiếu: ${names.join('; ')}`,
            en: `Missing: ${missing.join(', ')}`,
          },
  };
}

const HIGH: readonly Code[] = ['CSTD_BO_TINH', 'CSTD_TOAN_QUOC'];
const BASE: readonly Code[] = ['CSTD_CO_SO', 'CO_THI_DUA_BO_TINH', 'CO_THI_DUA_CHINH_PHU'];
const defaultStore = new ParameterStore();

/**
 * T59: does a council vote pass? Share of "yes" over ALL council members (absentees vote in writing):
 * ≥ 90 % for CSTĐ bộ/tỉnh and CSTĐ toàn quốc, ≥ 80 % for CSTĐCS and the flags from 2024 (NĐ 98 Điều 30 kh7).
 * With `present`, the meeting quorum (parameter vote.quorum, unconfirmed) is checked first.
 */
export function councilVote(
  code: Code,
  on: string,
  totalMembers: number,
  yes: number,
  present?: number,
): ProcedureAnswer & { readonly threshold: number | null } {
  const d = parseDay(on);
  if (d === null) throw new RangeError(`Ngày không hợp lệ: ${on}`);
  if (present !== undefined) {
    // Quorum is set by sector and local rules (2/3 by default); members absent but voting in writing do not count.
    const q = defaultStore.resolve('vote.quorum', d)!;
    const need = q.value as number;
    if (present + 1e-9 < need * totalMembers) {
      return {
        ok: false,
        threshold: null,
        citation: q.reference,
        confirmed: q.confirmed,
        message: {
          vi: `Chỉ có ${present}/${totalMembers} thành viên Hội đồng tham dự, chưa đủ số lượng tối thiểu để họp xét (${Math.round(need * 1000) / 10} %)`.replace(
            '.',
            ',',
          ),
          en: `Only ${present}/${totalMembers} members present; quorum not reached`,
        },
      };
    }
  }
  const key = HIGH.includes(code)
    ? 'vote.threshold.high_titles'
    : BASE.includes(code)
      ? 'vote.threshold.base_titles'
      : null;
  const r = key === null ? null : defaultStore.resolve(key, d as Day);
  const threshold = r === null ? null : (r.value as number | null);
  if (threshold === null) {
    return {
      ok: yes * 2 > totalMembers,
      threshold: null,
      citation: r?.reference ?? 'Quy chế hoạt động của Hội đồng (biểu quyết theo đa số)',
      confirmed: false,
      message: {
        vi: 'Không có ngưỡng quốc gia đã mã hóa: áp dụng đa số theo quy chế Hội đồng',
        en: 'No national threshold encoded: simple majority',
      },
    };
  }
  // Integer comparison: yes / total ≥ threshold.
  const ok = yes * 1000 >= Math.round(threshold * 1000) * totalMembers;
  const pct = (Math.round((yes / totalMembers) * 1000) / 10).toString().replace('.', ',');
  return {
    ok,
    threshold,
    citation: r!.reference,
    confirmed: r!.confirmed,
    message: {
      vi: `${yes}/${totalMembers} thành viên Hội đồng đồng ý (${pct} %), ${ok ? 'đạt' : 'không đạt'} tỷ lệ từ ${Math.round(threshold * 100)} % trở lên tính trên tổng số thành viên`,
      en: `${yes}/${totalMembers} in favour; ${Math.round(threshold * 100)} % of all members needed`,
    },
  };
}

export interface MovementRecord {
  readonly objectives?: string;
  readonly scope?: string;
  readonly participants?: string;
  readonly criteria?: string;
  readonly startsOn?: string;
  readonly endsOn?: string;
  readonly plan?: string;
  readonly measures?: string;
}

/** Duration buckets of Biểu 0601.N/BNV-TĐKT (TT 02/2023/TT-BNV). */
export const MOVEMENT_DURATION_BUCKETS = [
  { code: '06', vi: 'Dưới 1 năm', maxMonths: 11 },
  { code: '07', vi: '1 năm', maxMonths: 12 },
  { code: '08', vi: 'Từ 1 năm đến dưới 3 năm', maxMonths: 35 },
  { code: '09', vi: 'Từ 3 năm đến dưới 5 năm', maxMonths: 59 },
  { code: '10', vi: 'Từ 5 năm trở lên', maxMonths: Number.POSITIVE_INFINITY },
] as const;

/** T62: is a movement record complete (Luật 2022 Điều 17), and which statistics bucket is its duration? */
export function movementCheck(m: MovementRecord): ProcedureAnswer & {
  readonly missing: readonly string[];
  readonly form: 'CHUYEN_DE' | 'THUONG_XUYEN' | null;
  readonly bucket: string | null;
} {
  const fields: [keyof MovementRecord, string][] = [
    ['objectives', 'mục tiêu'],
    ['scope', 'phạm vi'],
    ['participants', 'đối tượng'],
    ['criteria', 'nội dung và tiêu chí'],
    ['startsOn', 'thời gian bắt đầu'],
    ['endsOn', 'thời gian kết thúc'],
    ['plan', 'kế hoạch'],
    ['measures', 'biện pháp'],
  ];
  const missing = fields
    .filter(([k]) => m[k] === undefined || String(m[k]).trim() === '')
    .map(([, vi]) => vi);
  const s = m.startsOn ? parseDay(m.startsOn) : null;
  const e = m.endsOn ? parseDay(m.endsOn) : null;
  let bucket: string | null = null;
  let form: 'CHUYEN_DE' | 'THUONG_XUYEN' | null = null;
  if (s !== null && e !== null && e >= s) {
    const months = wholeMonthsBetween(s, e + 1);
    bucket = MOVEMENT_DURATION_BUCKETS.find((b) => months <= b.maxMonths)!.code;
    // A time-boxed "đợt" campaign is a thematic movement (Điều 16 kh1; INFERENCE).
    form = 'CHUYEN_DE';
  }
  return {
    ok: missing.length === 0,
    missing,
    form,
    bucket,
    citation: `${L22}, Điều 16 khoản 1, Điều 17; Thông tư 02/2023/TT-BNV (Biểu 0601.N)`,
    confirmed: true,
    message:
      missing.length === 0
        ? {
            vi: 'Phong trào thi đua có đủ nội dung theo Điều 17 Luật Thi đua, khen thưởng',
            en: 'The movement record is complete',
          }
        : { vi: `Phong trào thi đua còn thiếu: ${missing.join(', ')}`, en: `Missing: ${missing.join(', ')}` },
  };
}

export type RevocationGround =
  'FALSE_DECLARATION' | 'FORGED_DOCUMENT' | 'UNLAWFUL_APPRAISAL' | 'STANDARDS_NOT_MET';

/** T60: an award obtained on a listed ground is annulled; the object and the cash are recovered (Luật 2022 Chương VII). */
export function revocation(
  ground: RevocationGround | null,
): ProcedureAnswer & { readonly recoverCash: boolean; readonly recoverObject: boolean } {
  const ok = ground !== null;
  return {
    ok,
    recoverCash: ok,
    recoverObject: ok,
    citation: `${L22}, Chương VII (xử lý vi phạm); Điều 93 khoản 8`,
    confirmed: true,
    message: ok
      ? {
          vi: 'Người có thẩm quyền quyết định khen thưởng hủy bỏ quyết định; thu hồi hiện vật và tiền thưởng đã nhận',
          en: 'The decision is annulled; the object and cash are recovered',
        }
      : { vi: 'Không có căn cứ hủy bỏ quyết định khen thưởng', en: 'No ground for annulment' },
  };
}
