import { z } from 'zod';
import { isLegalDate } from '../dates';
import { ZLegalDate } from './common';

/** Hình thức tổ chức thi đua (Luật 2022 Điều 16 kh1); DOT = đợt thi đua, counted as chuyên đề. */
export const MOVEMENT_KINDS = ['THUONG_XUYEN', 'CHUYEN_DE', 'DOT'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];
export const MOVEMENT_KIND_LABELS: Record<MovementKind, string> = {
  THUONG_XUYEN: 'Thường xuyên hằng năm',
  CHUYEN_DE: 'Theo chuyên đề',
  DOT: 'Đợt thi đua (cao điểm)',
};

/** Phạm vi (Điều 16 kh2), the rows 02–05 of Biểu 0601.N. */
export const MOVEMENT_SCOPES = ['TOAN_QUOC', 'BO_NGANH_DIA_PHUONG', 'CUM_KHOI', 'CO_QUAN_DON_VI'] as const;
export type MovementScope = (typeof MOVEMENT_SCOPES)[number];
export const MOVEMENT_SCOPE_LABELS: Record<MovementScope, string> = {
  TOAN_QUOC: 'Toàn quốc',
  BO_NGANH_DIA_PHUONG: 'Bộ, ban, ngành, đoàn thể, địa phương',
  CUM_KHOI: 'Cụm, khối thi đua',
  CO_QUAN_DON_VI: 'Cơ quan, tổ chức, đơn vị',
};

/** Cấp phát động, the columns of Biểu 0601.N. */
export const MOVEMENT_LAUNCH_LEVELS = ['TRUNG_UONG', 'BO_NGANH_TINH', 'CO_QUAN_DON_VI'] as const;
export type MovementLaunchLevel = (typeof MOVEMENT_LAUNCH_LEVELS)[number];
export const MOVEMENT_LAUNCH_LEVEL_LABELS: Record<MovementLaunchLevel, string> = {
  TRUNG_UONG: 'Trung ương',
  BO_NGANH_TINH: 'Bộ, ngành, tỉnh',
  CO_QUAN_DON_VI: 'Cơ quan, tổ chức, đơn vị',
};

/** Phase, derived from the movement's step rows. */
export const MOVEMENT_STATUSES = ['DRAFT', 'LAUNCHED', 'SO_KET', 'TONG_KET', 'CLOSED'] as const;
export type MovementStatus = (typeof MOVEMENT_STATUSES)[number];
export const MOVEMENT_STATUS_LABELS: Record<MovementStatus, string> = {
  DRAFT: 'Dự thảo',
  LAUNCHED: 'Đã phát động',
  SO_KET: 'Đã sơ kết',
  TONG_KET: 'Đã tổng kết',
  CLOSED: 'Đã kết thúc',
};
export const MOVEMENT_STEP_KINDS = ['LAUNCH', 'SO_KET', 'TONG_KET', 'CLOSE'] as const;
export type MovementStepKind = (typeof MOVEMENT_STEP_KINDS)[number];
export const MOVEMENT_STEP_LABELS: Record<MovementStepKind, string> = {
  LAUNCH: 'Phát động',
  SO_KET: 'Sơ kết',
  TONG_KET: 'Tổng kết',
  CLOSE: 'Kết thúc',
};

export const TARGET_TYPES = ['NUMBER', 'PERCENT', 'DATE', 'BOOLEAN'] as const;
export type TargetType = (typeof TARGET_TYPES)[number];
export const TARGET_TYPE_LABELS: Record<TargetType, string> = {
  NUMBER: 'Số lượng',
  PERCENT: 'Tỷ lệ (%)',
  DATE: 'Mốc thời gian (hoàn thành trước ngày)',
  BOOLEAN: 'Có/không (đạt/không đạt)',
};

