import { and, desc, sql, type SQL } from 'drizzle-orm';
import { foldVietnamese } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { posts } from '../../db/schema';
import { isPublic } from './public-posts';
import { searchProviders } from './providers';
import type { SearchHit } from '../../portal/presenters';

/** Words of a query, folded (no diacritics), LIKE-escaped; at most 8 words of 2+ characters. */
export function searchWords(q: string): string[] {
  return foldVietnamese(q)
    .split(' ')
    .filter((w) => w.length >= 2)
    .slice(0, 8)
    .map((w) => w.replace(/[\\%_]/g, (c) => `\\${c}`));
}

/** Every word must occur in `expr` (folded with vd_norm). */
export function allWords(expr: SQL, words: string[]): SQL {
  return and(...words.map((w) => sql`vd_norm(${expr}) LIKE ${`%${w}%`}`))!;
}

/**
 * Tìm kiếm trên cổng, không phân biệt dấu: bài viết đã đăng, rồi nội dung công khai của các phân hệ khác
 * (phong trào, quyết định đã công bố, …) qua các nhà cung cấp đã đăng ký.
 */
export async function searchPortal(ctx: ServiceContext, q: string): Promise<SearchHit[]> {
  const words = searchWords(q.slice(0, 200));
  if (!words.length) return [];
  const rows = await ctx.read
    .select({ slug: posts.slug, title: posts.title, lead: posts.lead, publishAt: posts.publishAt })
    .from(posts)
    .where(and(isPublic(ctx.clock.now()), allWords(sql`${posts.title} || ' ' || ${posts.lead}`, words)))
    .orderBy(desc(posts.publishAt))
    .limit(30);
  const hits: SearchHit[] = rows.map((r) => ({
    kind: 'Tin tức',
    href: `/tin-tuc/${r.slug}`,
    title: r.title,
    excerpt: r.lead,
    date: r.publishAt,
  }));
  for (const provider of searchProviders) hits.push(...(await provider(ctx, words)));
  return hits;
}
