import { eq } from 'drizzle-orm';
import { ZSavePostInput, type Post } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { posts } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import {
  afterPublicChange,
  checkReferences,
  checkVersion,
  chooseSlug,
  loadPost,
  presentPost,
  replaceLinks,
} from './common';

/** Sửa bài viết (kể cả bài đã đăng: the public page changes at once). Both the old and new unit must be in scope. */
export async function updatePost(ctx: ServiceContext, id: string, input: unknown): Promise<Post> {
  await authorize(ctx, 'post.manage');
  const data = parseInput(ZSavePostInput, input);
  const existing = await loadPost(ctx.db, id);
  await authorize(ctx, 'post.manage', [existing.unitId, data.unitId]);
  checkVersion(existing, data.version);
  const out = await ctx.db.transaction(async (tx) => {
    await checkReferences(tx, data);
    const now = ctx.clock.now();
    const before = await presentPost(tx, existing, now);
    const [row] = await tx
      .update(posts)
      .set({
        unitId: data.unitId,
        slug: await chooseSlug(tx, data.slug ?? existing.slug, data.title, id),
        title: data.title,
        lead: data.lead,
        body: data.body,
        author: data.author,
        categories: data.categories,
        coverFileId: data.coverFileId ?? null,
        version: existing.version + 1,
        updatedAt: now,
      })
      .where(eq(posts.id, id))
      .returning();
    await replaceLinks(tx, id, data.links);
    const after = await presentPost(tx, row!, now);
    await emitAudit(tx, ctx, { action: 'post.update', entity: 'post', entityId: id, before, after });
    return after;
  });
  afterPublicChange(ctx);
  return out;
}
