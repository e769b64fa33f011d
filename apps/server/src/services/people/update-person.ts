import { and, eq } from 'drizzle-orm';
import { ZUpdatePersonInput, type Person } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { persons } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ServiceError, parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { nameSortKey, tidyName } from '../../lib/names';
import { assertUniqueIdentity, auditView } from './create-person';
import { loadPerson, personUnitIds, requirePersonRow } from './queries';

/** Sửa thông tin cán bộ, with optimistic locking on `version` (CONFLICT when someone saved first). */
export async function updatePerson(ctx: ServiceContext, id: string, input: unknown): Promise<Person> {
  const data = parseInput(ZUpdatePersonInput, input);
  await requirePersonRow(ctx.db, id);
  await authorize(ctx, 'person.manage', []);
  const unitIds = await personUnitIds(ctx.db, id);
  await authorizeAny(ctx, unitIds);
  return ctx.db.transaction(async (tx) => {
    const before = await requirePersonRow(tx, id);
    if (before.version !== data.version) throw new ServiceError('CONFLICT');
    await assertUniqueIdentity(tx, data, id);
    const fullName = data.fullName ? tidyName(data.fullName) : undefined;
    const [after] = await tx
      .update(persons)
      .set({
        ...(fullName ? { fullName, nameSort: nameSortKey(fullName) } : {}),
        ...(data.sex ? { sex: data.sex } : {}),
        ...(data.dateOfBirth !== undefined ? { dateOfBirth: data.dateOfBirth } : {}),
        ...(data.ethnicity ? { ethnicity: data.ethnicity } : {}),
        ...(data.nationalId !== undefined ? { nationalId: data.nationalId } : {}),
        ...(data.staffCode !== undefined ? { staffCode: data.staffCode } : {}),
        ...(data.status ? { status: data.status } : {}),
        ...(data.email !== undefined ? { email: data.email } : {}),
        ...(data.phone !== undefined ? { phone: data.phone } : {}),
        version: before.version + 1,
        updatedAt: ctx.clock.now(),
      })
      .where(and(eq(persons.id, id), eq(persons.version, data.version)))
      .returning();
    if (!after) throw new ServiceError('CONFLICT');
    await emitAudit(tx, ctx, {
      action: 'person.update',
      entity: 'person',
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
    return loadPerson(ctx, tx, after);
  });
}

/** person.manage on at least one unit of the person's history. */
export async function authorizeAny(ctx: ServiceContext, unitIds: string[]) {
  let lastError: unknown = new ServiceError('OUT_OF_SCOPE');
  for (const u of unitIds) {
    try {
      await authorize(ctx, 'person.manage', [u]);
      return;
    } catch (e) {
      lastError = e;
    }
  }
  if (unitIds.length === 0) {
    await authorize(ctx, 'person.manage', []);
    return;
  }
  throw lastError;
}
