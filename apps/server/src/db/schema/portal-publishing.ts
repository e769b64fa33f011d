import { boolean, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { movements } from './movements';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * What the officer chose to show of a movement on the public portal (`/phong-trao/:slug`): nothing unless
 * `published`; its progress only when `publish_progress` too. No row = not published. Drafts never show,
 * whatever this says (the public query also requires a LAUNCH step).
 */
export const movementPortalSettings = pgTable('movement_portal_settings', {
  movementId: uuid('movement_id')
    .primaryKey()
    .references(() => movements.id),
  published: boolean('published').notNull().default(false),
  publishProgress: boolean('publish_progress').notNull().default(false),
  updatedBy: uuid('updated_by'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
