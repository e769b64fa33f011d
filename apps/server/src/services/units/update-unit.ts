import { eq } from 'drizzle-orm';
import { ZUpdateUnitInput, type Unit } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { units } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { presentUnit, versionOn } from './queries';
import { isUuid } from '../../lib/ids';

/** Sửa thông tin đơn vị that is not dated (legal personality, field, address). Names change by RENAME events. */
export async function updateUnit(ctx: ServiceContext, id: string, input: unknown): Promise<Unit> {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy đơn vị.');
  await authorize(ctx, 'unit.manage', [id]);
  const data = parseInput(ZUpdateUnitInput, input);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(units).where(eq(units.id, id)).for('update');
    if (!before) throw new NotFoundError('Không tìm thấy đơn vị.');
    const [after] = await tx
      .update(units)
      .set({
        ...(data.hasLegalPersonality !== undefined ? { hasLegalPersonality: data.hasLegalPersonality } : {}),
        ...(data.field !== undefined ? { field: data.field } : {}),
        ...(data.address !== undefined ? { address: data.address } : {}),
        updatedAt: ctx.clock.now(),
      })
      .where(eq(units.id, id))
      .returning();
    const v = (await versionOn(tx, id, ctx.clock.today()))!;
    await emitAudit(tx, ctx, {
      action: 'unit.update',
      entity: 'unit',
      entityId: id,
      before: {
        hasLegalPersonality: before.hasLegalPersonality,
        field: before.field,
        address: before.address,
      },
      after: {
        hasLegalPersonality: after!.hasLegalPersonality,
        field: after!.field,
        address: after!.address,
      },
    });
    return presentUnit(after!, v);
  });
}
