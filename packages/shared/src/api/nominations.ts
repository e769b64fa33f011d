import { z } from 'zod';
import { ZLegalDate } from './common';
import { AWARD_CODES, AWARD_TYPE_CODES, OUTCOMES, ZReason } from './eligibility';

/**
 * Wire contract of nominations, dossiers, appraisal and public consultation (issue 5 part A).
 * The nomination state machine is documented in docs/ARCHITECTURE.md ("Nominations").
 */

/** Steps of a nomination (append-only rows); the current status is derived from them. */
export const NOMINATION_STEPS = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'APPRAISED_PASSED_TO_COUNCIL',
  'COUNCIL_PASSED',
  'COUNCIL_REJECTED',
  'CONSULTATION_OPEN',
  'CONSULTATION_CLOSED',
  'DECIDED',
  'WITHDRAWN',
  'REVOKED',
] as const;
export type NominationStep = (typeof NOMINATION_STEPS)[number];
/** The main line of the state machine (consultation steps run alongside it). */
export const NOMINATION_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'APPRAISED_PASSED_TO_COUNCIL',
  'COUNCIL_PASSED',
  'COUNCIL_REJECTED',
  'DECIDED',
  'WITHDRAWN',
  'REVOKED',
] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];
export const NOMINATION_STEP_LABELS: Record<NominationStep, string> = {
  DRAFT: 'Đang soạn',
  SUBMITTED: 'Đã trình, chờ thẩm định',
  RETURNED: 'Trả lại để bổ sung',
  APPRAISED_PASSED_TO_COUNCIL: 'Đã thẩm định, trình Hội đồng',
  COUNCIL_PASSED: 'Hội đồng nhất trí',
  COUNCIL_REJECTED: 'Hội đồng không nhất trí',
  CONSULTATION_OPEN: 'Đang công khai lấy ý kiến',
  CONSULTATION_CLOSED: 'Đã hết thời gian lấy ý kiến',
  DECIDED: 'Đã có quyết định khen thưởng',
  WITHDRAWN: 'Đã rút khỏi hồ sơ',
  REVOKED: 'Đã hủy bỏ quyết định',
};
export const CONSULTATION_STATES = ['NONE', 'OPEN', 'CLOSED'] as const;
export type ConsultationState = (typeof CONSULTATION_STATES)[number];

/** Dossier status, derived from its nominations (docs/ARCHITECTURE.md). */
export const DOSSIER_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPRAISED', 'CLOSED'] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];
export const DOSSIER_STATUS_LABELS: Record<DossierStatus, string> = {
  DRAFT: 'Đang soạn',
  SUBMITTED: 'Đã trình, chờ thẩm định',
  RETURNED: 'Bị trả lại một phần hoặc toàn bộ',
  APPRAISED: 'Đã thẩm định',
  CLOSED: 'Đã kết thúc',
};

export const PROCEDURES = ['THUONG', 'DON_GIAN'] as const;
export type Procedure = (typeof PROCEDURES)[number];
export const PROCEDURE_LABELS: Record<Procedure, string> = {
  THUONG: 'Thủ tục thông thường',
  DON_GIAN: 'Thủ tục đơn giản (Điều 85 Luật Thi đua, khen thưởng)',
};
/** Grounds other than the award type that allow the simplified procedure (NĐ 98/2023 Điều 40 kh1). */
export const SIMPLIFIED_GROUNDS = ['POLITICAL_TASK', 'DISCOVERED_BY_HEAD', 'STATE_SECRET'] as const;
export type SimplifiedGround = (typeof SIMPLIFIED_GROUNDS)[number];
export const SIMPLIFIED_GROUND_LABELS: Record<SimplifiedGround, string> = {
  POLITICAL_TASK: 'Phục vụ nhiệm vụ chính trị, kịp thời động viên quần chúng',
  DISCOVERED_BY_HEAD: 'Thành tích do người đứng đầu phát hiện',
  STATE_SECRET: 'Thành tích có nội dung bí mật nhà nước',
};

const ZText = (max: number, label: string) =>
  z
    .string({ message: `${label} là bắt buộc.` })
    .trim()
    .min(1, `${label} là bắt buộc.`)
    .max(max, `${label} tối đa ${max} ký tự.`);
const ZYear = z.coerce
  .number({ message: 'Năm phải là số.' })
  .int('Năm phải là số nguyên.')
  .min(1945)
  .max(2100);
const ZUuid = z.string().uuid('Mã không hợp lệ.');

export const ZCreateDossierInput = z.object({
  title: ZText(300, 'Tên hồ sơ'),
  proposingUnitId: ZUuid,
  receivingUnitId: ZUuid,
  procedure: z.enum(PROCEDURES).default('THUONG'),
  simplifiedGround: z.enum(SIMPLIFIED_GROUNDS).nullable().default(null),
  awardType: z.enum(AWARD_TYPE_CODES),
  year: ZYear,
  occasion: z.string().trim().max(300).nullable().default(null),
  deadline: ZLegalDate.nullable().default(null),
  movementId: ZUuid.nullable().default(null),
});
export type CreateDossierInput = z.input<typeof ZCreateDossierInput>;

