import { z } from 'zod';
import { isLegalDate } from '../dates';

export const ZLegalDate = z
  .string()
  .refine(isLegalDate, { message: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật.' });
export const ZId = z.string().min(1).max(64);
export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export function ZPage<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    /** false when `total` is the planner's estimate (very broad searches): show "khoảng …". */
    totalExact: z.boolean().optional(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
export interface Page<T> {
  items: T[];
  total: number;
  totalExact?: boolean;
  page: number;
  pageSize: number;
}
export const ZApiError = z.object({
  error: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
});
