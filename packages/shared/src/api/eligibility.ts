import { z } from 'zod';
import { ZLegalDate } from './common';

/**
 * Wire contract of the eligibility pages (issue "rules engine"): year records, the lifelong award registry and
 * verdicts. Codes are those of the rules contract (shared/contracts/rules-api.md); the Vietnamese labels here
 * serve the web app, which does not import @vinhdanh/rules.
 */

export const RATING_CODES = ['HTXS', 'HTT', 'HT', 'KHT'] as const;
export type RatingCode = (typeof RATING_CODES)[number];
export const RATING_LABELS: Record<RatingCode, string> = {
  HTXS: 'Hoàn thành xuất sắc nhiệm vụ',
  HTT: 'Hoàn thành tốt nhiệm vụ',
  HT: 'Hoàn thành nhiệm vụ',
  KHT: 'Không hoàn thành nhiệm vụ',
};

export const DISCIPLINE_CODES = [
  'KHIEN_TRACH',
  'CANH_CAO',
  'HA_BAC_LUONG',
  'GIANG_CHUC',
  'CACH_CHUC',
  'BUOC_THOI_VIEC',
] as const;
export type DisciplineCode = (typeof DISCIPLINE_CODES)[number];
export const DISCIPLINE_LABELS: Record<DisciplineCode, string> = {
  KHIEN_TRACH: 'Khiển trách',
  CANH_CAO: 'Cảnh cáo',
  HA_BAC_LUONG: 'Hạ bậc lương',
  GIANG_CHUC: 'Giáng chức',
  CACH_CHUC: 'Cách chức',
  BUOC_THOI_VIEC: 'Buộc thôi việc',
};

/** Individual titles recognised for a year (danh hiệu thi đua cá nhân). */
export const INDIVIDUAL_TITLE_CODES = [
  'LDTT',
  'CSTT',
  'CSTD_CO_SO',
  'CSTD_BO_TINH',
  'CSTD_TOAN_QUOC',
] as const;
export type IndividualTitleCode = (typeof INDIVIDUAL_TITLE_CODES)[number];

/** Codes an award row may carry: a title or an award form (hình thức khen thưởng). */
export const AWARD_CODES = [
  ...INDIVIDUAL_TITLE_CODES,
  'TT_LDTT',
  'DON_VI_TIEN_TIEN',
  'TT_LDXS',
  'DON_VI_QUYET_THANG',
  'CO_THI_DUA_BO_TINH',
  'CO_THI_DUA_CHINH_PHU',
  'GIAY_KHEN',
  'BANG_KHEN_BO_TINH',
  'BANG_KHEN_THU_TUONG',
  'HCLD_HANG_BA',
  'HCLD_HANG_NHI',
  'HCLD_HANG_NHAT',
  'KY_NIEM_CHUONG_BO_TINH',
] as const;
export type AwardCode = (typeof AWARD_CODES)[number];
export const AWARD_CODE_LABELS: Record<AwardCode, string> = {
  LDTT: 'Lao động tiên tiến',
  CSTT: 'Chiến sĩ tiên tiến',
  CSTD_CO_SO: 'Chiến sĩ thi đua cơ sở',
  CSTD_BO_TINH: 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh',
  CSTD_TOAN_QUOC: 'Chiến sĩ thi đua toàn quốc',
  TT_LDTT: 'Tập thể lao động tiên tiến',
  DON_VI_TIEN_TIEN: 'Đơn vị tiên tiến',
  TT_LDXS: 'Tập thể lao động xuất sắc',
  DON_VI_QUYET_THANG: 'Đơn vị quyết thắng',
  CO_THI_DUA_BO_TINH: 'Cờ thi đua của bộ, ban, ngành, tỉnh',
  CO_THI_DUA_CHINH_PHU: 'Cờ thi đua của Chính phủ',
  GIAY_KHEN: 'Giấy khen',
  BANG_KHEN_BO_TINH: 'Bằng khen của bộ, ban, ngành, tỉnh',
  BANG_KHEN_THU_TUONG: 'Bằng khen của Thủ tướng Chính phủ',
  HCLD_HANG_BA: 'Huân chương Lao động hạng Ba',
  HCLD_HANG_NHI: 'Huân chương Lao động hạng Nhì',
  HCLD_HANG_NHAT: 'Huân chương Lao động hạng Nhất',
  KY_NIEM_CHUONG_BO_TINH: 'Kỷ niệm chương của bộ, ban, ngành, tỉnh',
};

