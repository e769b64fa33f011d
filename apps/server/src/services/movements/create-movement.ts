import { ZSaveMovementInput, type Movement } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { movements } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { parseInput, ServiceError } from '../../errors';
import { authorize } from '../../policies/scope';
import { newId } from '../../lib/ids';
import { asOfDay, presentMovement, slugify, uniqueSlug } from './common';
import { auditImage } from './audit-image';
import { checkDraft, defaultLaunchLevel, draftColumns, resolveAndAuthorize, writeChildren } from './draft';

/** Lập phong trào (dự thảo): everything may still be incomplete; Điều 17 is checked at launch. */
export async function createMovement(ctx: ServiceContext, input: unknown): Promise<Movement> {
  await authorize(ctx, 'movement.manage');
  const d = parseInput(ZSaveMovementInput, input);
  await checkDraft(ctx, ctx.db, d);
  const cols = draftColumns(d);
  const unitIds = await resolveAndAuthorize(ctx, ctx.db, d, asOfDay(ctx, cols));
  const launchLevel = d.launchLevel ?? (await defaultLaunchLevel(ctx.db, d.launchingUnitId));
  return ctx.db.transaction(async (tx) => {
    const wanted = d.slug ?? slugify(d.name);
    const slug = await uniqueSlug(tx, wanted);
    if (d.slug && slug !== d.slug)
      throw new ServiceError('MOVEMENT_SLUG_TAKEN', undefined, [
        { path: 'slug', message: 'Đường dẫn đã được dùng.' },
      ]);
    const id = newId();
    const [row] = await tx
      .insert(movements)
      .values({ id, slug, ...cols, launchLevel, createdBy: ctx.actor?.accountId ?? null })
      .returning();
    await writeChildren(tx, id, d, unitIds);
    const out = await presentMovement(ctx, tx, row!);
    await emitAudit(tx, ctx, {
      action: 'movement.create',
      entity: 'movement',
      entityId: id,
      after: auditImage(out),
    });
    return out;
  });
}
