import { ZSavePostInput, type Post } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { posts } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { newId } from '../../lib/ids';
import { checkReferences, chooseSlug, presentPost, replaceLinks } from './common';

/** Soạn bài viết mới (bản nháp) cho đơn vị trong phạm vi của người soạn. */
export async function createPost(ctx: ServiceContext, input: unknown): Promise<Post> {
  await authorize(ctx, 'post.manage');
  const data = parseInput(ZSavePostInput, input);
  await authorize(ctx, 'post.manage', [data.unitId]);
  return ctx.db.transaction(async (tx) => {
    await checkReferences(tx, data);
    const id = newId();
    const now = ctx.clock.now();
    const [row] = await tx
      .insert(posts)
      .values({
        id,
        unitId: data.unitId,
        slug: await chooseSlug(tx, data.slug, data.title),
        title: data.title,
        lead: data.lead,
        body: data.body,
        author: data.author,
        categories: data.categories,
        coverFileId: data.coverFileId ?? null,
        status: 'DRAFT',
        createdBy: ctx.actor!.accountId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await replaceLinks(tx, id, data.links);
    const out = await presentPost(tx, row!, now);
    await emitAudit(tx, ctx, { action: 'post.create', entity: 'post', entityId: id, after: out });
    return out;
  });
}
