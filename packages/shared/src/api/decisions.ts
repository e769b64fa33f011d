import { z } from 'zod';
import { ZLegalDate, ZPageQuery } from './common';
import { AWARD_CODES } from './eligibility';
import { RECIPIENT_KINDS } from './registry';

/** Loại quyết định. Đính chính and thu hồi are new acts that reference the act they change. */
export const DECISION_KINDS = ['KHEN_THUONG', 'CONG_NHAN_DANH_HIEU', 'DINH_CHINH', 'THU_HOI'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
export const DECISION_KIND_LABELS: Record<DecisionKind, string> = {
  KHEN_THUONG: 'Khen thưởng',
  CONG_NHAN_DANH_HIEU: 'Công nhận danh hiệu thi đua',
  DINH_CHINH: 'Đính chính',
  THU_HOI: 'Thu hồi',
};

/** Status from the step rows. */
export const DECISION_STATUSES = ['DRAFT', 'ISSUED', 'SIGNED_COPY_UPLOADED'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
export const DECISION_STATUS_LABELS: Record<DecisionStatus, string> = {
  DRAFT: 'Dự thảo',
  ISSUED: 'Đã ban hành (đã cấp số)',
  SIGNED_COPY_UPLOADED: 'Đã tải bản ký',
};

export const SIGNER_OFFICE_CODES = [
  'THU_TRUONG_DON_VI_PHAP_NHAN',
  'GIAM_DOC_SO',
  'CHU_TICH_UBND',
  'GIAM_DOC_DOANH_NGHIEP',
  'CHU_TICH_HDQT',
  'BO_TRUONG',
  'THU_TUONG',
  'CHU_TICH_NUOC',
] as const;
export const SIGNER_LEVEL_CODES = ['TINH', 'HUYEN', 'XA'] as const;

const text = (max: number, msg: string) => z.string().trim().min(1, msg).max(max);
const ZYear = z.number().int().min(1945).max(2100);

export const ZSaveRegisterInput = z.object({
  issuerUnitId: z.string().uuid('Chọn cơ quan ban hành.'),
  symbol: z
    .string()
    .trim()
    .regex(
      /^[A-ZĐ]+(-[A-ZĐ0-9]+)+$/,
      'Ký hiệu viết hoa, các nhóm cách nhau bằng dấu gạch nối, ví dụ QĐ-UBND.',
    ),
  name: text(200, 'Nhập tên sổ.'),
  parentBody: z.string().trim().max(200).nullable().default(null),
  issuingBody: text(200, 'Nhập tên cơ quan ban hành.'),
  place: text(100, 'Nhập địa danh.'),
  authority: text(300, 'Nhập thẩm quyền ban hành.'),
  signerOffice: z.enum(SIGNER_OFFICE_CODES, { message: 'Chọn chức vụ người có thẩm quyền.' }),
  signerLevel: z.enum(SIGNER_LEVEL_CODES).nullable().default(null),
});
export type SaveRegisterInput = z.input<typeof ZSaveRegisterInput>;

export const ZDecisionRegister = z.object({
  id: z.string(),
  issuerUnitId: z.string(),
  issuerName: z.string(),
  symbol: z.string(),
  name: z.string(),
  parentBody: z.string().nullable(),
  issuingBody: z.string(),
  place: z.string(),
  authority: z.string(),
  signerOffice: z.string(),
  signerLevel: z.string().nullable(),
  lastNumbers: z.array(z.object({ year: z.number().int(), lastNumber: z.number().int() })),
});
export type DecisionRegister = z.infer<typeof ZDecisionRegister>;

export const ZDecisionRecipientInput = z
  .object({
    recipientKind: z.enum(RECIPIENT_KINDS).default('INDIVIDUAL'),
    personId: z.string().uuid().nullable().default(null),
    unitId: z.string().uuid().nullable().default(null),
    name: z.string().trim().max(300).nullable().default(null),
    position: z.string().trim().max(300).nullable().default(null),
    unitName: z.string().trim().max(300).nullable().default(null),
    code: z.enum(AWARD_CODES, { message: 'Chọn danh hiệu hoặc hình thức khen thưởng.' }),
    periodFrom: ZYear.nullable().default(null),
    periodTo: ZYear.nullable().default(null),
    achievement: z.string().trim().max(2000).nullable().default(null),
    nominationId: z.string().uuid().nullable().default(null),
  })
  .refine((r) => r.recipientKind !== 'INDIVIDUAL' || r.personId !== null, {
    message: 'Chọn cá nhân được khen thưởng.',
    path: ['personId'],
  })
  .refine((r) => r.recipientKind === 'INDIVIDUAL' || r.unitId !== null, {
    message: 'Chọn tập thể (đơn vị) được khen thưởng.',
    path: ['unitId'],
  })
  .refine((r) => r.periodFrom === null || r.periodTo === null || r.periodFrom <= r.periodTo, {
    message: 'Năm bắt đầu thành tích sau năm kết thúc.',
    path: ['periodTo'],
  });
export type DecisionRecipientInput = z.input<typeof ZDecisionRecipientInput>;

export const ZDraftDecisionInput = z.object({
  registerId: z.string().uuid('Chọn sổ đăng ký văn bản.'),
  kind: z.enum(['KHEN_THUONG', 'CONG_NHAN_DANH_HIEU'], { message: 'Chọn loại quyết định.' }),
  subject: text(500, 'Nhập trích yếu.'),
  bases: z.array(z.string().trim().min(1).max(1000)).max(30).default([]),
  content: z.string().trim().max(5000).nullable().default(null),
  recipientsText: z.array(z.string().trim().min(1).max(300)).max(30).default([]),
  signerAuthority: z.string().trim().max(100).nullable().default(null),
  signerTitle: text(100, 'Nhập chức vụ người ký.'),
  signerName: text(100, 'Nhập họ tên người ký.'),
  signerOffice: z.enum(SIGNER_OFFICE_CODES).nullable().default(null),
  signerLevel: z.enum(SIGNER_LEVEL_CODES).nullable().default(null),
  plannedOn: ZLegalDate.nullable().default(null),
  campaignId: z.string().uuid().nullable().default(null),
  recipients: z.array(ZDecisionRecipientInput).min(1, 'Danh sách khen thưởng đang trống.').max(5000),
});
export type DraftDecisionInput = z.input<typeof ZDraftDecisionInput>;

/**
 * Dự thảo quyết định từ danh sách Hội đồng đã thông qua: the lines are the nominations in COUNCIL_PASSED of a
 * dossier (hồ sơ đề nghị) or of a council meeting (phiên họp). Everything else as a draft.
 */
export const ZDraftFromPassedInput = ZDraftDecisionInput.omit({ recipients: true })
  .extend({
    dossierId: z.string().uuid().nullable().default(null),
    meetingId: z.string().uuid().nullable().default(null),
  })
  .refine((v) => (v.dossierId === null) !== (v.meetingId === null), {
    message: 'Chọn một hồ sơ đề nghị hoặc một phiên họp Hội đồng.',
    path: ['dossierId'],
  });
export type DraftFromPassedInput = z.input<typeof ZDraftFromPassedInput>;

export const ZIssueDecisionInput = z.object({
  decidedOn: ZLegalDate,
});
export type IssueDecisionInput = z.input<typeof ZIssueDecisionInput>;

/** Đính chính / thu hồi: a new draft referencing an issued act. */
export const ZAmendDecisionInput = z.object({
  kind: z.enum(['DINH_CHINH', 'THU_HOI'], { message: 'Chọn đính chính hoặc thu hồi.' }),
  subject: text(500, 'Nhập trích yếu.'),
  content: text(5000, 'Nhập nội dung đính chính hoặc lý do thu hồi.'),
  bases: z.array(z.string().trim().min(1).max(1000)).max(30).default([]),
  recipientsText: z.array(z.string().trim().min(1).max(300)).max(30).default([]),
  signerAuthority: z.string().trim().max(100).nullable().default(null),
  signerTitle: text(100, 'Nhập chức vụ người ký.'),
  signerName: text(100, 'Nhập họ tên người ký.'),
  /** For a correction: the corrected list (replaces the old lines in the registry). */
  recipients: z.array(ZDecisionRecipientInput).max(5000).default([]),
  /** For a revocation: the lines revoked (ordinal numbers in the old act); empty = the whole act. */
  revokedOrdinals: z.array(z.number().int().min(1)).default([]),
});
export type AmendDecisionInput = z.input<typeof ZAmendDecisionInput>;

export const ZDecisionRecipient = z.object({
  id: z.string(),
  ordinal: z.number().int(),
  recipientKind: z.enum(RECIPIENT_KINDS),
  personId: z.string().nullable(),
  unitId: z.string().nullable(),
  name: z.string(),
  position: z.string().nullable(),
  unitName: z.string().nullable(),
  code: z.string(),
  codeName: z.string(),
  periodFrom: z.number().int().nullable(),
  periodTo: z.number().int().nullable(),
  achievement: z.string().nullable(),
  amountVnd: z.number().int().nullable(),
  coefficient: z.number().nullable(),
  baseSalaryVnd: z.number().int().nullable(),
  amountNote: z.string().nullable(),
  nominationId: z.string().nullable(),
  awardId: z.string().nullable(),
});
export type DecisionRecipient = z.infer<typeof ZDecisionRecipient>;

export const ZDecisionSummary = z.object({
  id: z.string(),
  kind: z.enum(DECISION_KINDS),
  status: z.enum(DECISION_STATUSES),
  registerId: z.string(),
  symbol: z.string(),
  issuerUnitId: z.string(),
  issuerName: z.string(),
  numberText: z.string().nullable(),
  decidedOn: z.string().nullable(),
  plannedOn: z.string().nullable(),
  subject: z.string(),
  recipientCount: z.number().int(),
  totalVnd: z.number().int(),
  refDecisionId: z.string().nullable(),
  refNumberText: z.string().nullable(),
  /** Later acts that correct or revoke this one. */
  amendedBy: z.array(
    z.object({ id: z.string(), kind: z.enum(DECISION_KINDS), numberText: z.string().nullable() }),
  ),
});
export type DecisionSummary = z.infer<typeof ZDecisionSummary>;

export const ZDecisionStep = z.object({
  step: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  note: z.string().nullable(),
});

export const ZDecisionDetail = ZDecisionSummary.extend({
  bases: z.array(z.string()),
  content: z.string().nullable(),
  recipientsText: z.array(z.string()),
  signerOffice: z.string(),
  signerLevel: z.string().nullable(),
  signerAuthority: z.string().nullable(),
  signerTitle: z.string(),
  signerName: z.string(),
  campaignId: z.string().nullable(),
  signedFileId: z.string().nullable(),
  recipients: z.array(ZDecisionRecipient),
  steps: z.array(ZDecisionStep),
});
export type DecisionDetail = z.infer<typeof ZDecisionDetail>;

export const ZDecisionListQuery = ZPageQuery.extend({
  issuerUnitId: z.string().uuid().optional(),
  registerId: z.string().uuid().optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  status: z.enum(DECISION_STATUSES).optional(),
  q: z.string().trim().max(200).optional(),
});

export const ZNumberPreview = z.object({
  registerId: z.string(),
  year: z.number().int(),
  nextNumber: z.number().int(),
  numberText: z.string(),
});
export type NumberPreview = z.infer<typeof ZNumberPreview>;

export const FUND_ENTRY_KINDS = ['ALLOCATION', 'PAYMENT'] as const;
export const FUND_ENTRY_KIND_LABELS: Record<(typeof FUND_ENTRY_KINDS)[number], string> = {
  ALLOCATION: 'Trích lập / bổ sung quỹ',
  PAYMENT: 'Chi khen thưởng',
};

export const ZFundAllocationInput = z.object({
  unitId: z.string().uuid('Chọn cơ quan.'),
  year: ZYear,
  amountVnd: z
    .number()
    .int('Số tiền phải là số nguyên (đồng).')
    .positive('Số tiền phải lớn hơn 0.')
    .max(1e13),
  on: ZLegalDate,
  description: text(500, 'Nhập nội dung.'),
});
export type FundAllocationInput = z.input<typeof ZFundAllocationInput>;

export const ZFundEntry = z.object({
  id: z.string(),
  kind: z.enum(FUND_ENTRY_KINDS),
  amountVnd: z.number().int(),
  on: z.string(),
  decisionId: z.string().nullable(),
  numberText: z.string().nullable(),
  description: z.string(),
});
export const ZFundLedger = z.object({
  unitId: z.string(),
  unitName: z.string(),
  year: z.number().int(),
  allocatedVnd: z.number().int(),
  paidVnd: z.number().int(),
  balanceVnd: z.number().int(),
  entries: z.array(ZFundEntry),
});
export type FundLedger = z.infer<typeof ZFundLedger>;
export const ZFundLedgerQuery = z.object({
  unitId: z.string().uuid('Chọn cơ quan.'),
  year: z.coerce.number().int().min(1945).max(2100),
});

/** Mẫu in bằng khen / giấy khen (certificate_templates). Coordinates in mm from the sheet's top-left corner. */
export const CERTIFICATE_FIELD_KEYS = [
  'name',
  'position',
  'unit',
  'title',
  'achievement',
  'decision',
  'placeDate',
  'signerAuthority',
  'signerTitle',
  'signerName',
  'certificateNumber',
  'verifyCode',
  'qr',
] as const;
export const CERTIFICATE_FIELD_LABELS: Record<(typeof CERTIFICATE_FIELD_KEYS)[number], string> = {
  name: 'Họ và tên / tên tập thể',
  position: 'Chức vụ',
  unit: 'Đơn vị',
  title: 'Danh hiệu, hình thức',
  achievement: 'Thành tích',
  decision: 'Số, ngày quyết định',
  placeDate: 'Địa danh, ngày tháng',
  signerAuthority: 'Quyền hạn ký',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Họ tên người ký',
  certificateNumber: 'Số vào sổ',
  verifyCode: 'Mã xác minh',
  qr: 'Mã QR xác minh',
};
export const ZCertificateField = z.object({
  key: z.enum(CERTIFICATE_FIELD_KEYS),
  x: z.number().min(0).max(420),
  y: z.number().min(0).max(420),
  width: z.number().positive().max(420).optional(),
  size: z.number().min(5).max(72).optional(),
  align: z.enum(['left', 'center', 'right']).optional(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
export const ZSaveCertificateTemplateInput = z
  .object({
    unitId: z.string().uuid('Chọn cơ quan sử dụng mẫu.'),
    name: text(200, 'Nhập tên mẫu.'),
    paper: z.enum(['A4', 'A3']).default('A4'),
    orientation: z.enum(['LANDSCAPE', 'PORTRAIT']).default('LANDSCAPE'),
    mode: z.enum(['FULL', 'PHOI'], { message: 'Chọn kiểu in: toàn bộ hoặc in trên phôi.' }),
    heading: z.string().trim().max(100).nullable().default(null),
    fields: z.array(ZCertificateField).max(40).default([]),
  })
  .refine((t) => t.mode === 'FULL' || t.fields.some((f) => f.key === 'name'), {
    message: 'Mẫu in trên phôi phải có vị trí của họ tên.',
    path: ['fields'],
  })
  .refine((t) => t.mode === 'FULL' || t.fields.some((f) => f.key === 'verifyCode' || f.key === 'qr'), {
    message: 'Mẫu in trên phôi phải có vị trí của mã xác minh hoặc mã QR.',
    path: ['fields'],
  });
export type SaveCertificateTemplateInput = z.input<typeof ZSaveCertificateTemplateInput>;
export const ZCertificateTemplate = z.object({
  id: z.string(),
  unitId: z.string().nullable(),
  name: z.string(),
  paper: z.enum(['A4', 'A3']),
  orientation: z.enum(['LANDSCAPE', 'PORTRAIT']),
  mode: z.enum(['FULL', 'PHOI']),
  heading: z.string().nullable(),
  fields: z.array(ZCertificateField),
});
export type CertificateTemplate = z.infer<typeof ZCertificateTemplate>;
export const ZCertificatesQuery = z.object({
  templateId: z.string().uuid('Chọn mẫu in.'),
  /** Only the first page (preview). */
  first: z.enum(['true', 'false']).optional(),
});
