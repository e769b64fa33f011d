import { z } from 'zod';
import { ZPage, ZPageQuery } from './common';

/** Who received an award: a person, a collective (a unit, or a named collective of a unit), a household. */
export const RECIPIENT_KINDS = ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];
export const RECIPIENT_KIND_LABELS: Record<RecipientKind, string> = {
  INDIVIDUAL: 'Cá nhân',
  COLLECTIVE: 'Tập thể',
  HOUSEHOLD: 'Hộ gia đình',
};

/** How a registry record came in. */
export const AWARD_SOURCES = ['DECISION', 'IMPORT', 'MANUAL'] as const;
export type AwardSource = (typeof AWARD_SOURCES)[number];
export const AWARD_SOURCE_LABELS: Record<AwardSource, string> = {
  DECISION: 'Quyết định trên hệ thống',
  IMPORT: 'Nhập từ Excel',
  MANUAL: 'Nhập thủ công',
};

/** Cấp khen thưởng: the level whose authority confers the title or form. */
export const AWARD_LEVELS = ['CO_SO', 'BO_TINH', 'NHA_NUOC'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];
export const AWARD_LEVEL_LABELS: Record<AwardLevel, string> = {
  CO_SO: 'Cấp cơ sở',
  BO_TINH: 'Cấp bộ, ban, ngành, tỉnh',
  NHA_NUOC: 'Cấp Nhà nước',
};
/** The level of each catalogue code (codes not listed count as CO_SO). */
export const AWARD_CODE_LEVEL: Record<string, AwardLevel> = {
  LDTT: 'CO_SO',
  CSTT: 'CO_SO',
  CSTD_CO_SO: 'CO_SO',
  TT_LDTT: 'CO_SO',
  DON_VI_TIEN_TIEN: 'CO_SO',
  TT_LDXS: 'CO_SO',
  DON_VI_QUYET_THANG: 'CO_SO',
  GIAY_KHEN: 'CO_SO',
  THON_TDP_VAN_HOA: 'CO_SO',
  GIA_DINH_VAN_HOA: 'CO_SO',
  CSTD_BO_TINH: 'BO_TINH',
  CO_THI_DUA_BO_TINH: 'BO_TINH',
  BANG_KHEN_BO_TINH: 'BO_TINH',
  KY_NIEM_CHUONG_BO_TINH: 'BO_TINH',
  XA_TIEU_BIEU: 'BO_TINH',
  CSTD_TOAN_QUOC: 'NHA_NUOC',
  CO_THI_DUA_CHINH_PHU: 'NHA_NUOC',
  BANG_KHEN_THU_TUONG: 'NHA_NUOC',
  HCLD_HANG_BA: 'NHA_NUOC',
  HCLD_HANG_NHI: 'NHA_NUOC',
  HCLD_HANG_NHAT: 'NHA_NUOC',
};
export function awardLevelOf(code: string): AwardLevel {
  return AWARD_CODE_LEVEL[code] ?? 'CO_SO';
}

const ZYearParam = z.coerce
  .number({ message: 'Năm phải là số.' })
  .int('Năm phải là số nguyên.')
  .min(1945, 'Năm không hợp lệ.')
  .max(2100, 'Năm không hợp lệ.');

/** GET /api/v1/registry query. */
export const ZRegistryQuery = ZPageQuery.extend({
  q: z.string().trim().max(200).optional(),
  code: z.string().trim().max(60).optional(),
  level: z.enum(AWARD_LEVELS, { message: 'Cấp khen thưởng không hợp lệ.' }).optional(),
  recipientKind: z.enum(RECIPIENT_KINDS, { message: 'Đối tượng không hợp lệ.' }).optional(),
  yearFrom: ZYearParam.optional(),
  yearTo: ZYearParam.optional(),
  unitId: z.string().trim().max(64).optional(),
  decisionNumber: z.string().trim().max(100).optional(),
  personId: z.string().trim().max(64).optional(),
  /** A collective's own record: awards to this unit and to the units merged into it (not its subunits). */
  collectiveUnitId: z.string().trim().max(64).optional(),
  includeRevoked: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
}).refine((x) => x.yearFrom === undefined || x.yearTo === undefined || x.yearFrom <= x.yearTo, {
  message: 'Năm bắt đầu sau năm kết thúc.',
  path: ['yearTo'],
});
export type RegistryQuery = z.input<typeof ZRegistryQuery>;

/** One entry of the lifelong registry (sổ vàng). */
export const ZRegistryRecord = z.object({
  id: z.string(),
  recipientKind: z.enum(RECIPIENT_KINDS),
  personId: z.string().nullable(),
  unitId: z.string().nullable(),
  recipientName: z.string(),
  recipientPosition: z.string().nullable(),
  recipientUnitId: z.string().nullable(),
  recipientUnitName: z.string().nullable(),
  code: z.string(),
  codeName: z.string(),
  level: z.enum(AWARD_LEVELS),
  decisionId: z.string().nullable(),
  decisionNumber: z.string(),
  decidedOn: z.string(),
  signer: z.string().nullable(),
  issuerName: z.string().nullable(),
  certificateNumber: z.string().nullable(),
  periodFrom: z.number().int().nullable(),
  periodTo: z.number().int().nullable(),
  type: z.string(),
  achievement: z.string().nullable(),
  source: z.enum(AWARD_SOURCES),
  verifyCode: z.string(),
  verifyUrl: z.string(),
  revoked: z
    .object({
      on: z.string().nullable(),
      decisionNumber: z.string().nullable(),
      reason: z.string().nullable(),
    })
    .nullable(),
});
export type RegistryRecord = z.infer<typeof ZRegistryRecord>;
export const ZRegistryPage = ZPage(ZRegistryRecord);

/** GET /api/v1/public/verify/:code — what the public may see of a certificate, nothing more. */
export const ZPublicVerification = z.object({
  code: z.string(),
  status: z.enum(['VALID', 'REVOKED']),
  recipientName: z.string(),
  recipientKind: z.enum(RECIPIENT_KINDS),
  title: z.string(),
  decisionNumber: z.string(),
  decidedOn: z.string(),
  issuer: z.string().nullable(),
  signer: z.string().nullable(),
  revoked: z
    .object({
      on: z.string().nullable(),
      decisionNumber: z.string().nullable(),
      reason: z.string().nullable(),
    })
    .nullable(),
});
export type PublicVerification = z.infer<typeof ZPublicVerification>;
