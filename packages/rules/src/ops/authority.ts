/** op "authority": may this office sign this title or form on this date? (Luật 2022 Điều 80; NĐ 129/2025 Điều 59.) */
import {
  LOCAL_LEVELS,
  SIGNER_OFFICES,
  viName,
  type Code,
  type LocalLevel,
  type SignerOffice,
} from '../codes.js';
import { day, isoOf, viDate, type Day } from '../dates.js';
import type { AuthorityResponse } from '../types.js';
import { RULESET_VERSION } from '../version.js';
import { fail, reqCode, reqDate, reqObj, reqOneOf, type Obj } from '../validate.js';

interface AuthorityRow {
  readonly office: SignerOffice;
  readonly level?: LocalLevel;
  readonly codes: readonly Code[];
  readonly from: string;
  readonly to?: string;
  readonly citation: string;
  readonly confirmed: boolean;
}

const L03 = 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)';
const L22 = 'Luật Thi đua, khen thưởng 2022';
const UNIT: readonly Code[] = ['TT_LDTT', 'CSTD_CO_SO', 'LDTT', 'GIAY_KHEN'];
const BO_TINH: readonly Code[] = [
  'BANG_KHEN_BO_TINH',
  'CSTD_BO_TINH',
  'CO_THI_DUA_BO_TINH',
  'TT_LDXS',
  'KY_NIEM_CHUONG_BO_TINH',
];

/** Dated authority table. Rows for Điều 80 kh1–4 were read in the Official Gazette; higher levels were not. */
export const AUTHORITY_TABLE: readonly AuthorityRow[] = [
  // Old regime: same structure; the 2003 Law's articles were not re-read for this engine.
  {
    office: 'THU_TRUONG_DON_VI_PHAP_NHAN',
    codes: UNIT,
    from: '2017-10-01',
    to: '2023-12-31',
    citation: `${L03}, Điều 80 (chưa đối chiếu)`,
    confirmed: false,
  },
  {
    office: 'GIAM_DOC_SO',
    codes: UNIT,
    from: '2017-10-01',
    to: '2023-12-31',
    citation: `${L03}, Điều 80 (chưa đối chiếu)`,
    confirmed: false,
  },
  {
    office: 'CHU_TICH_UBND',
    level: 'HUYEN',
    codes: ['THON_TDP_VAN_HOA', ...UNIT],
    from: '2017-10-01',
    to: '2023-12-31',
    citation: `${L03}, Điều 80 (chưa đối chiếu)`,
    confirmed: false,
  },
  {
    office: 'CHU_TICH_UBND',
    level: 'XA',
    codes: ['LDTT', 'GIAY_KHEN', 'GIA_DINH_VAN_HOA'],
    from: '2017-10-01',
    to: '2023-12-31',
    citation: `${L03}, Điều 80 (chưa đối chiếu)`,
    confirmed: false,
  },
  {
    office: 'GIAM_DOC_DOANH_NGHIEP',
    codes: UNIT,
    from: '2017-10-01',
    to: '2023-12-31',
    citation: `${L03}, Điều 80 (chưa đối chiếu)`,
    confirmed: false,
  },
  {
    office: 'CHU_TICH_HDQT',
    codes: ['GIAY_KHEN'],
    from: '2017-10-01',
    to: '2023-12-31',
    citation: `${L03}, Điều 80 (chưa đối chiếu)`,
    confirmed: false,
  },
  // Luật 2022 Điều 80 [G].
  {
    office: 'THU_TRUONG_DON_VI_PHAP_NHAN',
    codes: UNIT,
    from: '2024-01-01',
    citation: `${L22}, Điều 80 khoản 1`,
    confirmed: true,
  },
  {
    office: 'GIAM_DOC_SO',
    codes: UNIT,
    from: '2024-01-01',
    citation: `${L22}, Điều 80 khoản 1`,
    confirmed: true,
  },
  {
    office: 'CHU_TICH_UBND',
    level: 'HUYEN',
    codes: ['THON_TDP_VAN_HOA', ...UNIT],
    from: '2024-01-01',
    to: '2025-06-30',
    citation: `${L22}, Điều 80 khoản 2`,
    confirmed: true,
  },
  {
    office: 'CHU_TICH_UBND',
    level: 'XA',
    codes: ['LDTT', 'GIAY_KHEN', 'GIA_DINH_VAN_HOA'],
    from: '2024-01-01',
    to: '2025-06-30',
    citation: `${L22}, Điều 80 khoản 3`,
    confirmed: true,
  },
  {
    office: 'CHU_TICH_UBND',
    level: 'XA',
    codes: ['THON_TDP_VAN_HOA', 'GIA_DINH_VAN_HOA', 'TT_LDTT', 'CSTD_CO_SO', 'LDTT', 'GIAY_KHEN'],
    from: '2025-07-01',
    citation: `${L22}, Điều 80 khoản 2, khoản 3; Nghị định 129/2025/NĐ-CP, Điều 59`,
    confirmed: true,
  },
  {
    office: 'GIAM_DOC_DOANH_NGHIEP',
    codes: UNIT,
    from: '2024-01-01',
    citation: `${L22}, Điều 80 khoản 4`,
    confirmed: true,
  },
  {
    office: 'CHU_TICH_HDQT',
    codes: ['GIAY_KHEN'],
    from: '2024-01-01',
    citation: `${L22}, Điều 80 khoản 4`,
    confirmed: true,
  },
  // Higher levels: Điều 76–79 not read (UNCONFIRMED), consistent with every secondary source.
  {
    office: 'BO_TRUONG',
    codes: BO_TINH,
    from: '2017-10-01',
    citation: `${L22}, Điều 78 (chưa đọc được văn bản)`,
    confirmed: false,
  },
  {
    office: 'CHU_TICH_UBND',
    level: 'TINH',
    codes: [...BO_TINH, 'XA_TIEU_BIEU'],
    from: '2017-10-01',
    citation: `${L22}, Điều 79 (chưa đọc được văn bản)`,
    confirmed: false,
  },
  {
    office: 'THU_TUONG',
    codes: ['CSTD_TOAN_QUOC'],
    from: '2024-01-01',
    citation: 'Nghị định 98/2023/NĐ-CP, Điều 33',
    confirmed: true,
  },
  {
    office: 'THU_TUONG',
    codes: ['BANG_KHEN_THU_TUONG', 'CO_THI_DUA_CHINH_PHU', 'CSTD_TOAN_QUOC'],
    from: '2017-10-01',
    citation: `${L22}, Điều 77 (chưa đọc được văn bản)`,
    confirmed: false,
  },
  {
    office: 'CHU_TICH_NUOC',
    codes: ['HCLD_HANG_BA', 'HCLD_HANG_NHI', 'HCLD_HANG_NHAT'],
    from: '2017-10-01',
    citation: `${L22}, Điều 76 (chưa đọc được văn bản)`,
    confirmed: false,
  },
];