/** The targets evaluated for a person when none are named. */
export const DEFAULT_INDIVIDUAL_TARGETS = [
  'LDTT',
  'CSTD_CO_SO',
  'CSTD_BO_TINH',
  'BANG_KHEN_BO_TINH',
  'BANG_KHEN_THU_TUONG',
  'HCLD_HANG_BA',
] as const satisfies readonly AwardCode[];

export const AWARD_TYPE_CODES = [
  'THUONG_XUYEN',
  'CHUYEN_DE',
  'DOT_XUAT',
  'CONG_HIEN',
  'NIEN_HAN',
  'DOI_NGOAI',
  'KHANG_CHIEN',
] as const;
export type AwardTypeCode = (typeof AWARD_TYPE_CODES)[number];
export const AWARD_TYPE_LABELS: Record<AwardTypeCode, string> = {
  THUONG_XUYEN: 'Thường xuyên',
  CHUYEN_DE: 'Chuyên đề',
  DOT_XUAT: 'Đột xuất',
  CONG_HIEN: 'Quá trình cống hiến',
  NIEN_HAN: 'Niên hạn',
  DOI_NGOAI: 'Đối ngoại',
  KHANG_CHIEN: 'Kháng chiến',
};

export const ABSENCE_KIND_CODES = ['MATERNITY', 'TRAINING', 'INJURY_RESCUE', 'SICK'] as const;
export const INITIATIVE_KIND_CODES = ['SANG_KIEN', 'DE_TAI_KHCN', 'MUU_TRI_CHIEN_DAU'] as const;
export const INITIATIVE_SCOPE_CODES = ['CO_SO', 'BO_TINH', 'TOAN_QUOC'] as const;

export const OUTCOMES = ['ELIGIBLE', 'INELIGIBLE', 'NEEDS_REVIEW'] as const;
export type EligibilityOutcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<EligibilityOutcome, string> = {
  ELIGIBLE: 'Đủ điều kiện',
  INELIGIBLE: 'Chưa đủ điều kiện',
  NEEDS_REVIEW: 'Cần xem xét',
};

const ZYear = z.coerce
  .number({ message: 'Năm phải là số.' })
  .int('Năm phải là số nguyên.')
  .min(1945, 'Năm không hợp lệ.')
  .max(2100, 'Năm không hợp lệ.');

export const ZAbsence = z
  .object({
    kind: z.enum(ABSENCE_KIND_CODES),
    from: ZLegalDate,
    to: ZLegalDate,
    compliant: z.boolean().default(true),
  })
  .refine((a) => a.from <= a.to, { message: 'Ngày kết thúc trước ngày bắt đầu.', path: ['to'] });
export type Absence = z.infer<typeof ZAbsence>;

export const ZInitiative = z.object({
  kind: z.enum(INITIATIVE_KIND_CODES),
  scope: z.enum(INITIATIVE_SCOPE_CODES),
});
export type Initiative = z.infer<typeof ZInitiative>;

/** PUT /people/:id/records/:year — kết quả đánh giá, danh hiệu, kỷ luật của một năm. */
export const ZRecordYearResultInput = z
  .object({
    rating: z.enum(RATING_CODES).nullable().default(null),
    titles: z
      .array(z.enum(INDIVIDUAL_TITLE_CODES))
      .max(5)
      .default([])
      .refine((t) => new Set(t).size === t.length, { message: 'Danh hiệu bị lặp.' }),
    discipline: z.enum(DISCIPLINE_CODES).nullable().default(null),
    disciplineDecidedOn: ZLegalDate.nullable().default(null),
    absences: z.array(ZAbsence).max(20).default([]),
    initiatives: z.array(ZInitiative).max(20).default([]),
    note: z.string().trim().max(2000).nullable().default(null),
  })
  .refine((r) => r.discipline !== null || r.disciplineDecidedOn === null, {
    message: 'Có ngày quyết định kỷ luật nhưng chưa chọn hình thức kỷ luật.',
    path: ['disciplineDecidedOn'],
  });
export type RecordYearResultInput = z.input<typeof ZRecordYearResultInput>;

export const ZYearRecord = z.object({
  year: z.number().int(),
  rating: z.enum(RATING_CODES).nullable(),
  titles: z.array(z.string()),
  discipline: z.string().nullable(),
  disciplineDecidedOn: z.string().nullable(),
  absences: z.array(ZAbsence),
  initiatives: z.array(ZInitiative),
  note: z.string().nullable(),
});
export type YearRecord = z.infer<typeof ZYearRecord>;