export const ZAddNomineeInput = z
  .object({
    personId: ZUuid.nullable().default(null),
    unitId: ZUuid.nullable().default(null),
    code: z.enum(AWARD_CODES, { message: 'Danh hiệu/hình thức khen thưởng không có trong danh mục.' }),
    periodFrom: ZYear.optional(),
    periodTo: ZYear.optional(),
    summary: z.string().trim().max(4000).nullable().default(null),
  })
  .refine((v) => (v.personId === null) !== (v.unitId === null), {
    message: 'Chọn đúng một cá nhân hoặc một tập thể.',
    path: ['personId'],
  })
  .refine((v) => v.periodFrom === undefined || v.periodTo === undefined || v.periodFrom <= v.periodTo, {
    message: 'Năm bắt đầu thành tích sau năm kết thúc.',
    path: ['periodTo'],
  });
export type AddNomineeInput = z.input<typeof ZAddNomineeInput>;

export const ZAddNomineesFromCandidatesInput = z.object({
  code: z.enum(AWARD_CODES, { message: 'Danh hiệu/hình thức khen thưởng không có trong danh mục.' }),
  personIds: z.array(ZUuid).min(1, 'Chọn ít nhất một người.').max(500),
});

export const ZReturnInput = z.object({
  reason: ZText(2000, 'Lý do trả lại'),
  /** Nominations to return; omitted = the whole dossier. */
  nominationIds: z.array(ZUuid).min(1).optional(),
});
export const ZPassToCouncilInput = z.object({
  nominationIds: z.array(ZUuid).min(1, 'Chọn ít nhất một người được đề nghị.'),
  note: z.string().trim().max(2000).nullable().default(null),
});
export const ZDossierListQuery = z.object({
  year: ZYear.optional(),
  role: z.enum(['PROPOSING', 'RECEIVING']).default('PROPOSING'),
  status: z.enum(DOSSIER_STATUSES).optional(),
});

export const ZComponentRequirement = z.object({
  code: z.string(),
  name: z.string(),
  scope: z.enum(['DOSSIER', 'NOMINATION']),
  citation: z.string(),
  confirmed: z.boolean(),
  generatable: z.boolean(),
  /** For NOMINATION scope: the nominations that still miss it. */
  missingFor: z.array(z.string()),
  present: z.boolean(),
});

export const ZAttachment = z.object({
  id: z.string(),
  component: z.string(),
  nominationId: z.string().nullable(),
  fileId: z.string(),
  filename: z.string(),
  size: z.number().int(),
  generated: z.boolean(),
  createdAt: z.string(),
});
export type Attachment = z.infer<typeof ZAttachment>;

export const ZStepRow = z.object({
  step: z.enum(NOMINATION_STEPS),
  reason: z.string().nullable(),
  at: z.string(),
  actorName: z.string().nullable(),
});

export const ZNomination = z.object({
  id: z.string(),
  dossierId: z.string(),
  personId: z.string().nullable(),
  unitId: z.string().nullable(),
  nomineeName: z.string(),
  nomineeUnitName: z.string(),
  code: z.string(),
  codeName: z.string(),
  periodFrom: z.number().int(),
  periodTo: z.number().int(),
  summary: z.string().nullable(),
  position: z.number().int(),
  status: z.enum(NOMINATION_STATUSES),
  consultation: z.enum(CONSULTATION_STATES),
  lastReason: z.string().nullable(),
  verdict: z
    .object({
      outcome: z.enum(OUTCOMES),
      confirmed: z.boolean(),
      rulesetVersion: z.string(),
      reasons: z.array(ZReason),
      resultId: z.string().nullable(),
    })
    .nullable(),
  steps: z.array(ZStepRow),
});
export type Nomination = z.infer<typeof ZNomination>;

export const ZDossier = z.object({
  id: z.string(),
  title: z.string(),
  proposingUnitId: z.string(),
  proposingUnitName: z.string(),
  receivingUnitId: z.string(),
  receivingUnitName: z.string(),
  procedure: z.enum(PROCEDURES),
  simplifiedGround: z.enum(SIMPLIFIED_GROUNDS).nullable(),
  awardType: z.enum(AWARD_TYPE_CODES),
  year: z.number().int(),
  occasion: z.string().nullable(),
  deadline: z.string().nullable(),
  /** The deadline moved to the next working day when it falls on a day off. */
  effectiveDeadline: z.string().nullable(),
  movementId: z.string().nullable(),
  status: z.enum(DOSSIER_STATUSES),
  submittedOn: z.string().nullable(),
  /** Appraisal due date: working days after submission (rules package calendar). */
  appraisalDueOn: z.string().nullable(),
  nominationCount: z.number().int(),
  createdAt: z.string(),
});
export type Dossier = z.infer<typeof ZDossier>;

export const ZDossierDetail = ZDossier.extend({
  nominations: z.array(ZNomination),
  attachments: z.array(ZAttachment),
  components: z.array(ZComponentRequirement),
  complete: z.boolean(),
});
export type DossierDetail = z.infer<typeof ZDossierDetail>;

