import { and, asc, desc, eq, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { AWARD_FORMS, COLLECTIVE_TITLES, COMMUNITY_TITLES, INDIVIDUAL_TITLES } from '@vinhdanh/rules';
import { type PostBlock, type PostCategory } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { awards, employments, movements, persons, postLinks, posts } from '../../db/schema';
import { activeConsentFields } from '../posts/exemplar-consents';
import { namesOf } from '../units/queries';
import { publicMovementPaths } from './public-movements';
import {
  presentPublicBlocks,
  presentPublicSummary,
  type PublicLink,
  type PublicPost,
  type PublicPostSummary,
} from '../../portal/presenters';

/**
 * Published and due (the scheduled-publishing filter: no job flips a flag), and about no person who has not
 * (or no longer) agreed to be shown: a PERSON link, or an AWARD link to a person's award, needs an active consent.
 */
export function isPublic(now: Date): SQL {
  return and(
    eq(posts.status, 'PUBLISHED'),
    lte(posts.publishAt, now),
    sql`NOT EXISTS (
      SELECT 1 FROM post_links pl LEFT JOIN awards a ON pl.kind = 'AWARD' AND a.id = pl.target_id
      WHERE pl.post_id = ${posts.id}
        AND (pl.kind = 'PERSON' OR a.person_id IS NOT NULL)
        AND NOT EXISTS (
          SELECT 1 FROM exemplar_consents c
          WHERE c.person_id = CASE WHEN pl.kind = 'PERSON' THEN pl.target_id ELSE a.person_id END
            AND c.withdrawn_at IS NULL))`,
  )!;
}

async function withUnitNames(ctx: ServiceContext, rows: (typeof posts.$inferSelect)[]) {
  const names = await namesOf(ctx.read, [...new Set(rows.map((r) => r.unitId))], ctx.clock.today());
  return rows.map((r) => presentPublicSummary({ ...r, unitName: names.get(r.unitId) ?? '' }));
}

/** Tin đã đăng, mới nhất trước; lọc theo chuyên mục. */
export async function listPublicPosts(
  ctx: ServiceContext,
  opts: { page?: number; pageSize?: number; category?: PostCategory } = {},
): Promise<{ items: PublicPostSummary[]; total: number; page: number; pageSize: number }> {
  const page = Math.max(1, Math.min(opts.page ?? 1, 10_000));
  const pageSize = opts.pageSize ?? 12;
  const now = ctx.clock.now();
  const cond = and(
    isPublic(now),
    opts.category ? sql`${opts.category} = ANY(${posts.categories})` : undefined,
  );
  const [{ n } = { n: 0 }] = await ctx.read
    .select({ n: sql<number>`count(*)::int` })
    .from(posts)
    .where(cond);
  const rows = await ctx.read
    .select()
    .from(posts)
    .where(cond)
    .orderBy(desc(posts.publishAt), desc(posts.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { items: await withUnitNames(ctx, rows), total: Number(n), page, pageSize };
}

/** Một bài đã đăng theo đường dẫn, hoặc null (bản nháp, hẹn giờ chưa đến, đã gỡ đều là "không có"). */
export async function getPublicPost(ctx: ServiceContext, slug: string): Promise<PublicPost | null> {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  const [row] = await ctx.read
    .select()
    .from(posts)
    .where(and(eq(posts.slug, slug), isPublic(ctx.clock.now())));
  if (!row) return null;
  const [summary] = await withUnitNames(ctx, [row]);
  const links = await ctx.read
    .select({ kind: postLinks.kind, targetId: postLinks.targetId })
    .from(postLinks)
    .where(eq(postLinks.postId, row.id));
  return {
    ...summary!,
    body: presentPublicBlocks(row.body as PostBlock[]),
    links: await publicLinks(ctx, links),
  };
}

/**
 * Links the public may follow: movements (their public page); a person or an award of a person only with
 * the person's recorded consent covering it; awards of collectives always.
 */
async function publicLinks(
  ctx: ServiceContext,
  links: { kind: string; targetId: string }[],
): Promise<PublicLink[]> {
  const out: PublicLink[] = [];
  const ids = (k: string) => links.filter((l) => l.kind === k).map((l) => l.targetId);
  const movementIds = ids('MOVEMENT');
  if (movementIds.length) {
    // Only launched movements the officer published get a link; the others are named without one.
    const paths = await publicMovementPaths(ctx, movementIds);
    const rows = await ctx.read
      .select({ id: movements.id, name: movements.name })
      .from(movements)
      .where(inArray(movements.id, movementIds))
      .orderBy(asc(movements.name));
    for (const r of rows) out.push({ kind: 'MOVEMENT', label: r.name, href: paths.get(r.id) ?? null });
  }
  for (const personId of ids('PERSON')) out.push(...(await exemplarRecord(ctx, personId)));
  const awardIds = ids('AWARD');
  if (awardIds.length) {
    const rows = await ctx.read
      .select({
        code: awards.code,
        no: awards.decisionNumber,
        on: awards.decidedOn,
        name: awards.recipientName,
      })
      .from(awards)
      .where(and(inArray(awards.id, awardIds), isNull(awards.revokedAt)));
    for (const r of rows) {
      out.push({
        kind: 'AWARD',
        label: `${awardName(r.code)} — ${r.name} (Quyết định số ${r.no} ngày ${formatLegal(r.on)})`,
        href: null,
      });
    }
  }
  return out;
}

const AWARD_NAMES = new Map<string, string>(
  [...INDIVIDUAL_TITLES, ...COLLECTIVE_TITLES, ...COMMUNITY_TITLES, ...AWARD_FORMS].map((e) => [
    e.code,
    e.vi,
  ]),
);
export function awardName(code: string): string {
  return AWARD_NAMES.get(code) ?? code;
}

function formatLegal(d: string) {
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}

/**
 * The registry record of an exemplar, limited to the fields the person agreed to (no consent: nothing).
 * Never CCCD, date of birth or contact data, whatever the consent says.
 */
async function exemplarRecord(ctx: ServiceContext, personId: string): Promise<PublicLink[]> {
  const fields = await activeConsentFields(ctx.read, personId);
  if (!fields.size) return [];
  const [p] = await ctx.read.select({ name: persons.fullName }).from(persons).where(eq(persons.id, personId));
  if (!p) return [];
  const who = fields.has('FULL_NAME') ? p.name : 'Cá nhân được nêu gương';
  const out: PublicLink[] = [];
  let parts: string[] = [];
  if (fields.has('UNIT') || fields.has('POSITION')) {
    const [e] = await ctx.read
      .select({ unitId: employments.unitId, position: employments.position })
      .from(employments)
      .where(eq(employments.personId, personId))
      .orderBy(desc(employments.dateFrom))
      .limit(1);
    if (e) {
      const unitName = fields.has('UNIT')
        ? (await namesOf(ctx.read, [e.unitId], ctx.clock.today())).get(e.unitId)
        : undefined;
      parts = [fields.has('POSITION') ? e.position : undefined, unitName].filter((x): x is string => !!x);
    }
  }
  out.push({ kind: 'PERSON', label: parts.length ? `${who} — ${parts.join(', ')}` : who, href: null });
  if (fields.has('AWARDS')) {
    const rows = await ctx.read
      .select({ code: awards.code, no: awards.decisionNumber, on: awards.decidedOn })
      .from(awards)
      .where(and(eq(awards.personId, personId), isNull(awards.revokedAt)))
      .orderBy(desc(awards.decidedOn))
      .limit(20);
    for (const r of rows) {
      out.push({
        kind: 'AWARD',
        label: `${awardName(r.code)} (Quyết định số ${r.no} ngày ${formatLegal(r.on)})`,
        href: null,
      });
    }
  }
  return out;
}

/** Everything the sitemap and the feed list: published posts (most recent first). */
export async function publicPostsForFeeds(ctx: ServiceContext, limit: number) {
  return listPublicPosts(ctx, { page: 1, pageSize: limit });
}
