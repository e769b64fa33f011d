import { z } from 'zod';
import { isLegalDate } from '../dates';

const ZLegalDay = z.string().refine(isLegalDate, 'Ngày không hợp lệ (định dạng YYYY-MM-DD).');

/** Thêm điều chỉnh của tỉnh cho một tham số pháp lý được luật giao cho địa phương. */
export const ZAddParameterOverrideInput = z.object({
  parameter: z.string().trim().min(1, 'Chọn tham số.'),
  from: ZLegalDay,
  to: ZLegalDay.nullish(),
  value: z.union([z.number(), z.string(), z.boolean(), z.null()]),
  reference: z.string().trim().max(500).default(''),
  reason: z.string().trim().max(2000).default(''),
});
export type AddParameterOverrideInput = z.input<typeof ZAddParameterOverrideInput>;

export const ZParameterOverrideRow = z.object({
  id: z.string(),
  parameter: z.string(),
  from: z.string(),
  to: z.string().nullable(),
  value: z.union([z.number(), z.string(), z.boolean(), z.null()]),
  reference: z.string(),
  reason: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
});
export type ParameterOverrideRow = z.infer<typeof ZParameterOverrideRow>;

export const ZParameterOverrideQuery = z.object({
  includeRevoked: z
    .union([z.boolean(), z.enum(['true', 'false'])])
    .optional()
    .transform((v) => v === true || v === 'true'),
});
