import { z } from 'zod';
import { CLUSTER_KINDS, LINEAGE_EVENT_KINDS, UNIT_KINDS } from '../enums';
import { ZLegalDate } from './common';

export const ZUnit = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(UNIT_KINDS),
  parentId: z.string().nullable(),
  hasLegalPersonality: z.boolean(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  field: z.string().nullable(),
  address: z.string().nullable(),
});
export type Unit = z.infer<typeof ZUnit>;

/** A node of the tree as of a date: the unit with the name and parent in force that day. */
export const ZUnitTreeQuery = z.object({ asOf: ZLegalDate.optional() });
export const ZUnitTree = z.object({ asOf: z.string(), units: z.array(ZUnit) });
export type UnitTree = z.infer<typeof ZUnitTree>;

export const ZUnitVersion = z.object({
  id: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
});
export type UnitVersion = z.infer<typeof ZUnitVersion>;

export const ZLineageEvent = z.object({
  id: z.string(),
  kind: z.enum(LINEAGE_EVENT_KINDS),
  eventDate: z.string(),
  legalBasis: z.string(),
  note: z.string().nullable(),
  from: z.array(z.object({ id: z.string(), name: z.string() })),
  to: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type LineageEvent = z.infer<typeof ZLineageEvent>;

export const ZUnitDetail = ZUnit.extend({
  versions: z.array(ZUnitVersion),
  events: z.array(ZLineageEvent),
  /** Units this one came from, transitively (merged or split into it). */
  predecessors: z.array(z.object({ id: z.string(), name: z.string(), validTo: z.string().nullable() })),
  successors: z.array(z.object({ id: z.string(), name: z.string(), validFrom: z.string() })),
});
export type UnitDetail = z.infer<typeof ZUnitDetail>;

export const ZUnitSearchQuery = z.object({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(UNIT_KINDS).optional(),
  asOf: ZLegalDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  sort: z.enum(['name', '-name', 'validFrom', '-validFrom']).default('name'),
});
export type UnitSearchQuery = z.infer<typeof ZUnitSearchQuery>;

export const ZCreateUnitInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9_.-]{2,40}$/, 'Mã đơn vị gồm 2–40 ký tự A-Z, 0-9, _ . -'),
  name: z.string().trim().min(2, 'Nhập tên đơn vị.').max(300),
  shortName: z.string().trim().max(100).nullish(),
  kind: z.enum(UNIT_KINDS),
  parentId: z.string().nullable(),
  hasLegalPersonality: z.boolean(),
  validFrom: ZLegalDate,
  field: z.string().max(100).nullish(),
  address: z.string().max(300).nullish(),
});
export type CreateUnitInput = z.infer<typeof ZCreateUnitInput>;

export const ZUpdateUnitInput = z.object({
  hasLegalPersonality: z.boolean().optional(),
  field: z.string().max(100).nullish(),
  address: z.string().max(300).nullish(),
  shortName: z.string().trim().max(100).nullish(),
});
export type UpdateUnitInput = z.infer<typeof ZUpdateUnitInput>;

/**
 * A lineage event. RENAME: one unit, newName. TRANSFER: units move under newParentId.
 * MERGE: several units end the day before and are absorbed into `toUnitIds` (an existing unit, or a new one
 * described by `newUnit`). SPLIT: one unit ends, several new ones begin. DISSOLVE: units end.
 */
export const ZRecordLineageEventInput = z.object({
  kind: z.enum(LINEAGE_EVENT_KINDS),
  eventDate: ZLegalDate,
  legalBasis: z.string().trim().min(5, 'Nhập căn cứ pháp lý (số, ngày văn bản).').max(500),
  note: z.string().max(2000).nullish(),
  fromUnitIds: z.array(z.string()).default([]),
  toUnitIds: z.array(z.string()).default([]),
  newName: z.string().trim().min(2).max(300).optional(),
  newParentId: z.string().nullable().optional(),
  newUnits: z.array(ZCreateUnitInput.omit({ validFrom: true })).default([]),
});
export type RecordLineageEventInput = z.input<typeof ZRecordLineageEventInput>;

export const ZCluster = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(CLUSTER_KINDS),
  year: z.number().int(),
  organiserId: z.string(),
  organiserName: z.string(),
  headUnitId: z.string().nullable(),
  members: z.array(
    z.object({ unitId: z.string(), name: z.string(), role: z.enum(['HEAD', 'DEPUTY', 'MEMBER']) }),
  ),
});
export type Cluster = z.infer<typeof ZCluster>;

export const ZSaveClusterInput = z.object({
  name: z.string().trim().min(2).max(300),
  kind: z.enum(CLUSTER_KINDS),
  year: z.number().int().min(1945).max(2100),
  organiserId: z.string(),
  members: z
    .array(z.object({ unitId: z.string(), role: z.enum(['HEAD', 'DEPUTY', 'MEMBER']) }))
    .min(2, 'Cụm/khối cần ít nhất 2 đơn vị thành viên.'),
});
export type SaveClusterInput = z.infer<typeof ZSaveClusterInput>;
