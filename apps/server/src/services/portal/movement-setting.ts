import { eq } from 'drizzle-orm';
import { ZMovementPortalSettingInput, type MovementPortalSetting } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { movementPortalSettings } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { invalidatePortal } from '../../portal/cache';
import { loadMovementRow, type MovementRow } from '../movements/common';
import { assertVisible } from '../movements/queries';

type SettingRow = typeof movementPortalSettings.$inferSelect;

function present(m: MovementRow, s: SettingRow | undefined): MovementPortalSetting {
  return {
    movementId: m.id,
    published: s?.published ?? false,
    publishProgress: s?.publishProgress ?? false,
    publicPath: `/phong-trao/${m.slug}`,
    updatedAt: s?.updatedAt.toISOString() ?? null,
  };
}

async function settingOf(db: Executor, movementId: string) {
  const [s] = await db
    .select()
    .from(movementPortalSettings)
    .where(eq(movementPortalSettings.movementId, movementId));
  return s;
}

/** Whether a movement is shown on the portal, and its progress (staff view; anyone who may see the movement). */
export async function getMovementPortalSetting(
  ctx: ServiceContext,
  movementId: string,
): Promise<MovementPortalSetting> {
  await assertVisible(ctx, movementId);
  const m = await loadMovementRow(ctx.read, movementId);
  return present(m, await settingOf(ctx.read, movementId));
}

/**
 * Công bố phong trào trên cổng thông tin (và tiến độ, nếu chọn). Only the officer managing the launching unit;
 * audited. A draft may be marked published: it shows once launched (the public query requires LAUNCH).
 * Progress is never shown without the movement itself.
 */
export async function setMovementPortalSetting(
  ctx: ServiceContext,
  movementId: string,
  input: unknown,
): Promise<MovementPortalSetting> {
  await authorize(ctx, 'movement.manage');
  const m = await loadMovementRow(ctx.db, movementId);
  await authorize(ctx, 'movement.manage', [m.launchingUnitId]);
  const data = parseInput(ZMovementPortalSettingInput, input);
  const published = data.published;
  const publishProgress = data.published && data.publishProgress;
  const out = await ctx.db.transaction(async (tx) => {
    const before = await settingOf(tx, movementId);
    const now = ctx.clock.now();
    const values = { published, publishProgress, updatedBy: ctx.actor?.accountId ?? null, updatedAt: now };
    const [row] = await tx
      .insert(movementPortalSettings)
      .values({ movementId, ...values })
      .onConflictDoUpdate({ target: movementPortalSettings.movementId, set: values })
      .returning();
    await emitAudit(tx, ctx, {
      action: 'movement.portal_setting',
      entity: 'movement',
      entityId: movementId,
      before: { published: before?.published ?? false, publishProgress: before?.publishProgress ?? false },
      after: { published, publishProgress },
    });
    return present(m, row);
  });
  invalidatePortal(ctx.db);
  return out;
}