export const MILESTONE_KINDS = ['SO_KET', 'TONG_KET', 'SU_KIEN'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export const MILESTONE_KIND_LABELS: Record<MilestoneKind, string> = {
  SO_KET: 'Sơ kết',
  TONG_KET: 'Tổng kết',
  SU_KIEN: 'Sự kiện',
};

export const PARTICIPANT_PICK_KINDS = ['SUBTREE', 'CLUSTER', 'UNIT'] as const;
export type ParticipantPickKind = (typeof PARTICIPANT_PICK_KINDS)[number];
export const PARTICIPANT_PICK_LABELS: Record<ParticipantPickKind, string> = {
  SUBTREE: 'Đơn vị và các đơn vị trực thuộc',
  CLUSTER: 'Cụm/khối thi đua',
  UNIT: 'Một đơn vị',
};

export const MOVEMENT_FILE_KINDS = ['KE_HOACH', 'CONG_VAN', 'KHAC'] as const;
export type MovementFileKind = (typeof MOVEMENT_FILE_KINDS)[number];
export const MOVEMENT_FILE_KIND_LABELS: Record<MovementFileKind, string> = {
  KE_HOACH: 'Kế hoạch',
  CONG_VAN: 'Công văn phát động',
  KHAC: 'Tài liệu khác',
};

/** A target or reported value: a number (NUMBER, PERCENT), a date YYYY-MM-DD (DATE) or yes/no (BOOLEAN). */
export const ZTargetValue = z.union([z.number(), z.string(), z.boolean()]).nullable();
export type TargetValue = z.infer<typeof ZTargetValue>;

/** Checks that a value fits a target type; answers the Vietnamese problem or null. */
export function targetValueProblem(type: TargetType, v: TargetValue): string | null {
  if (v === null) return null;
  switch (type) {
    case 'NUMBER':
      return typeof v === 'number' && Number.isFinite(v) && v >= 0
        ? null
        : 'Chỉ tiêu dạng số: nhập một số không âm.';
    case 'PERCENT':
      return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100
        ? null
        : 'Chỉ tiêu dạng tỷ lệ: nhập một số từ 0 đến 100.';
    case 'DATE':
      return typeof v === 'string' && isLegalDate(v)
        ? null
        : 'Chỉ tiêu dạng mốc thời gian: nhập ngày YYYY-MM-DD.';
    case 'BOOLEAN':
      return typeof v === 'boolean' ? null : 'Chỉ tiêu dạng có/không: chọn Có hoặc Không.';
  }
}

/** How a value is shown: "100 %", "12 người", "trước 15/06/2020", "Có". */
export function formatTargetValue(type: TargetType, v: TargetValue, measureUnit?: string | null): string {
  if (v === null || v === undefined) return '—';
  if (type === 'PERCENT') return `${String(v).replace('.', ',')} %`;
  if (type === 'NUMBER') return `${String(v).replace('.', ',')}${measureUnit ? ` ${measureUnit}` : ''}`;
  if (type === 'DATE' && typeof v === 'string') {
    const [y, m, d] = v.split('-');
    return `${d}/${m}/${y}`;
  }
  return v === true ? 'Có' : v === false ? 'Không' : String(v);
}

const text = (max: number) => z.string().trim().max(max).nullish();

export const ZMovementItemInput = z.object({
  id: z.string().optional(),
  title: z.string().trim().min(3, 'Nhập nội dung thi đua.').max(2000),
  description: text(4000),
  targetType: z.enum(TARGET_TYPES),
  target: ZTargetValue.optional(),
  measureUnit: text(50),
  ownerUnitId: z.string().nullish(),
  ownerName: text(300),
  evidenceRequired: z.boolean().optional(),
});
export type MovementItemInput = z.infer<typeof ZMovementItemInput>;

export const ZMilestoneInput = z.object({
  kind: z.enum(MILESTONE_KINDS),
  name: z.string().trim().min(2, 'Nhập tên mốc.').max(500),
  date: ZLegalDate,
});
export const ZReportPeriodInput = z.object({
  name: z.string().trim().min(2, 'Nhập tên kỳ báo cáo.').max(200),
  asOf: ZLegalDate,
  dueDate: ZLegalDate,
});
export const ZParticipantPick = z.object({ kind: z.enum(PARTICIPANT_PICK_KINDS), id: z.string() });
export type ParticipantPick = z.infer<typeof ZParticipantPick>;

/** Create or update a draft. Điều 17 completeness is checked at launch, not here. */
export const ZSaveMovementInput = z.object({
  name: z.string().trim().min(5, 'Nhập tên phong trào (ít nhất 5 ký tự).').max(500),
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.')
    .max(120)
    .nullish(),
  kind: z.enum(MOVEMENT_KINDS),
  year: z.number().int().min(1945).max(2100).nullish(),
  launchingUnitId: z.string().min(1, 'Chọn đơn vị phát động.'),
  launchLevel: z.enum(MOVEMENT_LAUNCH_LEVELS).nullish(),
  scope: z.enum(MOVEMENT_SCOPES),
  signerName: text(200),
  signerPosition: text(300),
  launchDate: ZLegalDate.nullish(),
  launchEvent: text(1000),
  startDate: ZLegalDate.nullish(),
  endDate: ZLegalDate.nullish(),
  registrationDeadline: ZLegalDate.nullish(),
  objectives: text(8000),
  targetGroups: text(4000),
  criteria: text(8000),
  plan: text(8000),
  measures: text(8000),
  occasion: text(2000),
  relatedPlans: text(4000),
  participants: z.array(ZParticipantPick).max(2000).default([]),
  items: z.array(ZMovementItemInput).max(100).default([]),
  milestones: z.array(ZMilestoneInput).max(50).default([]),
  reportPeriods: z.array(ZReportPeriodInput).max(60).default([]),
  /** Optimistic concurrency on update. */
  version: z.number().int().optional(),
});
export type SaveMovementInput = z.input<typeof ZSaveMovementInput>;

export const ZMovementItem = z.object({
  id: z.string(),
  seq: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  targetType: z.enum(TARGET_TYPES),
  target: ZTargetValue,
  measureUnit: z.string().nullable(),
  ownerUnitId: z.string().nullable(),
  ownerUnitName: z.string().nullable(),
  ownerName: z.string().nullable(),
  evidenceRequired: z.boolean(),
});
export type MovementItem = z.infer<typeof ZMovementItem>;

export const ZMovementStep = z.object({
  kind: z.enum(MOVEMENT_STEP_KINDS),
  onDate: z.string(),
  auto: z.boolean(),
  note: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});
export type MovementStep = z.infer<typeof ZMovementStep>;

/** A missing piece that blocks launch (Luật 2022 Điều 17), with a stable code. */
export const ZLaunchProblem = z.object({ code: z.string(), path: z.string(), message: z.string() });
export type LaunchProblem = z.infer<typeof ZLaunchProblem>;

export const ZMovementSummary = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(MOVEMENT_KINDS),
  year: z.number().int().nullable(),
  launchingUnitId: z.string(),
  launchingUnitName: z.string(),
  launchDate: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: z.enum(MOVEMENT_STATUSES),
  participantCount: z.number().int(),
});
export type MovementSummary = z.infer<typeof ZMovementSummary>;

