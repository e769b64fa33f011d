import { eq } from 'drizzle-orm';
import { ZUpdateUnitInput, type Unit } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { units, unitVersions } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { presentUnit, versionOn } from './queries';
import { isUuid } from '../../lib/ids';

/**
 * Sửa thông tin đơn vị: legal personality, field, address, and the short name of the version in force today.
 * Full names change only by RENAME events.
 */
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
    // The short name belongs to the version in force today (the full name changes only by a RENAME event).
    let v = (await versionOn(tx, id, ctx.clock.today()))!;
    const shortNameBefore = v.shortName;
    if (data.shortName !== undefined && data.shortName !== v.shortName) {
      [v] = await tx
        .update(unitVersions)
        .set({ shortName: data.shortName ?? null })
        .where(eq(unitVersions.id, v.id))
        .returning();
    }
    await emitAudit(tx, ctx, {
      action: 'unit.update',
      entity: 'unit',
      entityId: id,
      before: {
        hasLegalPersonality: before.hasLegalPersonality,
        field: before.field,
        address: before.address,
        shortName: shortNameBefore,
      },
      after: {
        hasLegalPersonality: after!.hasLegalPersonality,
        field: after!.field,
        address: after!.address,
        shortName: v!.shortName,
      },
    });
    return presentUnit(after!, v!);
  });
}
