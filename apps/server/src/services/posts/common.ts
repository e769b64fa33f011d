import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  foldVietnamese,
  type Post,
  type PostBlock,
  type PostCategory,
  type PostLink,
  type PostLinkKind,
  type PostStatus,
  type PostSummary,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { queryRows, type Executor } from '../../db/client';
import { awards, files, persons, postLinks, posts } from '../../db/schema';
import { NotFoundError, ServiceError, ValidationError } from '../../errors';
import { isUuid } from '../../lib/ids';
import { namesOf } from '../units/queries';
import { invalidatePortal } from '../../portal/cache';

export type PostRow = typeof posts.$inferSelect;

/** "Quận Ba Đình phát động…" → "quan-ba-dinh-phat-dong…" (at most 100 characters, cut at a word). */
export function slugify(title: string): string {
  const s = foldVietnamese(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= 100) return s || 'bai-viet';
  const cut = s.slice(0, 100);
  return cut.slice(0, cut.lastIndexOf('-') > 40 ? cut.lastIndexOf('-') : 100);
}

/** DRAFT | SCHEDULED | PUBLISHED | WITHDRAWN as the public would see it now. */
export function derivedStatus(row: Pick<PostRow, 'status' | 'publishAt'>, now: Date): PostStatus {
  if (row.status === 'PUBLISHED') return row.publishAt && row.publishAt > now ? 'SCHEDULED' : 'PUBLISHED';
  return row.status as PostStatus;
}

export async function loadPost(db: Executor, id: string): Promise<PostRow> {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy bài viết.');
  const [row] = await db.select().from(posts).where(eq(posts.id, id));
  if (!row) throw new NotFoundError('Không tìm thấy bài viết.');
  return row;
}

export function checkVersion(row: PostRow, version: number | undefined) {
  if (version === undefined) {
    throw new ValidationError([{ path: 'version', message: 'Thiếu phiên bản bài viết đang sửa.' }]);
  }
  if (row.version !== version) throw new ServiceError('CONFLICT');
}

