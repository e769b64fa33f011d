import { eq } from 'drizzle-orm';
import { ZCloseMovementInput, type Movement } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { movements } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { parseInput, ServiceError } from '../../errors';
import { authorize } from '../../policies/scope';
import { addStep, loadMovementRow, movementStatus, presentMovement } from './common';

/** Kết thúc phong trào with its tổng kết summary. Only a launched movement can be closed, once. */
export async function closeMovement(ctx: ServiceContext, id: string, input: unknown): Promise<Movement> {
  await authorize(ctx, 'movement.manage');
  const m = await loadMovementRow(ctx.db, id);
  await authorize(ctx, 'movement.manage', [m.launchingUnitId]);
  const data = parseInput(ZCloseMovementInput, input);
  const status = await movementStatus(ctx.db, id);
  if (status === 'DRAFT') throw new ServiceError('MOVEMENT_NOT_ACTIVE');
  if (status === 'CLOSED') throw new ServiceError('MOVEMENT_ALREADY_CLOSED');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(movements)
      .set({ summary: data.summary, version: m.version + 1, updatedAt: ctx.clock.now() })
      .where(eq(movements.id, id))
      .returning();
    await addStep(tx, ctx, id, 'CLOSE', ctx.clock.today());
    const out = await presentMovement(ctx, tx, row!);
    await emitAudit(tx, ctx, {
      action: 'movement.close',
      entity: 'movement',
      entityId: id,
      before: { status },
      after: { status: out.status, summary: data.summary },
    });
    return out;
  });
}
