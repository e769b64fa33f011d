import { z } from 'zod';
import { ZTargetValue } from './movements';

/** Đăng ký thi đua states, derived from step rows. */
export const REGISTRATION_STATUSES = [
  'NOT_REGISTERED',
  'DRAFT',
  'PENDING_APPROVAL',
  'SUBMITTED',
  'RETURNED',
  'ACCEPTED',
] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  NOT_REGISTERED: 'Chưa đăng ký',
  DRAFT: 'Đang soạn',
  PENDING_APPROVAL: 'Chờ thủ trưởng duyệt',
  SUBMITTED: 'Đã gửi lên',
  RETURNED: 'Bị trả lại',
  ACCEPTED: 'Đã chấp nhận',
};
export const REGISTRATION_STEP_KINDS = ['REQUEST_APPROVAL', 'SUBMIT', 'RETURN', 'ACCEPT'] as const;
export type RegistrationStepKind = (typeof REGISTRATION_STEP_KINDS)[number];
export const REGISTRATION_STEP_LABELS: Record<RegistrationStepKind, string> = {
  REQUEST_APPROVAL: 'Trình thủ trưởng duyệt',
  SUBMIT: 'Thủ trưởng duyệt, gửi lên',
  RETURN: 'Trả lại',
  ACCEPT: 'Chấp nhận',
};

export const ZSaveRegistrationInput = z.object({
  unitId: z.string().min(1),
  /** Danh hiệu/hình thức tập thể đăng ký (catalogue code). */
  pledgedTitle: z.string().trim().max(60).nullish(),
  note: z.string().trim().max(4000).nullish(),
  persons: z
    .array(
      z.object({ personId: z.string(), pledgedTitle: z.string().trim().min(1, 'Chọn danh hiệu.').max(60) }),
    )
    .max(2000)
    .default([]),
  targets: z
    .array(z.object({ itemId: z.string(), value: ZTargetValue, note: z.string().trim().max(1000).nullish() }))
    .max(100)
    .default([]),
  version: z.number().int().optional(),
});
export type SaveRegistrationInput = z.input<typeof ZSaveRegistrationInput>;

export const ZReturnRegistrationInput = z.object({
  reason: z.string().trim().min(5, 'Nhập lý do trả lại (ít nhất 5 ký tự).').max(2000),
});

export const ZRegistration = z.object({
  id: z.string().nullable(),
  movementId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  pledgedTitle: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
  persons: z.array(
    z.object({
      personId: z.string(),
      fullName: z.string(),
      position: z.string().nullable(),
      pledgedTitle: z.string(),
    }),
  ),
  targets: z.array(z.object({ itemId: z.string(), value: ZTargetValue, note: z.string().nullable() })),
  steps: z.array(
    z.object({
      kind: z.enum(REGISTRATION_STEP_KINDS),
      reason: z.string().nullable(),
      actorName: z.string().nullable(),
      at: z.string(),
    }),
  ),
  /** The reason of the last return, while returned. */
  returnReason: z.string().nullable(),
  deadline: z.string().nullable(),
});
export type Registration = z.infer<typeof ZRegistration>;

/** The officer's view: who has registered, who has not, and totals. */
export const ZRegistrationOverview = z.object({
  movementId: z.string(),
  deadline: z.string().nullable(),
  counts: z.record(z.enum(REGISTRATION_STATUSES), z.number().int()),
  units: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      registrationId: z.string().nullable(),
      status: z.enum(REGISTRATION_STATUSES),
      pledgedTitle: z.string().nullable(),
      personCount: z.number().int(),
      submittedAt: z.string().nullable(),
    }),
  ),
  /** Collective titles pledged (registrations sent up or accepted), by code. */
  collectiveTitles: z.array(z.object({ code: z.string(), count: z.number().int() })),
  /** Individual titles pledged, by code. */
  individualTitles: z.array(z.object({ code: z.string(), count: z.number().int() })),
  /** Per content item: units with a target, and their sum (numbers), average (percent) or yes count. */
  targets: z.array(
    z.object({
      itemId: z.string(),
      units: z.number().int(),
      sum: z.number().nullable(),
      average: z.number().nullable(),
      yes: z.number().int().nullable(),
      latestDate: z.string().nullable(),
    }),
  ),
});
export type RegistrationOverview = z.infer<typeof ZRegistrationOverview>;

export const ZPledgeTitles = z.object({
  collective: z.array(z.object({ code: z.string(), name: z.string() })),
  individual: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type PledgeTitles = z.infer<typeof ZPledgeTitles>;
