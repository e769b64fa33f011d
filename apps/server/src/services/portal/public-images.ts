import { and, eq, or, sql } from 'drizzle-orm';
import type { Readable } from 'node:stream';
import type { ServiceContext } from '../../context';
import { files, posts } from '../../db/schema';
import { isUuid } from '../../lib/ids';
import { isPublic } from './public-posts';

/** An uploaded image, served only while a published post shows it (drafts' images stay private). */
export async function publicImage(
  ctx: ServiceContext,
  id: string,
): Promise<{ stream: Readable; contentType: string; size: number; sha256: string } | null> {
  if (!isUuid(id)) return null;
  const [used] = await ctx.read
    .select({ id: posts.id })
    .from(posts)
    .where(
      and(
        isPublic(ctx.clock.now()),
        or(eq(posts.coverFileId, id), sql`${posts.body} @> ${JSON.stringify([{ fileId: id }])}::jsonb`),
      ),
    )
    .limit(1);
  if (!used) return null;
  const [f] = await ctx.read.select().from(files).where(eq(files.id, id));
  if (!f || !f.contentType.startsWith('image/')) return null;
  return {
    stream: ctx.storage.stream(f.storageKey),
    contentType: f.contentType,
    size: f.size,
    sha256: f.sha256,
  };
}

/** The same image for staff editing a post (any uploaded image; the route requires post.manage). */
export async function staffImage(ctx: ServiceContext, id: string) {
  if (!isUuid(id)) return null;
  const [f] = await ctx.read.select().from(files).where(eq(files.id, id));
  if (!f || !f.contentType.startsWith('image/')) return null;
  return { stream: ctx.storage.stream(f.storageKey), contentType: f.contentType };
}
