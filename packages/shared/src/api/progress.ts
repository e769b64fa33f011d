import { z } from 'zod';
import { ZTargetValue } from './movements';

export const ZSaveProgressInput = z.object({
  periodId: z.string().min(1),
  unitId: z.string().min(1),
  note: z.string().trim().max(4000).nullish(),
  values: z
    .array(z.object({ itemId: z.string(), value: ZTargetValue, note: z.string().trim().max(2000).nullish() }))
    .max(100),
  version: z.number().int().optional(),
});
export type SaveProgressInput = z.input<typeof ZSaveProgressInput>;

export const ZProgressReport = z.object({
  id: z.string().nullable(),
  movementId: z.string(),
  periodId: z.string(),
  periodName: z.string(),
  dueDate: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  submittedOn: z.string().nullable(),
  late: z.boolean(),
  note: z.string().nullable(),
  version: z.number().int(),
  values: z.array(z.object({ itemId: z.string(), value: ZTargetValue, note: z.string().nullable() })),
  evidence: z.array(
    z.object({
      fileId: z.string(),
      itemId: z.string().nullable(),
      filename: z.string(),
      size: z.number().int(),
    }),
  ),
});
export type ProgressReport = z.infer<typeof ZProgressReport>;

export const ZMovementDashboardQuery = z.object({ periodId: z.string().optional() });

/** Progress of a movement for one reporting period: per unit (lagging first) and per content item. */
export const ZMovementDashboard = z.object({
  movementId: z.string(),
  period: z.object({ id: z.string(), name: z.string(), asOf: z.string(), dueDate: z.string() }).nullable(),
  periods: z.array(z.object({ id: z.string(), name: z.string(), dueDate: z.string() })),
  totals: z.object({
    units: z.number().int(),
    reported: z.number().int(),
    late: z.number().int(),
    /** Mean achievement over units and items, 0..100. */
    achievement: z.number(),
  }),
  units: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      /** 0..100: mean over content items of min(1, value / target) (dates and yes/no: 0 or 1). */
      achievement: z.number(),
      itemsAchieved: z.number().int(),
      reported: z.boolean(),
      submittedOn: z.string().nullable(),
      /** Reported after the due date, or not reported and the due date has passed. */
      late: z.boolean(),
    }),
  ),
  items: z.array(
    z.object({
      itemId: z.string(),
      seq: z.number().int(),
      title: z.string(),
      achievement: z.number(),
      unitsReported: z.number().int(),
      unitsAchieved: z.number().int(),
    }),
  ),
});
export type MovementDashboard = z.infer<typeof ZMovementDashboard>;
