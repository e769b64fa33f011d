import { and, desc, eq, gt, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { ZPostListQuery, foldVietnamese, type Page, type Post, type PostSummary } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { posts } from '../../db/schema';
import { parseInput } from '../../errors';
import { authorize, scopeFor } from '../../policies/scope';
import { loadPost, presentPost, presentSummary } from './common';

/** Bài viết của các đơn vị trong phạm vi, mới nhất trước; lọc theo trạng thái, chuyên mục, từ khóa không dấu. */
export async function listPosts(ctx: ServiceContext, input: unknown): Promise<Page<PostSummary>> {
  await authorize(ctx, 'post.manage');
  const q = parseInput(ZPostListQuery, input);
  const scope = await scopeFor(ctx, 'post.manage');
  const now = ctx.clock.now();
  const where: (SQL | undefined)[] = [scope === 'ALL' ? undefined : inArray(posts.unitId, [...scope])];
  if (q.q)
    where.push(sql`vd_norm(${posts.title} || ' ' || ${posts.lead}) LIKE ${`%${foldVietnamese(q.q)}%`}`);
  if (q.category) where.push(sql`${q.category} = ANY(${posts.categories})`);
  if (q.status === 'DRAFT' || q.status === 'WITHDRAWN') where.push(eq(posts.status, q.status));
  if (q.status === 'SCHEDULED') where.push(and(eq(posts.status, 'PUBLISHED'), gt(posts.publishAt, now)));
  if (q.status === 'PUBLISHED') where.push(and(eq(posts.status, 'PUBLISHED'), lte(posts.publishAt, now)));
  const cond = and(...where);
  const [{ n } = { n: 0 }] = await ctx.read
    .select({ n: sql<number>`count(*)::int` })
    .from(posts)
    .where(cond);
  const rows = await ctx.read
    .select()
    .from(posts)
    .where(cond)
    .orderBy(desc(sql`coalesce(${posts.publishAt}, ${posts.updatedAt})`), desc(posts.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    items: await presentSummary(ctx.read, rows, now),
    total: Number(n),
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Một bài viết để sửa (trong phạm vi). */
export async function getPost(ctx: ServiceContext, id: string): Promise<Post> {
  await authorize(ctx, 'post.manage');
  const row = await loadPost(ctx.read, id);
  await authorize(ctx, 'post.manage', [row.unitId]);
  return presentPost(ctx.read, row, ctx.clock.now());
}
