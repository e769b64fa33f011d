import { z } from 'zod';
import { PERSON_STATUSES, SEXES } from '../enums';
import { ZLegalDate } from './common';

export const ZNationalId = z.string().regex(/^\d{12}$/, 'Số CCCD gồm đúng 12 chữ số.');

export const ZEmployment = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  from: z.string(),
  to: z.string().nullable(),
  position: z.string(),
  isLeader: z.boolean(),
  isDirectWorker: z.boolean(),
});
export type Employment = z.infer<typeof ZEmployment>;

export const ZPersonSummary = z.object({
  id: z.string(),
  fullName: z.string(),
  sex: z.enum(SEXES),
  dateOfBirth: z.string().nullable(),
  ethnicity: z.string(),
  staffCode: z.string().nullable(),
  /** Masked unless the viewer's role needs it: "********1234". */
  nationalId: z.string().nullable(),
  status: z.enum(PERSON_STATUSES),
  currentUnitId: z.string().nullable(),
  currentUnitName: z.string().nullable(),
  currentPosition: z.string().nullable(),
});
export type PersonSummary = z.infer<typeof ZPersonSummary>;

export const ZPerson = ZPersonSummary.extend({
  email: z.string().nullable(),
  phone: z.string().nullable(),
  version: z.number().int(),
  employments: z.array(ZEmployment),
});
export type Person = z.infer<typeof ZPerson>;

export const ZPeopleQuery = z.object({
  q: z.string().trim().max(200).optional(),
  unitId: z.string().optional(),
  includeSubunits: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(true),
  sex: z.enum(SEXES).optional(),
  status: z.enum(PERSON_STATUSES).optional(),
  ethnicity: z.string().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  sort: z.enum(['name', '-name', 'dateOfBirth', '-dateOfBirth']).default('name'),
});
export type PeopleQuery = z.infer<typeof ZPeopleQuery>;

const personFields = {
  fullName: z.string().trim().min(2, 'Nhập họ và tên.').max(200),
  sex: z.enum(SEXES),
  dateOfBirth: ZLegalDate.nullish(),
  ethnicity: z.string().trim().min(1).max(50).default('Kinh'),
  nationalId: ZNationalId.nullish(),
  staffCode: z.string().trim().max(50).nullish(),
  status: z.enum(PERSON_STATUSES).default('DANG_CONG_TAC'),
  email: z.email('Email không hợp lệ.').nullish(),
  phone: z.string().trim().max(30).nullish(),
};

export const ZAddEmploymentInput = z.object({
  unitId: z.string(),
  from: ZLegalDate,
  to: ZLegalDate.nullish(),
  position: z.string().trim().min(1, 'Nhập chức vụ/vị trí.').max(200),
  isLeader: z.boolean().default(false),
  isDirectWorker: z.boolean().default(true),
});
export type AddEmploymentInput = z.input<typeof ZAddEmploymentInput>;

export const ZCreatePersonInput = z.object({ ...personFields, employment: ZAddEmploymentInput.optional() });
export type CreatePersonInput = z.input<typeof ZCreatePersonInput>;

export const ZUpdatePersonInput = z.object({
  version: z.number().int(),
  fullName: personFields.fullName.optional(),
  sex: personFields.sex.optional(),
  dateOfBirth: personFields.dateOfBirth,
  ethnicity: z.string().trim().min(1).max(50).optional(),
  nationalId: personFields.nationalId,
  staffCode: personFields.staffCode,
  status: z.enum(PERSON_STATUSES).optional(),
  email: personFields.email,
  phone: personFields.phone,
});
export type UpdatePersonInput = z.input<typeof ZUpdatePersonInput>;

export const ZEndEmploymentInput = z.object({ to: ZLegalDate });
