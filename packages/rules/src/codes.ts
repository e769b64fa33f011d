/**
 * Catalogue codes of the public contract (shared/contracts/rules-api.md), with their Vietnamese names.
 * The server and the web app reuse these lists; codes are stable UPPER_SNAKE ASCII.
 */

export interface CatalogueEntry<C extends string = string> {
  readonly code: C;
  readonly vi: string;
  readonly en: string;
}

function catalogue<const T extends readonly CatalogueEntry[]>(entries: T): T {
  return entries;
}

/** Mức độ hoàn thành nhiệm vụ, best first. */
export const RATINGS = catalogue([
  { code: 'HTXS', vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellently completed tasks' },
  { code: 'HTT', vi: 'Hoàn thành tốt nhiệm vụ', en: 'Well completed tasks' },
  { code: 'HT', vi: 'Hoàn thành nhiệm vụ', en: 'Completed tasks' },
  { code: 'KHT', vi: 'Không hoàn thành nhiệm vụ', en: 'Did not complete tasks' },
] as const);
export type Rating = (typeof RATINGS)[number]['code'];

/** Hình thức kỷ luật, lightest first. */
export const DISCIPLINES = catalogue([
  { code: 'KHIEN_TRACH', vi: 'Khiển trách', en: 'Reprimand' },
  { code: 'CANH_CAO', vi: 'Cảnh cáo', en: 'Warning' },
  { code: 'HA_BAC_LUONG', vi: 'Hạ bậc lương', en: 'Salary downgrade' },
  { code: 'GIANG_CHUC', vi: 'Giáng chức', en: 'Demotion' },
  { code: 'CACH_CHUC', vi: 'Cách chức', en: 'Dismissal from office' },
  { code: 'BUOC_THOI_VIEC', vi: 'Buộc thôi việc', en: 'Forced termination' },
] as const);
export type Discipline = (typeof DISCIPLINES)[number]['code'];

/** Danh hiệu thi đua cá nhân. */
export const INDIVIDUAL_TITLES = catalogue([
  { code: 'LDTT', vi: 'Lao động tiên tiến', en: 'Advanced Worker' },
  { code: 'CSTT', vi: 'Chiến sĩ tiên tiến', en: 'Advanced Soldier' },
  { code: 'CSTD_CO_SO', vi: 'Chiến sĩ thi đua cơ sở', en: 'Grassroots Emulation Fighter' },
  {
    code: 'CSTD_BO_TINH',
    vi: 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh',
    en: 'Ministerial/Provincial Emulation Fighter',
  },
  { code: 'CSTD_TOAN_QUOC', vi: 'Chiến sĩ thi đua toàn quốc', en: 'National Emulation Fighter' },
] as const);

/** Danh hiệu thi đua tập thể. */
export const COLLECTIVE_TITLES = catalogue([
  { code: 'TT_LDTT', vi: 'Tập thể lao động tiên tiến', en: 'Advanced Labour Collective' },
  { code: 'DON_VI_TIEN_TIEN', vi: 'Đơn vị tiên tiến', en: 'Advanced Unit' },
  { code: 'TT_LDXS', vi: 'Tập thể lao động xuất sắc', en: 'Excellent Labour Collective' },
  { code: 'DON_VI_QUYET_THANG', vi: 'Đơn vị quyết thắng', en: 'Determined-to-Win Unit' },
  {
    code: 'CO_THI_DUA_BO_TINH',
    vi: 'Cờ thi đua của bộ, ban, ngành, tỉnh',
    en: 'Ministerial/Provincial Emulation Flag',
  },
  { code: 'CO_THI_DUA_CHINH_PHU', vi: 'Cờ thi đua của Chính phủ', en: 'Government Emulation Flag' },
] as const);

/** Danh hiệu cho xã, thôn, hộ gia đình. */
export const COMMUNITY_TITLES = catalogue([
  { code: 'XA_TIEU_BIEU', vi: 'Xã, phường, thị trấn tiêu biểu', en: 'Model Commune' },
  { code: 'THON_TDP_VAN_HOA', vi: 'Thôn, tổ dân phố văn hóa', en: 'Cultural Village / Residential Group' },
  { code: 'GIA_DINH_VAN_HOA', vi: 'Gia đình văn hóa', en: 'Cultural Family' },
] as const);

/** Hình thức khen thưởng. */
export const AWARD_FORMS = catalogue([
  { code: 'GIAY_KHEN', vi: 'Giấy khen', en: 'Certificate of Merit' },
  {
    code: 'BANG_KHEN_BO_TINH',
    vi: 'Bằng khen của bộ, ban, ngành, tỉnh',
    en: 'Ministerial/Provincial Certificate of Merit',
  },
  {
    code: 'BANG_KHEN_THU_TUONG',
    vi: 'Bằng khen của Thủ tướng Chính phủ',
    en: "Prime Minister's Certificate of Merit",
  },
  { code: 'HCLD_HANG_BA', vi: 'Huân chương Lao động hạng Ba', en: 'Labour Order, Third Class' },
  { code: 'HCLD_HANG_NHI', vi: 'Huân chương Lao động hạng Nhì', en: 'Labour Order, Second Class' },
  { code: 'HCLD_HANG_NHAT', vi: 'Huân chương Lao động hạng Nhất', en: 'Labour Order, First Class' },
  {
    code: 'KY_NIEM_CHUONG_BO_TINH',
    vi: 'Kỷ niệm chương của bộ, ban, ngành, tỉnh',
    en: 'Ministerial/Provincial Commemorative Medal',
  },
] as const);

export type IndividualTitle = (typeof INDIVIDUAL_TITLES)[number]['code'];
export type CollectiveTitle = (typeof COLLECTIVE_TITLES)[number]['code'];
export type CommunityTitle = (typeof COMMUNITY_TITLES)[number]['code'];
export type AwardForm = (typeof AWARD_FORMS)[number]['code'];
export type TitleCode = IndividualTitle | CollectiveTitle | CommunityTitle;
export type Code = TitleCode | AwardForm;

/** Every title and form code. */
export const ALL_CODES: readonly CatalogueEntry<Code>[] = [
  ...INDIVIDUAL_TITLES,
  ...COLLECTIVE_TITLES,
  ...COMMUNITY_TITLES,
  ...AWARD_FORMS,
];

/** Người có thẩm quyền ký quyết định. */
export const SIGNER_OFFICES = catalogue([
  {
    code: 'THU_TRUONG_DON_VI_PHAP_NHAN',
    vi: 'Thủ trưởng cơ quan, tổ chức, đơn vị có tư cách pháp nhân',
    en: 'Head of a unit with legal personality',
  },
  {
    code: 'GIAM_DOC_SO',
    vi: 'Giám đốc sở (thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh)',
    en: 'Director of a provincial department',
  },
  { code: 'CHU_TICH_UBND', vi: 'Chủ tịch Ủy ban nhân dân', en: "Chair of a People's Committee" },
  {
    code: 'GIAM_DOC_DOANH_NGHIEP',
    vi: 'Tổng giám đốc, giám đốc doanh nghiệp, hợp tác xã',
    en: 'Director of an enterprise or cooperative',
  },
  {
    code: 'CHU_TICH_HDQT',
    vi: 'Chủ tịch Hội đồng quản trị, Chủ tịch Hội đồng thành viên',
    en: 'Chair of the board',
  },
  { code: 'BO_TRUONG', vi: 'Bộ trưởng, thủ trưởng cơ quan ngang bộ', en: 'Minister' },
  { code: 'THU_TUONG', vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
  { code: 'CHU_TICH_NUOC', vi: 'Chủ tịch nước', en: 'State President' },
] as const);
export type SignerOffice = (typeof SIGNER_OFFICES)[number]['code'];

/** Cấp chính quyền địa phương (cấp huyện chỉ tồn tại đến 30/06/2025). */
export const LOCAL_LEVELS = catalogue([
  { code: 'TINH', vi: 'cấp tỉnh', en: 'provincial' },
  { code: 'HUYEN', vi: 'cấp huyện', en: 'district' },
  { code: 'XA', vi: 'cấp xã', en: 'commune' },
] as const);
export type LocalLevel = (typeof LOCAL_LEVELS)[number]['code'];

/** Loại hình khen thưởng. */
export const AWARD_TYPES = catalogue([
  { code: 'THUONG_XUYEN', vi: 'Thường xuyên (theo công trạng và thành tích)', en: 'Regular' },
  { code: 'CHUYEN_DE', vi: 'Theo chuyên đề', en: 'Thematic' },
  { code: 'DOT_XUAT', vi: 'Đột xuất', en: 'Sudden achievement' },
  { code: 'CONG_HIEN', vi: 'Quá trình cống hiến', en: 'Lifetime contribution' },
  { code: 'NIEN_HAN', vi: 'Niên hạn', en: 'Length of service' },
  { code: 'DOI_NGOAI', vi: 'Đối ngoại', en: 'Foreign affairs' },
  { code: 'KHANG_CHIEN', vi: 'Kháng chiến', en: 'Resistance' },
] as const);
export type AwardType = (typeof AWARD_TYPES)[number]['code'];

export const INITIATIVE_KINDS = catalogue([
  { code: 'SANG_KIEN', vi: 'sáng kiến', en: 'initiative' },
  {
    code: 'DE_TAI_KHCN',
    vi: 'đề tài, đề án, công trình khoa học và công nghệ',
    en: 'science and technology project',
  },
  { code: 'MUU_TRI_CHIEN_DAU', vi: 'mưu trí, sáng tạo trong chiến đấu', en: 'ingenuity in combat' },
] as const);
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number]['code'];

/** Phạm vi ảnh hưởng, narrowest first. */
export const INITIATIVE_SCOPES = catalogue([
  { code: 'CO_SO', vi: 'cơ sở', en: 'unit' },
  { code: 'BO_TINH', vi: 'bộ, ban, ngành, tỉnh', en: 'ministry/province' },
  { code: 'TOAN_QUOC', vi: 'toàn quốc', en: 'nationwide' },
] as const);
export type InitiativeScope = (typeof INITIATIVE_SCOPES)[number]['code'];

export const ABSENCE_KINDS = catalogue([
  { code: 'MATERNITY', vi: 'nghỉ thai sản', en: 'maternity leave' },
  { code: 'TRAINING', vi: 'đi đào tạo, bồi dưỡng', en: 'training' },
  {
    code: 'INJURY_RESCUE',
    vi: 'điều trị thương tích do chiến đấu, cứu người, cứu tài sản',
    en: 'treatment of combat or rescue injury',
  },
  { code: 'SICK', vi: 'nghỉ ốm', en: 'sick leave' },
] as const);
export type AbsenceKind = (typeof ABSENCE_KINDS)[number]['code'];

export const SUBJECT_KINDS = catalogue([
  { code: 'INDIVIDUAL', vi: 'cá nhân', en: 'individual' },
  { code: 'COLLECTIVE', vi: 'tập thể', en: 'collective' },
  { code: 'COMMUNE', vi: 'xã, phường, đặc khu', en: 'commune' },
  { code: 'VILLAGE', vi: 'thôn, tổ dân phố', en: 'village / residential group' },
  { code: 'HOUSEHOLD', vi: 'hộ gia đình', en: 'household' },
] as const);
export type SubjectKind = (typeof SUBJECT_KINDS)[number]['code'];

/** Legal regimes, selected by the date a proposal is considered (see docs/rules-authoring.md). */
export const REGIMES = catalogue([
  {
    code: 'LUAT_2003_ND_91_2017',
    vi: 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013) và Nghị định 91/2017/NĐ-CP (01/10/2017 – 31/12/2023)',
    en: '2003 Law and Decree 91/2017 (2017-10-01 – 2023-12-31)',
  },
  {
    code: 'LUAT_2022_ND_98_2023',
    vi: 'Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP (01/01/2024 – 30/06/2025)',
    en: '2022 Law and Decree 98/2023 (2024-01-01 – 2025-06-30)',
  },
  {
    code: 'LUAT_2022_ND_152_2025',
    vi: 'Luật Thi đua, khen thưởng 2022, Nghị định 152/2025/NĐ-CP và Nghị định 129/2025/NĐ-CP (từ 01/07/2025)',
    en: '2022 Law, Decrees 152/2025 and 129/2025 (from 2025-07-01)',
  },
] as const);
export type Regime = (typeof REGIMES)[number]['code'] | 'NOT_ENCODED';

const nameMap = new Map<string, CatalogueEntry>();
for (const list of [
  ALL_CODES,
  RATINGS,
  DISCIPLINES,
  SIGNER_OFFICES,
  AWARD_TYPES,
  INITIATIVE_KINDS,
  ABSENCE_KINDS,
] as const) {
  for (const e of list) nameMap.set(e.code, e);
}

/** Vietnamese name of a catalogue code (falls back to the code). */
export function viName(code: string): string {
  return nameMap.get(code)?.vi ?? code;
}

/** English name of a catalogue code (falls back to the code). */
export function enName(code: string): string {
  return nameMap.get(code)?.en ?? code;
}

export const isIndividualTitle = (c: string): boolean => INDIVIDUAL_TITLES.some((e) => e.code === c);
export const isCollectiveTitle = (c: string): boolean => COLLECTIVE_TITLES.some((e) => e.code === c);
export const isCommunityTitle = (c: string): boolean => COMMUNITY_TITLES.some((e) => e.code === c);
export const isAwardForm = (c: string): boolean => AWARD_FORMS.some((e) => e.code === c);
export const isCode = (c: string): c is Code => ALL_CODES.some((e) => e.code === c);