export const ZMovement = ZMovementSummary.extend({
  launchLevel: z.enum(MOVEMENT_LAUNCH_LEVELS),
  scope: z.enum(MOVEMENT_SCOPES),
  signerName: z.string().nullable(),
  signerPosition: z.string().nullable(),
  launchEvent: z.string().nullable(),
  registrationDeadline: z.string().nullable(),
  objectives: z.string().nullable(),
  targetGroups: z.string().nullable(),
  criteria: z.string().nullable(),
  plan: z.string().nullable(),
  measures: z.string().nullable(),
  occasion: z.string().nullable(),
  relatedPlans: z.string().nullable(),
  summary: z.string().nullable(),
  version: z.number().int(),
  picks: z.array(z.object({ kind: z.enum(PARTICIPANT_PICK_KINDS), id: z.string(), name: z.string() })),
  participants: z.array(z.object({ unitId: z.string(), name: z.string() })),
  items: z.array(ZMovementItem),
  milestones: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(MILESTONE_KINDS),
      name: z.string(),
      date: z.string(),
      reachedAt: z.string().nullable(),
    }),
  ),
  reportPeriods: z.array(
    z.object({
      id: z.string(),
      seq: z.number().int(),
      name: z.string(),
      asOf: z.string(),
      dueDate: z.string(),
    }),
  ),
  attachments: z.array(
    z.object({
      fileId: z.string(),
      kind: z.enum(MOVEMENT_FILE_KINDS),
      title: z.string().nullable(),
      filename: z.string(),
      size: z.number().int(),
    }),
  ),
  steps: z.array(ZMovementStep),
  /** What still blocks launch (empty when complete or already launched). */
  launchProblems: z.array(ZLaunchProblem),
});
export type Movement = z.infer<typeof ZMovement>;

export const ZMovementQuery = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.enum(MOVEMENT_STATUSES).optional(),
  kind: z.enum(MOVEMENT_KINDS).optional(),
  year: z.coerce.number().int().optional(),
  /** Only movements this unit participates in. */
  unitId: z.string().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type MovementQuery = z.infer<typeof ZMovementQuery>;

export const ZLaunchMovementInput = z.object({
  /** Ngày phát động; defaults to the saved launch date, else today. */
  launchDate: ZLegalDate.optional(),
  note: z.string().trim().max(2000).optional(),
});
export const ZCloseMovementInput = z.object({
  summary: z.string().trim().min(10, 'Nhập nội dung tổng kết (ít nhất 10 ký tự).').max(20000),
});

/** Biểu 0601.N buckets of one movement. */
export const DURATION_BUCKETS = [
  'DUOI_1_NAM',
  'MOT_NAM',
  'TU_1_DEN_DUOI_3',
  'TU_3_DEN_DUOI_5',
  'TU_5_NAM',
] as const;
export type DurationBucket = (typeof DURATION_BUCKETS)[number];
export const DURATION_BUCKET_LABELS: Record<DurationBucket, string> = {
  DUOI_1_NAM: 'Dưới 1 năm',
  MOT_NAM: '1 năm',
  TU_1_DEN_DUOI_3: 'Trên 1 năm đến dưới 3 năm',
  TU_3_DEN_DUOI_5: 'Từ 3 năm đến dưới 5 năm',
  TU_5_NAM: 'Từ 5 năm trở lên',
};
