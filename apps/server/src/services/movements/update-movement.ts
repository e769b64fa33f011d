import { eq } from 'drizzle-orm';
import { ZSaveMovementInput, type Movement } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { movements } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { parseInput, ServiceError } from '../../errors';
import { authorize } from '../../policies/scope';
import { asOfDay, loadMovementRow, movementStatus, presentMovement, uniqueSlug } from './common';
import { auditImage } from './audit-image';
import { checkDraft, defaultLaunchLevel, draftColumns, resolveAndAuthorize, writeChildren } from './draft';

/** Sửa dự thảo phong trào: only while it has not been launched; `version` guards against lost updates. */
export async function updateMovement(ctx: ServiceContext, id: string, input: unknown): Promise<Movement> {
  await authorize(ctx, 'movement.manage');
  const existing = await loadMovementRow(ctx.db, id);
  await authorize(ctx, 'movement.manage', [existing.launchingUnitId]);
  const d = parseInput(ZSaveMovementInput, input);
  if ((await movementStatus(ctx.db, id)) !== 'DRAFT') throw new ServiceError('MOVEMENT_NOT_DRAFT');
  if (d.version !== undefined && d.version !== existing.version) throw new ServiceError('CONFLICT');
  await checkDraft(ctx, ctx.db, d);
  const cols = draftColumns(d);
  const unitIds = await resolveAndAuthorize(ctx, ctx.db, d, asOfDay(ctx, cols));
  const launchLevel = d.launchLevel ?? (await defaultLaunchLevel(ctx.db, d.launchingUnitId));
  return ctx.db.transaction(async (tx) => {
    const before = auditImage(await presentMovement(ctx, tx, existing));
    let slug = existing.slug;
    if (d.slug && d.slug !== existing.slug) {
      slug = await uniqueSlug(tx, d.slug, id);
      if (slug !== d.slug)
        throw new ServiceError('MOVEMENT_SLUG_TAKEN', undefined, [
          { path: 'slug', message: 'Đường dẫn đã được dùng.' },
        ]);
    }
    const [row] = await tx
      .update(movements)
      .set({ ...cols, slug, launchLevel, version: existing.version + 1, updatedAt: ctx.clock.now() })
      .where(eq(movements.id, id))
      .returning();
    await writeChildren(tx, id, d, unitIds);
    const out = await presentMovement(ctx, tx, row!);
    await emitAudit(tx, ctx, {
      action: 'movement.update',
      entity: 'movement',
      entityId: id,
      before,
      after: auditImage(out),
    });
    return out;
  });
}
