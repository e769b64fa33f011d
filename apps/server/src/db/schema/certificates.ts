import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { units } from './index';

/**
 * Mẫu in bằng khen / giấy khen. `mode` FULL prints the whole certificate (border, quốc hiệu, texts) with the
 * embedded font; PHOI prints only the variable fields on a pre-printed blank (phôi), each at the template's x/y in
 * millimetres (`fields`, data not code). `unit_id` null = a template every body may use.
 */
export const certificateTemplates = pgTable(
  'certificate_templates',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id').references(() => units.id),
    name: text('name').notNull(),
    /** A4 | A3 */
    paper: text('paper').notNull().default('A4'),
    /** LANDSCAPE | PORTRAIT */
    orientation: text('orientation').notNull().default('LANDSCAPE'),
    /** FULL | PHOI */
    mode: text('mode').notNull(),
    /** Title printed in FULL mode, e.g. "BẰNG KHEN" / "GIẤY KHEN" (null: from the award code). */
    heading: text('heading'),
    /** [{ key, x, y, width?, size?, align?, bold?, italic? }] in mm from the top-left corner; key "qr" has size. */
    fields: jsonb('fields').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('certificate_templates_unit_idx').on(t.unitId)],
);
