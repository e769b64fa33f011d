import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  formatLegalDate,
  MOVEMENT_KIND_LABELS,
  MOVEMENT_STATUS_LABELS,
  type MovementKind,
  type MovementStatus,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { queryRows } from '../../db/client';
import { movements, postLinks, posts } from '../../db/schema';
import { STATUS_SQL, presentMovement } from '../movements/common';
import { dashboardOf } from '../progress/dashboard';
import { namesOf } from '../units/queries';
import { isPublic } from './public-posts';
import {
  presentPublicMovement,
  type HomeTeaser,
  type PublicMovement,
  type PublicMovementSummary,
  type SearchHit,
} from '../../portal/presenters';
import { allWords } from './search';

/**
 * Movements on the portal: launched (a LAUNCH step; drafts never) and published by the officer
 * (`movement_portal_settings.published`). `m` is the movements alias.
 */
const PUBLIC_SQL = sql`EXISTS (SELECT 1 FROM movement_steps s WHERE s.movement_id = m.id AND s.kind = 'LAUNCH')
  AND EXISTS (SELECT 1 FROM movement_portal_settings ps WHERE ps.movement_id = m.id AND ps.published)`;

interface ListRow {
  id: string;
  slug: string;
  name: string;
  kind: string;
  launching_unit_id: string;
  launch_date: string | null;
  start_date: string | null;
  end_date: string | null;
  status: string;
}

/** Running = launched and not closed, and its period not over. */
function running(r: Pick<ListRow, 'status' | 'end_date'>, today: string) {
  return r.status !== 'CLOSED' && (!r.end_date || r.end_date >= today);
}

/** Phong trào đã công bố: đang diễn ra trước, rồi mới phát động trước. */
export async function listPublicMovements(
  ctx: ServiceContext,
  opts: { open?: boolean; limit?: number } = {},
): Promise<PublicMovementSummary[]> {
  const today = ctx.clock.today();
  const rows = await queryRows<ListRow>(
    ctx.read,
    sql`SELECT m.id::text AS id, m.slug, m.name, m.kind, m.launching_unit_id::text AS launching_unit_id,
               m.launch_date::text AS launch_date, m.start_date::text AS start_date, m.end_date::text AS end_date,
               ${STATUS_SQL} AS status
          FROM movements m
         WHERE ${PUBLIC_SQL}
         ORDER BY m.launch_date DESC NULLS LAST, m.name
         LIMIT 5000`,
  );
  const names = await namesOf(
    ctx.read,
    rows.map((r) => r.launching_unit_id),
    today,
  );
  const list = rows
    .map((r) => ({
      slug: r.slug,
      name: r.name,
      kindLabel: MOVEMENT_KIND_LABELS[r.kind as MovementKind] ?? r.kind,
      launchingUnitName: names.get(r.launching_unit_id) ?? '',
      launchDate: r.launch_date,
      startDate: r.start_date,
      endDate: r.end_date,
      statusLabel: MOVEMENT_STATUS_LABELS[r.status as MovementStatus] ?? r.status,
      running: running(r, today),
    }))
    .filter((m) => !opts.open || m.running);
  list.sort((a, b) => Number(b.running) - Number(a.running));
  return list.slice(0, opts.limit ?? 5000);
}

/** One published movement by its slug, or null (drafts, unpublished and unknown movements alike). */
export async function getPublicMovement(ctx: ServiceContext, slug: string): Promise<PublicMovement | null> {
  if (!/^[a-z0-9-]{1,160}$/.test(slug)) return null;
  const [hit] = await queryRows<{ id: string; publish_progress: boolean }>(
    ctx.read,
    sql`SELECT m.id::text AS id, ps.publish_progress FROM movements m
          JOIN movement_portal_settings ps ON ps.movement_id = m.id
         WHERE m.slug = ${slug} AND ${PUBLIC_SQL}`,
  );
  if (!hit) return null;
  const [row] = await ctx.read.select().from(movements).where(eq(movements.id, hit.id));
  const m = await presentMovement(ctx, ctx.read, row!);
  const progress = hit.publish_progress ? await dashboardOf(ctx, row!, {}) : null;
  const articles = await ctx.read
    .select({ slug: posts.slug, title: posts.title, publishAt: posts.publishAt })
    .from(posts)
    .innerJoin(postLinks, and(eq(postLinks.postId, posts.id), eq(postLinks.kind, 'MOVEMENT')))
    .where(and(eq(postLinks.targetId, hit.id), isPublic(ctx.clock.now())))
    .orderBy(desc(posts.publishAt))
    .limit(50);
  return presentPublicMovement(m, progress, articles, ctx.clock.today());
}

function teaserMeta(m: PublicMovementSummary): string {
  const period =
    m.startDate || m.endDate
      ? `${formatLegalDate(m.startDate)} – ${formatLegalDate(m.endDate) || '…'}`
      : formatLegalDate(m.launchDate);
  return [m.launchingUnitName, period, m.running ? 'Đang diễn ra' : m.statusLabel]
    .filter(Boolean)
    .join(' · ');
}

/** Section provider (home teasers, sitemap): running movements when `open`, else all published. */
export async function movementTeasers(
  ctx: ServiceContext,
  opts: { open: boolean; limit: number },
): Promise<HomeTeaser[]> {
  return (await listPublicMovements(ctx, opts)).map((m) => ({
    href: `/phong-trao/${m.slug}`,
    title: m.name,
    meta: teaserMeta(m),
  }));
}

/** Search provider: published movements whose name or goals contain every word (no diacritics needed). */
export async function searchPublicMovements(ctx: ServiceContext, words: string[]): Promise<SearchHit[]> {
  const rows = await queryRows<{
    slug: string;
    name: string;
    objectives: string | null;
    launch_date: string | null;
  }>(
    ctx.read,
    sql`SELECT m.slug, m.name, m.objectives, m.launch_date::text AS launch_date FROM movements m
         WHERE ${PUBLIC_SQL}
           AND ${allWords(sql`m.name || ' ' || coalesce(m.objectives, '') || ' ' || coalesce(m.occasion, '')`, words)}
         ORDER BY m.launch_date DESC NULLS LAST LIMIT 20`,
  );
  return rows.map((r) => ({
    kind: 'Phong trào thi đua',
    href: `/phong-trao/${r.slug}`,
    title: r.name,
    excerpt: r.objectives ?? '',
    date: r.launch_date ? new Date(`${r.launch_date}T00:00:00+07:00`) : null,
  }));
}

/** Ids → public paths of published movements (used by article links). */
export async function publicMovementPaths(ctx: ServiceContext, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await ctx.read
    .select({ id: movements.id, slug: movements.slug })
    .from(movements)
    .where(
      and(
        inArray(movements.id, ids),
        sql`EXISTS (SELECT 1 FROM movement_steps s WHERE s.movement_id = ${movements.id} AND s.kind = 'LAUNCH')
          AND EXISTS (SELECT 1 FROM movement_portal_settings ps WHERE ps.movement_id = ${movements.id} AND ps.published)`,
      ),
    );
  return new Map(rows.map((r) => [r.id, `/phong-trao/${r.slug}`]));
}