/** POST /people/:id/awards — one historical award (lifelong registry). */
export const ZRecordAwardInput = z
  .object({
    code: z.enum(AWARD_CODES, { message: 'Chọn danh hiệu hoặc hình thức khen thưởng.' }),
    decisionNumber: z.string().trim().min(1, 'Nhập số quyết định.').max(100),
    decidedOn: ZLegalDate,
    signer: z.string().trim().max(300).nullable().default(null),
    periodFrom: z.number().int().min(1945).max(2100).nullable().default(null),
    periodTo: z.number().int().min(1945).max(2100).nullable().default(null),
    type: z.enum(AWARD_TYPE_CODES).default('THUONG_XUYEN'),
    achievement: z.string().trim().max(2000).nullable().default(null),
  })
  .refine((a) => a.periodFrom === null || a.periodTo === null || a.periodFrom <= a.periodTo, {
    message: 'Năm bắt đầu thành tích sau năm kết thúc.',
    path: ['periodTo'],
  });
export type RecordAwardInput = z.input<typeof ZRecordAwardInput>;

export const ZAward = z.object({
  id: z.string(),
  personId: z.string().nullable(),
  unitId: z.string().nullable(),
  code: z.string(),
  codeName: z.string(),
  decisionNumber: z.string(),
  decidedOn: z.string(),
  signer: z.string().nullable(),
  periodFrom: z.number().int().nullable(),
  periodTo: z.number().int().nullable(),
  type: z.enum(AWARD_TYPE_CODES),
  achievement: z.string().nullable(),
});
export type Award = z.infer<typeof ZAward>;

/** GET /people/:id/records — the timeline. */
export const ZPersonRecords = z.object({
  personId: z.string(),
  recruitedOn: z.string().nullable(),
  years: z.array(ZYearRecord),
  awards: z.array(ZAward),
});
export type PersonRecords = z.infer<typeof ZPersonRecords>;

export const ZEligibilityQuery = z.object({
  year: ZYear,
  proposedOn: ZLegalDate.optional(),
  /** Comma-separated target codes; default: DEFAULT_INDIVIDUAL_TARGETS. */
  targets: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? undefined : (Array.isArray(v) ? v : v.split(',')).filter(Boolean)))
    .pipe(z.array(z.enum(AWARD_CODES)).max(20).optional()),
});
export type EligibilityQuery = z.input<typeof ZEligibilityQuery>;

export const ZReason = z.object({
  rule: z.string(),
  met: z.boolean(),
  status: z.enum(['MET', 'NOT_MET', 'UNKNOWN']),
  citation: z.string(),
  confirmed: z.boolean(),
  message: z.object({ vi: z.string(), en: z.string() }),
});
export type Reason = z.infer<typeof ZReason>;

export const ZVerdict = z.object({
  /** Stored row in eligibility_results (null when the engine refused the request). */
  resultId: z.string().nullable(),
  target: z.string(),
  targetName: z.string(),
  outcome: z.enum(OUTCOMES),
  confirmed: z.boolean(),
  regime: z.string(),
  reasons: z.array(ZReason),
});
export type Verdict = z.infer<typeof ZVerdict>;

export const ZEligibilityReport = z.object({
  personId: z.string(),
  fullName: z.string(),
  year: z.number().int(),
  proposedOn: z.string(),
  rulesetVersion: z.string(),
  verdicts: z.array(ZVerdict),
});
export type EligibilityReport = z.infer<typeof ZEligibilityReport>;

export const ZCandidatesQuery = z.object({ year: ZYear, proposedOn: ZLegalDate.optional() });
export type CandidatesQuery = z.input<typeof ZCandidatesQuery>;

export const ZCandidateRow = z.object({
  personId: z.string(),
  fullName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  outcomes: z.record(z.string(), z.object({ outcome: z.enum(OUTCOMES), confirmed: z.boolean() })),
});
export type CandidateRow = z.infer<typeof ZCandidateRow>;

export const ZTargetCount = z.object({
  target: z.string(),
  targetName: z.string(),
  ELIGIBLE: z.number().int(),
  INELIGIBLE: z.number().int(),
  NEEDS_REVIEW: z.number().int(),
});

export const ZCandidates = z.object({
  unitId: z.string(),
  unitName: z.string(),
  year: z.number().int(),
  proposedOn: z.string(),
  rulesetVersion: z.string(),
  total: z.number().int(),
  counts: z.array(ZTargetCount),
  quota: z.object({
    code: z.literal('CSTD_CO_SO'),
    /** People eligible for or already holding LĐTT for the year. */
    ldttCount: z.number().int(),
    /** CSTĐCS candidates found eligible. */
    proposed: z.number().int(),
    max: z.number().int().nullable(),
    withinQuota: z.boolean(),
    confirmed: z.boolean(),
    citation: z.string(),
    message: z.string(),
  }),
  people: z.array(ZCandidateRow),
});
export type Candidates = z.infer<typeof ZCandidates>;
