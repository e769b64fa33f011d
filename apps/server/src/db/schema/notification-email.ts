import { integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './index';
import { notifications } from './movements';

/**
 * One email per notification × account (the outbox of the `notifications.email` job): the address it went to,
 * PENDING → SENT, or FAILED with the last error and the number of attempts. The primary key makes sending
 * idempotent: a retried or resumed job skips what was sent.
 */
export const notificationEmails = pgTable(
  'notification_emails',
  {
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    address: text('address').notNull(),
    status: text('status').notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.notificationId, t.accountId] })],
);
