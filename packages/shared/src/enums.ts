/** Loại đơn vị (unit kinds). HUYEN exists only for dates before 2025-07-01 (two-level local government reform). */
export const UNIT_KINDS = [
  'TINH',
  'HUYEN',
  'XA',
  'SO_NGANH',
  'CO_QUAN',
  'DON_VI_SU_NGHIEP',
  'DOANH_NGHIEP',
  'PHONG_BAN',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  TINH: 'Tỉnh/thành phố',
  HUYEN: 'Huyện/quận/thị xã',
  XA: 'Xã/phường/đặc khu',
  SO_NGANH: 'Sở/ban/ngành',
  CO_QUAN: 'Cơ quan',
  DON_VI_SU_NGHIEP: 'Đơn vị sự nghiệp',
  DOANH_NGHIEP: 'Doanh nghiệp',
  PHONG_BAN: 'Phòng/ban nội bộ',
};
/** Last day on which a district-level (cấp huyện) unit may be valid. */
export const DISTRICT_LEVEL_ABOLISHED_ON = '2025-07-01';

/** Sự kiện lịch sử tổ chức (lineage events). */
export const LINEAGE_EVENT_KINDS = ['ESTABLISH', 'RENAME', 'MERGE', 'SPLIT', 'DISSOLVE', 'TRANSFER'] as const;
export type LineageEventKind = (typeof LINEAGE_EVENT_KINDS)[number];
export const LINEAGE_EVENT_LABELS: Record<LineageEventKind, string> = {
  ESTABLISH: 'Thành lập',
  RENAME: 'Đổi tên',
  MERGE: 'Sáp nhập/hợp nhất',
  SPLIT: 'Chia tách',
  DISSOLVE: 'Giải thể',
  TRANSFER: 'Chuyển đơn vị cấp trên',
};

export const CLUSTER_KINDS = ['CUM', 'KHOI'] as const;
export type ClusterKind = (typeof CLUSTER_KINDS)[number];
export const CLUSTER_KIND_LABELS: Record<ClusterKind, string> = { CUM: 'Cụm thi đua', KHOI: 'Khối thi đua' };

export const SEXES = ['NAM', 'NU'] as const;
export type Sex = (typeof SEXES)[number];
export const SEX_LABELS: Record<Sex, string> = { NAM: 'Nam', NU: 'Nữ' };

export const PERSON_STATUSES = [
  'DANG_CONG_TAC',
  'NGHI_HUU',
  'CHUYEN_CONG_TAC',
  'TU_TRAN',
  'THOI_VIEC',
] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];
export const PERSON_STATUS_LABELS: Record<PersonStatus, string> = {
  DANG_CONG_TAC: 'Đang công tác',
  NGHI_HUU: 'Đã nghỉ hưu',
  CHUYEN_CONG_TAC: 'Đã chuyển công tác',
  TU_TRAN: 'Đã từ trần',
  THOI_VIEC: 'Đã thôi việc',
};

/** Vai trò (roles), each granted on a unit subtree. */
export const ROLES = [
  'SYSTEM_ADMIN',
  'OFFICER',
  'UNIT_CLERK',
  'UNIT_HEAD',
  'COUNCIL_MEMBER',
  'CLUSTER_HEAD',
  'STAFF',
] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  SYSTEM_ADMIN: 'Quản trị hệ thống',
  OFFICER: 'Chuyên viên TĐKT',
  UNIT_CLERK: 'Cán bộ TĐKT đơn vị',
  UNIT_HEAD: 'Thủ trưởng đơn vị',
  COUNCIL_MEMBER: 'Thành viên Hội đồng TĐKT',
  CLUSTER_HEAD: 'Trưởng cụm/khối thi đua',
  STAFF: 'Cá nhân',
};

/** 54 dân tộc Việt Nam (ethnic groups), Kinh first. */
export const ETHNICITIES = [
  'Kinh',
  'Tày',
  'Thái',
  'Mường',
  'Khmer',
  'Hoa',
  'Nùng',
  'Mông',
  'Dao',
  'Gia Rai',
  'Ê Đê',
  'Ba Na',
  'Sán Chay',
  'Chăm',
  'Cơ Ho',
  'Xơ Đăng',
  'Sán Dìu',
  'Hrê',
  'Ra Glai',
  'Mnông',
  'Thổ',
  'Xtiêng',
  'Khơ Mú',
  'Bru - Vân Kiều',
  'Cơ Tu',
  'Giáy',
  'Tà Ôi',
  'Mạ',
  'Giẻ Triêng',
  'Co',
  'Chơ Ro',
  'Xinh Mun',
  'Hà Nhì',
  'Chu Ru',
  'Lào',
  'La Chí',
  'Kháng',
  'Phù Lá',
  'La Hủ',
  'La Ha',
  'Pà Thẻn',
  'Lự',
  'Ngái',
  'Chứt',
  'Lô Lô',
  'Mảng',
  'Cơ Lao',
  'Bố Y',
  'Cống',
  'Si La',
  'Pu Péo',
  'Rơ Măm',
  'Brâu',
  'Ơ Đu',
] as const;