/** Labels of linked records; a MOVEMENT link is labelled only if the movements module is installed. */
export async function linkLabels(db: Executor, links: PostLink[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const by = (k: PostLinkKind) => links.filter((l) => l.kind === k).map((l) => l.targetId);
  const awardIds = by('AWARD');
  if (awardIds.length) {
    const rows = await db
      .select({ id: awards.id, code: awards.code, no: awards.decisionNumber, on: awards.decidedOn })
      .from(awards)
      .where(inArray(awards.id, awardIds));
    for (const r of rows) out.set(`AWARD:${r.id}`, `${r.code} — QĐ ${r.no}`);
  }
  const personIds = by('PERSON');
  if (personIds.length) {
    const rows = await db
      .select({ id: persons.id, name: persons.fullName })
      .from(persons)
      .where(inArray(persons.id, personIds));
    for (const r of rows) out.set(`PERSON:${r.id}`, r.name);
  }
  const movementIds = by('MOVEMENT');
  if (movementIds.length && (await hasTable(db, 'movements'))) {
    const rows = await queryRows<{ id: string; name: string }>(
      db,
      sql`SELECT id::text AS id, name FROM movements WHERE id::text IN (${sql.join(
        movementIds.map((i) => sql`${i}`),
        sql`, `,
      )})`,
    );
    for (const r of rows) out.set(`MOVEMENT:${r.id}`, r.name);
  }
  return out;
}

/** True when a table exists (modules of other areas land independently of the portal). */
export async function hasTable(db: Executor, name: string): Promise<boolean> {
  const r = await queryRows<{ ok: boolean }>(db, sql`SELECT to_regclass(${name}) IS NOT NULL AS ok`);
  return !!r[0]?.ok;
}

/** Every link must point at an existing record; images and the cover at uploaded files. */
export async function checkReferences(
  db: Executor,
  data: { links: PostLink[]; body: PostBlock[]; coverFileId?: string | null },
) {
  const labels = await linkLabels(db, data.links);
  const missing = data.links.findIndex((l) => !labels.has(`${l.kind}:${l.targetId}`));
  if (missing >= 0) {
    throw new ValidationError([
      { path: `links.${missing}.targetId`, message: 'Không tìm thấy đối tượng được liên kết.' },
    ]);
  }
  const fileIds = [
    ...data.body.flatMap((b) => (b.type === 'image' ? [b.fileId] : [])),
    ...(data.coverFileId ? [data.coverFileId] : []),
  ];
  if (fileIds.length) {
    const found = await db
      .select({ id: files.id, type: files.contentType })
      .from(files)
      .where(inArray(files.id, [...new Set(fileIds)]));
    const ok = new Set(found.filter((f) => f.type.startsWith('image/')).map((f) => f.id));
    const bad = data.body.findIndex((b) => b.type === 'image' && !ok.has(b.fileId));
    if (bad >= 0) throw new ValidationError([{ path: `body.${bad}.fileId`, message: 'Không tìm thấy ảnh.' }]);
    if (data.coverFileId && !ok.has(data.coverFileId)) {
      throw new ValidationError([{ path: 'coverFileId', message: 'Không tìm thấy ảnh đại diện.' }]);
    }
  }
}

/** A slug free for this post: the wanted one must be free (DUPLICATE_SLUG); a derived one gets -2, -3… */
export async function chooseSlug(db: Executor, wanted: string | undefined, title: string, selfId?: string) {
  const base = wanted ?? slugify(title);
  const taken = async (s: string) => {
    const [r] = await db.select({ id: posts.id }).from(posts).where(eq(posts.slug, s));
    return !!r && r.id !== selfId;
  };
  if (!(await taken(base))) return base;
  if (wanted)
    throw new ServiceError('DUPLICATE_SLUG', undefined, [
      { path: 'slug', message: 'Đường dẫn đã được dùng.' },
    ]);
  for (let i = 2; ; i++) if (!(await taken(`${base}-${i}`))) return `${base}-${i}`;
}

export async function replaceLinks(db: Executor, postId: string, links: PostLink[]) {
  await db.delete(postLinks).where(eq(postLinks.postId, postId));
  const unique = [...new Map(links.map((l) => [`${l.kind}:${l.targetId}`, l])).values()];
  if (unique.length) await db.insert(postLinks).values(unique.map((l) => ({ postId, ...l })));
}

function iso(d: Date | null) {
  return d ? d.toISOString() : null;
}

export async function presentSummary(db: Executor, rows: PostRow[], now: Date): Promise<PostSummary[]> {
  const names = await namesOf(db, [...new Set(rows.map((r) => r.unitId))], now.toISOString().slice(0, 10));
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unitId,
    unitName: names.get(r.unitId) ?? '',
    slug: r.slug,
    title: r.title,
    lead: r.lead,
    author: r.author,
    categories: r.categories as PostCategory[],
    coverFileId: r.coverFileId,
    status: derivedStatus(r, now),
    publishAt: iso(r.publishAt),
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/** The staff view of a post (editor). */
export async function presentPost(db: Executor, row: PostRow, now: Date): Promise<Post> {
  const [summary] = await presentSummary(db, [row], now);
  const links = await db
    .select({ kind: postLinks.kind, targetId: postLinks.targetId })
    .from(postLinks)
    .where(and(eq(postLinks.postId, row.id)));
  const labels = await linkLabels(db, links as PostLink[]);
  return {
    ...summary!,
    body: row.body as PostBlock[],
    links: links.map((l) => ({
      kind: l.kind as PostLinkKind,
      targetId: l.targetId,
      label: labels.get(`${l.kind}:${l.targetId}`) ?? '(không còn tồn tại)',
    })),
  };
}

/** After a commit that changes what the public sees. */
export function afterPublicChange(ctx: ServiceContext) {
  invalidatePortal(ctx.db);
}

/** A post about a person (PERSON link, or an AWARD of a person) may be published only with their active consent. */
export async function requireConsents(db: Executor, postId: string) {
  const missing = await queryRows<{ id: string }>(
    db,
    sql`SELECT pl.target_id::text AS id FROM post_links pl
        LEFT JOIN awards a ON pl.kind = 'AWARD' AND a.id = pl.target_id
        WHERE pl.post_id = ${postId} AND (pl.kind = 'PERSON' OR a.person_id IS NOT NULL)
          AND NOT EXISTS (
            SELECT 1 FROM exemplar_consents c
            WHERE c.person_id = CASE WHEN pl.kind = 'PERSON' THEN pl.target_id ELSE a.person_id END
              AND c.withdrawn_at IS NULL)`,
  );
  if (missing.length) {
    throw new ServiceError('EXEMPLAR_CONSENT_REQUIRED', undefined, [
      { path: 'links', message: 'Cá nhân được liên kết chưa có sự đồng ý nêu gương còn hiệu lực.' },
    ]);
  }
}
