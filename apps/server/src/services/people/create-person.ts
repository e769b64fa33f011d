import { eq, or } from 'drizzle-orm';
import { ZCreatePersonInput, type Person } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { employments, persons, units } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ForbiddenError, ServiceError, parseInput } from '../../errors';
import { authorize, hasPermission, scopeFor } from '../../policies/scope';
import { newId } from '../../lib/ids';
import { maskNationalId, nameSortKey, tidyName } from '../../lib/names';
import { coversDay } from '../units/queries';
import { and } from 'drizzle-orm';
import { loadPerson } from './queries';

/** Refuses a CCCD or staff code already used by another person. */
export async function assertUniqueIdentity(
  db: Executor,
  ids: { nationalId?: string | null; staffCode?: string | null },
  exceptPersonId?: string,
) {
  const conds = [];
  if (ids.nationalId) conds.push(eq(persons.nationalId, ids.nationalId));
  if (ids.staffCode) conds.push(eq(persons.staffCode, ids.staffCode));
  if (conds.length === 0) return;
  const rows = await db
    .select({ id: persons.id, nationalId: persons.nationalId, staffCode: persons.staffCode })
    .from(persons)
    .where(or(...conds));
  for (const r of rows) {
    if (r.id === exceptPersonId) continue;
    if (ids.nationalId && r.nationalId === ids.nationalId) throw new ServiceError('DUPLICATE_NATIONAL_ID');
    if (ids.staffCode && r.staffCode === ids.staffCode) throw new ServiceError('DUPLICATE_STAFF_CODE');
  }
}

/** An employment must fall within the unit's life. */
export async function assertUnitAliveOn(db: Executor, unitId: string, from: string) {
  const [u] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.id, unitId), coversDay(units.validFrom, units.validTo, from)));
  if (!u)
    throw new ServiceError('UNIT_NOT_VALID_ON_DATE', 'Đơn vị không có hiệu lực vào ngày bắt đầu công tác.');
}

/** Personal data in audit rows is reduced to what identifies the change (CCCD masked). */
export function auditView(p: typeof persons.$inferSelect) {
  return {
    fullName: p.fullName,
    sex: p.sex,
    dateOfBirth: p.dateOfBirth,
    ethnicity: p.ethnicity,
    nationalId: maskNationalId(p.nationalId),
    staffCode: p.staffCode,
    status: p.status,
    email: p.email,
    phone: p.phone,
    version: p.version,
  };
}

/** Thêm cán bộ, with a first employment in a unit of the actor's scope. */
export async function createPerson(ctx: ServiceContext, input: unknown): Promise<Person> {
  if (!hasPermission(ctx, 'person.manage')) throw new ForbiddenError();
  const data = parseInput(ZCreatePersonInput, input);
  if (data.employment) await authorize(ctx, 'person.manage', [data.employment.unitId]);
  else if ((await scopeFor(ctx, 'person.manage')) !== 'ALL') {
    throw new ServiceError('VALIDATION_FAILED', 'Chọn đơn vị công tác của cán bộ.', [
      { path: 'employment.unitId', message: 'Chọn đơn vị công tác.' },
    ]);
  }
  if (data.employment?.to && data.employment.to < data.employment.from)
    throw new ServiceError('INVALID_PERIOD');
  return ctx.db.transaction(async (tx) => {
    await assertUniqueIdentity(tx, data);
    const id = newId();
    const fullName = tidyName(data.fullName);
    const [row] = await tx
      .insert(persons)
      .values({
        id,
        fullName,
        nameSort: nameSortKey(fullName),
        sex: data.sex,
        dateOfBirth: data.dateOfBirth ?? null,
        ethnicity: data.ethnicity,
        nationalId: data.nationalId ?? null,
        staffCode: data.staffCode ?? null,
        status: data.status,
        email: data.email ?? null,
        phone: data.phone ?? null,
      })
      .returning();
    if (data.employment) {
      await assertUnitAliveOn(tx, data.employment.unitId, data.employment.from);
      await tx.insert(employments).values({
        id: newId(),
        personId: id,
        unitId: data.employment.unitId,
        dateFrom: data.employment.from,
        dateTo: data.employment.to ?? null,
        position: data.employment.position,
        isLeader: data.employment.isLeader ?? false,
        isDirectWorker: data.employment.isDirectWorker ?? true,
      });
    }
    await emitAudit(tx, ctx, {
      action: 'person.create',
      entity: 'person',
      entityId: id,
      after: { ...auditView(row!), employment: data.employment ?? null },
    });
    return loadPerson(ctx, tx, row!);
  });
}