const ARMED_FORCES: readonly Code[] = ['CSTT', 'DON_VI_TIEN_TIEN', 'DON_VI_QUYET_THANG'];
const LOWER_OFFICES: readonly SignerOffice[] = [
  'THU_TRUONG_DON_VI_PHAP_NHAN',
  'GIAM_DOC_SO',
  'GIAM_DOC_DOANH_NGHIEP',
  'CHU_TICH_HDQT',
];
const DISTRICTS_ABOLISHED = day('2025-07-01');

const officeVi = (office: SignerOffice, level: LocalLevel | null): string =>
  office === 'CHU_TICH_UBND' && level
    ? `Chủ tịch Ủy ban nhân dân ${LOCAL_LEVELS.find((l) => l.code === level)!.vi}`
    : viName(office);

function inForce(r: AuthorityRow, on: Day): boolean {
  return day(r.from) <= on && (r.to === undefined || on <= day(r.to));
}

export function evaluateAuthority(o: Obj): Omit<AuthorityResponse, 'id'> {
  const code = reqCode(o, 'code', 'code');
  const signer = reqObj(o, 'signer', 'signer');
  const office = reqOneOf(signer, 'office', 'signer.office', SIGNER_OFFICES);
  let level: LocalLevel | null = null;
  if (office === 'CHU_TICH_UBND') level = reqOneOf(signer, 'level', 'signer.level', LOCAL_LEVELS);
  const on = reqDate(o, 'on', 'on');
  if (on < day('2017-10-01')) {
    fail(
      'NOT_ENCODED',
      'on',
      `Thẩm quyền trước ngày 01/10/2017 chưa được mã hóa (trường 'on' = ${isoOf(on)}).`,
    );
  }
  const who = officeVi(office, level);
  const what = viName(code);
  const base = { op: 'authority' as const, code, rulesetVersion: RULESET_VERSION };
  if (ARMED_FORCES.includes(code)) {
    return {
      ...base,
      authorized: false,
      citation: `${L22}, Điều 80 khoản 5`,
      confirmed: false,
      message: {
        vi: `Thẩm quyền quyết định danh hiệu ${what} trong lực lượng vũ trang do Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an quy định (chưa mã hóa)`,
        en: `Authority for ${code} in the armed forces is set by the Ministers of Defence and Public Security (not encoded)`,
      },
    };
  }
  if (office === 'CHU_TICH_UBND' && level === 'HUYEN' && on >= DISTRICTS_ABOLISHED) {
    return {
      ...base,
      authorized: false,
      citation: 'Nghị định 129/2025/NĐ-CP, Điều 59',
      confirmed: true,
      message: {
        vi: `Từ ngày 01/07/2025 không còn chính quyền cấp huyện; thẩm quyền của Chủ tịch Ủy ban nhân dân cấp huyện do Chủ tịch Ủy ban nhân dân cấp xã thực hiện`,
        en: 'District level abolished from 2025-07-01; its powers pass to the commune chair',
      },
    };
  }
  const rows = AUTHORITY_TABLE.filter(
    (r) => r.office === office && (r.level === undefined || r.level === level) && inForce(r, on),
  );
  const hit = rows.find((r) => r.codes.includes(code));
  if (hit) {
    return {
      ...base,
      authorized: true,
      citation: hit.citation,
      confirmed: hit.confirmed,
      message: {
        vi: `${who} có thẩm quyền quyết định tặng ${what} (ngày ${viDate(on)})`,
        en: `${office} may award ${code} on ${isoOf(on)}`,
      },
    };
  }
  // Điều 80 kh1–4 list the lower offices' powers exhaustively; for higher offices the articles were not read.
  const exhaustive = LOWER_OFFICES.includes(office) || (office === 'CHU_TICH_UBND' && level !== 'TINH');
  const row = rows[0];
  return {
    ...base,
    authorized: false,
    citation: row ? row.citation : `${L22}, Điều 76–80`,
    confirmed: exhaustive && (row?.confirmed ?? true),
    message: {
      vi: `${who} không có thẩm quyền quyết định tặng ${what} (ngày ${viDate(on)})${exhaustive ? '' : '; thẩm quyền của cấp này chưa được đối chiếu đầy đủ'}`,
      en: `${office}${level ? ` (${level})` : ''} may not award ${code} on ${isoOf(on)}`,
    },
  };
}
