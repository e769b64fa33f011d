import { eq } from 'drizzle-orm';
import { ZPublishPostInput, ZWithdrawPostInput, type Post } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { posts } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import {
  afterPublicChange,
  checkVersion,
  derivedStatus,
  loadPost,
  presentPost,
  requireConsents,
} from './common';

/**
 * Đăng bài (ngay hoặc hẹn giờ): a publish time in the future schedules the post; the portal shows it from
 * that instant on (the public queries filter on publish_at, so no job has to fire).
 */
export async function publishPost(ctx: ServiceContext, id: string, input: unknown): Promise<Post> {
  await authorize(ctx, 'post.manage');
  const data = parseInput(ZPublishPostInput, input);
  const existing = await loadPost(ctx.db, id);
  await authorize(ctx, 'post.manage', [existing.unitId]);
  checkVersion(existing, data.version);
  await requireConsents(ctx.db, id);
  const now = ctx.clock.now();
  const publishAt = data.publishAt ? new Date(data.publishAt) : now;
  const out = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(posts)
      .set({ status: 'PUBLISHED', publishAt, version: existing.version + 1, updatedAt: now })
      .where(eq(posts.id, id))
      .returning();
    const after = await presentPost(tx, row!, now);
    await emitAudit(tx, ctx, {
      action: 'post.publish',
      entity: 'post',
      entityId: id,
      before: { status: derivedStatus(existing, now), publishAt: existing.publishAt?.toISOString() ?? null },
      after: { status: after.status, publishAt: after.publishAt },
    });
    return after;
  });
  afterPublicChange(ctx);
  return out;
}

/** Gỡ bài khỏi cổng (hoặc hủy hẹn giờ). The post is kept and can be published again. */
export async function withdrawPost(ctx: ServiceContext, id: string, input: unknown): Promise<Post> {
  await authorize(ctx, 'post.manage');
  const data = parseInput(ZWithdrawPostInput, input);
  const existing = await loadPost(ctx.db, id);
  await authorize(ctx, 'post.manage', [existing.unitId]);
  checkVersion(existing, data.version);
  const now = ctx.clock.now();
  const out = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(posts)
      .set({ status: 'WITHDRAWN', version: existing.version + 1, updatedAt: now })
      .where(eq(posts.id, id))
      .returning();
    const after = await presentPost(tx, row!, now);
    await emitAudit(tx, ctx, {
      action: 'post.withdraw',
      entity: 'post',
      entityId: id,
      before: { status: derivedStatus(existing, now) },
      after: { status: after.status },
    });
    return after;
  });
  afterPublicChange(ctx);
  return out;
}
