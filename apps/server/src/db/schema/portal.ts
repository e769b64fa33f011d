import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { files, persons, units } from './index';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Bài viết của cổng thông tin (tin tức, phong trào thi đua, gương điển hình…). Published when
 * `status = 'PUBLISHED'` and `publish_at <= now()`: a future `publish_at` is a scheduled post (no job needed).
 * `body` is a list of blocks: `{ type: 'p', text }` or `{ type: 'image', fileId, caption, alt }`.
 */
export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey(),
    /** The publishing unit: who may edit the post is scoped to it. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    lead: text('lead').notNull(),
    body: jsonb('body').notNull().default([]),
    author: text('author').notNull(),
    categories: text('categories')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** DRAFT | PUBLISHED | WITHDRAWN */
    status: text('status').notNull().default('DRAFT'),
    publishAt: ts('publish_at'),
    coverFileId: uuid('cover_file_id').references(() => files.id),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('posts_slug_uq').on(t.slug),
    index('posts_public_idx').on(t.status, t.publishAt),
    index('posts_title_trgm').using('gin', sql`vd_norm(${t.title} || ' ' || ${t.lead}) gin_trgm_ops`),
  ],
);

/** A post's links to other records: MOVEMENT (phong trào), AWARD (sổ khen thưởng), PERSON (gương điển hình). */
export const postLinks = pgTable(
  'post_links',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id),
    kind: text('kind').notNull(),
    targetId: uuid('target_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.postId, t.kind, t.targetId] }),
    index('post_links_target_idx').on(t.kind, t.targetId),
  ],
);

/**
 * Sự đồng ý của cá nhân cho việc nêu gương trên cổng: date, scope (what the story may be used for), and the
 * fields the person agreed to publish. Never deleted: withdrawing consent sets `withdrawn_at`.
 */
export const exemplarConsents = pgTable(
  'exemplar_consents',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    consentedOn: date('consented_on', { mode: 'string' }).notNull(),
    scope: text('scope').notNull(),
    /** Public fields agreed to, from a closed list (FULL_NAME, PHOTO, UNIT, POSITION, AWARDS, STORY). */
    fields: text('fields').array().notNull(),
    evidenceFileId: uuid('evidence_file_id').references(() => files.id),
    recordedBy: uuid('recorded_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
    withdrawnAt: ts('withdrawn_at'),
  },
  (t) => [index('exemplar_consents_person_idx').on(t.personId)],
);
