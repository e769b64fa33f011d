import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts, units } from './index';

/**
 * A finalised (chốt) statistical report: the numbers as computed when the officer signed off, with the
 * preparer and signer printed in the signature block. Later data changes never alter a finalised report;
 * finalising again for the same form/body/period adds a new snapshot (the latest is the current one).
 */
export const reportSnapshots = pgTable(
  'report_snapshots',
  {
    id: uuid('id').primaryKey(),
    form: text('form').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitName: text('unit_name').notNull(),
    year: integer('year').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    result: jsonb('result').notNull(),
    preparerName: text('preparer_name').notNull(),
    signerName: text('signer_name').notNull(),
    signerTitle: text('signer_title').notNull(),
    place: text('place'),
    finalizedBy: uuid('finalized_by').references(() => accounts.id),
    finalizedAt: timestamp('finalized_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('report_snapshots_unit_idx').on(t.unitId, t.year, t.form)],
);
