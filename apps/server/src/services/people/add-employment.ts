import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { ZAddEmploymentInput, ZEndEmploymentInput, type Person } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { employments } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, ServiceError, parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { newId, isUuid } from '../../lib/ids';
import { assertUnitAliveOn } from './create-person';
import { loadPerson, requirePersonRow } from './queries';

/** Thêm quá trình công tác: a new post in a unit of the actor's scope; periods in one unit may not overlap. */
export async function addEmployment(ctx: ServiceContext, personId: string, input: unknown): Promise<Person> {
  const data = parseInput(ZAddEmploymentInput, input);
  await requirePersonRow(ctx.db, personId);
  await authorize(ctx, 'person.manage', [data.unitId]);
  if (data.to && data.to < data.from) throw new ServiceError('INVALID_PERIOD');
  return ctx.db.transaction(async (tx) => {
    await assertUnitAliveOn(tx, data.unitId, data.from);
    const overlap = await tx
      .select({ id: employments.id })
      .from(employments)
      .where(
        and(
          eq(employments.personId, personId),
          eq(employments.unitId, data.unitId),
          or(isNull(employments.dateTo), gte(employments.dateTo, data.from)),
          data.to ? lte(employments.dateFrom, data.to) : undefined,
        ),
      );
    if (overlap.length) {
      throw new ServiceError(
        'INVALID_PERIOD',
        'Thời gian công tác trùng với một giai đoạn đã có tại đơn vị này.',
      );
    }
    const row = {
      id: newId(),
      personId,
      unitId: data.unitId,
      dateFrom: data.from,
      dateTo: data.to ?? null,
      position: data.position,
      isLeader: data.isLeader ?? false,
      isDirectWorker: data.isDirectWorker ?? true,
    };
    await tx.insert(employments).values(row);
    await emitAudit(tx, ctx, {
      action: 'person.add_employment',
      entity: 'person',
      entityId: personId,
      after: row,
    });
    return loadPerson(ctx, tx, await requirePersonRow(tx, personId));
  });
}

/** Kết thúc quá trình công tác on a date (inclusive). */
export async function endEmployment(
  ctx: ServiceContext,
  personId: string,
  employmentId: string,
  input: unknown,
): Promise<Person> {
  const { to } = parseInput(ZEndEmploymentInput, input);
  if (!isUuid(employmentId)) throw new NotFoundError();
  const [emp] = await ctx.db
    .select()
    .from(employments)
    .where(and(eq(employments.id, employmentId), eq(employments.personId, personId)));
  if (!emp) throw new NotFoundError('Không tìm thấy quá trình công tác.');
  await authorize(ctx, 'person.manage', [emp.unitId]);
  if (to < emp.dateFrom) throw new ServiceError('INVALID_PERIOD');
  return ctx.db.transaction(async (tx) => {
    await tx.update(employments).set({ dateTo: to }).where(eq(employments.id, employmentId));
    await emitAudit(tx, ctx, {
      action: 'person.end_employment',
      entity: 'person',
      entityId: personId,
      before: { employmentId, to: emp.dateTo },
      after: { employmentId, to },
    });
    return loadPerson(ctx, tx, await requirePersonRow(tx, personId));
  });
}
