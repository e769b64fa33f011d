import { and, eq } from 'drizzle-orm';
import {
  DISTRICT_LEVEL_ABOLISHED_ON,
  ZCreateUnitInput,
  type CreateUnitInput,
  type Unit,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Tx } from '../../db/client';
import { units, unitVersions } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ServiceError, parseInput } from '../../errors';
import { authorize, hasPermission, scopeFor } from '../../policies/scope';
import { newId } from '../../lib/ids';
import { ForbiddenError } from '../../errors';
import { coversDay, presentUnit } from './queries';

/** Checks shared by creating a unit and by lineage events that create units. */
export async function assertCanStartUnit(
  tx: Tx,
  input: Omit<CreateUnitInput, 'validFrom'>,
  validFrom: string,
) {
  if (input.kind === 'HUYEN' && validFrom >= DISTRICT_LEVEL_ABOLISHED_ON) {
    throw new ServiceError('DISTRICT_LEVEL_ABOLISHED');
  }
  const [dup] = await tx.select({ id: units.id }).from(units).where(eq(units.code, input.code));
  if (dup) throw new ServiceError('DUPLICATE_CODE', `Mã đơn vị "${input.code}" đã tồn tại.`);
  if (input.parentId) {
    const [p] = await tx
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.id, input.parentId), coversDay(units.validFrom, units.validTo, validFrom)));
    if (!p)
      throw new ServiceError(
        'UNIT_NOT_VALID_ON_DATE',
        'Đơn vị cấp trên không còn hiệu lực vào ngày bắt đầu.',
      );
  }
}

export async function insertUnit(
  tx: Tx,
  input: Omit<CreateUnitInput, 'validFrom'>,
  validFrom: string,
): Promise<Unit> {
  await assertCanStartUnit(tx, input, validFrom);
  const id = newId();
  const [u] = await tx
    .insert(units)
    .values({
      id,
      code: input.code,
      kind: input.kind,
      hasLegalPersonality: input.hasLegalPersonality,
      validFrom,
      field: input.field ?? null,
      address: input.address ?? null,
    })
    .returning();
  const [v] = await tx
    .insert(unitVersions)
    .values({
      id: newId(),
      unitId: id,
      validFrom,
      name: input.name,
      shortName: input.shortName ?? null,
      parentId: input.parentId,
    })
    .returning();
  return presentUnit(u!, v!);
}

/** Thêm đơn vị: under a parent in the actor's scope (a root unit needs a scope over the whole tree). */
export async function createUnit(ctx: ServiceContext, input: unknown): Promise<Unit> {
  if (!hasPermission(ctx, 'unit.manage')) throw new ForbiddenError();
  const data = parseInput(ZCreateUnitInput, input);
  if (data.parentId) await authorize(ctx, 'unit.manage', [data.parentId]);
  else if ((await scopeFor(ctx, 'unit.manage')) !== 'ALL')
    throw new ForbiddenError(undefined, 'OUT_OF_SCOPE');
  return ctx.db.transaction(async (tx) => {
    const unit = await insertUnit(tx, data, data.validFrom);
    await emitAudit(tx, ctx, { action: 'unit.create', entity: 'unit', entityId: unit.id, after: unit });
    return unit;
  });
}