export const ZAppraisal = z.object({
  dossier: ZDossierDetail,
  checklist: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      ok: z.boolean(),
      detail: z.string(),
      citation: z.string(),
    }),
  ),
  quotas: z.array(
    z.object({
      code: z.string(),
      codeName: z.string(),
      proposed: z.number().int(),
      max: z.number().int().nullable(),
      withinQuota: z.boolean(),
      citation: z.string(),
      confirmed: z.boolean(),
      message: z.string(),
    }),
  ),
  earlierAwards: z.array(
    z.object({
      nominationId: z.string(),
      code: z.string(),
      codeName: z.string(),
      decisionNumber: z.string(),
      decidedOn: z.string(),
      periodFrom: z.number().int().nullable(),
      periodTo: z.number().int().nullable(),
      /** The earlier award covers a year of this nomination's achievement period. */
      overlaps: z.boolean(),
    }),
  ),
});
export type Appraisal = z.infer<typeof ZAppraisal>;

// ----- public consultation -----

export const ZOpenConsultationInput = z.object({
  title: ZText(300, 'Tiêu đề'),
  description: z.string().trim().max(4000).nullable().default(null),
  ownerUnitId: ZUuid,
  postedOn: ZLegalDate,
  nominationIds: z.array(ZUuid).min(1, 'Chọn ít nhất một người được đề nghị.').max(2000),
  /** Planned council meeting date: checked against the legal posting window. */
  meetingOn: ZLegalDate.nullable().default(null),
});
export const FEEDBACK_CATEGORIES = ['SUPPORT', 'OBJECTION', 'QUESTION', 'IRRELEVANT'] as const;
export const FEEDBACK_CATEGORY_LABELS: Record<(typeof FEEDBACK_CATEGORIES)[number], string> = {
  SUPPORT: 'Đồng tình',
  OBJECTION: 'Phản ánh, không đồng tình',
  QUESTION: 'Hỏi, đề nghị làm rõ',
  IRRELEVANT: 'Không liên quan',
};
export const ZAnswerFeedbackInput = z.object({
  category: z.enum(FEEDBACK_CATEGORIES),
  answer: z.string().trim().max(4000).nullable().default(null),
  dismiss: z.boolean().default(false),
});
export const ZPublicFeedbackInput = z.object({
  name: ZText(200, 'Họ và tên'),
  contact: ZText(200, 'Địa chỉ liên hệ (điện thoại hoặc thư điện tử)'),
  content: ZText(4000, 'Nội dung ý kiến'),
  nominationId: ZUuid.nullable().optional(),
  /** Honeypot: a hidden field people leave empty. */
  website: z.string().max(500).optional(),
  /** When the form was shown (ms since epoch), from GET …/:slug `formToken`. */
  formToken: z.string().max(200).optional(),
});

/** Public presenter: a whitelist. Never national ID, date of birth or contact data of nominees. */
export const ZPublicNominee = z.object({
  id: z.string(),
  position: z.number().int(),
  name: z.string(),
  unitName: z.string(),
  kind: z.enum(['PERSON', 'COLLECTIVE']),
  code: z.string(),
  codeName: z.string(),
  achievement: z.string().nullable(),
});
export const ZPublicConsultation = z.object({
  slug: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  ownerName: z.string(),
  postedOn: z.string(),
  closesOn: z.string(),
  minWorkingDays: z.number().int(),
  citation: z.string(),
  open: z.boolean(),
  nomineeCount: z.number().int(),
});
export type PublicConsultation = z.infer<typeof ZPublicConsultation>;
export const ZPublicConsultationDetail = ZPublicConsultation.extend({
  nominees: z.array(ZPublicNominee),
  /** Opaque token to send back with feedback (time-to-submit check). */
  formToken: z.string(),
  answered: z.array(z.object({ content: z.string(), answer: z.string(), answeredOn: z.string() })),
});
export type PublicConsultationDetail = z.infer<typeof ZPublicConsultationDetail>;

export const ZConsultation = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  ownerUnitId: z.string(),
  ownerName: z.string(),
  postedOn: z.string(),
  closesOn: z.string(),
  earliestMeetingOn: z.string(),
  minWorkingDays: z.number().int(),
  citation: z.string(),
  open: z.boolean(),
  closed: z.boolean(),
  nominationIds: z.array(z.string()),
  feedbackCount: z.number().int(),
  untriagedCount: z.number().int(),
});
export type Consultation = z.infer<typeof ZConsultation>;
export const ZFeedback = z.object({
  id: z.string(),
  consultationId: z.string(),
  nominationId: z.string().nullable(),
  nomineeName: z.string().nullable(),
  name: z.string(),
  contact: z.string(),
  content: z.string(),
  receivedAt: z.string(),
  category: z.enum(FEEDBACK_CATEGORIES).nullable(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  dismissed: z.boolean(),
});
export type Feedback = z.infer<typeof ZFeedback>;
