import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Config } from '../../config';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { accounts, notificationEmails, notifications } from '../../db/schema';
import type { JobRow } from '../../jobs/queue';

export const NOTIFICATION_EMAIL_JOB = 'notifications.email';

/** Notification kinds that also go out by email when SMTP is configured: launch, reminders, returns. */
export const EMAIL_KINDS: ReadonlySet<string> = new Set([
  'MOVEMENT_LAUNCHED',
  'REMINDER_REGISTRATION',
  'REMINDER_REPORT',
  'REGISTRATION_RETURNED',
]);

/** SMTP is configured when SMTP_URL or SMTP_HOST is set. */
export function emailEnabled(config: Config): boolean {
  return !!(config.SMTP_URL || config.SMTP_HOST);
}

function transportOptions(config: Config) {
  if (config.SMTP_URL) return config.SMTP_URL;
  return {
    host: config.SMTP_HOST!,
    port: config.SMTP_PORT,
    secure: config.SMTP_SECURE,
    ...(config.SMTP_USER ? { auth: { user: config.SMTP_USER, pass: config.SMTP_PASS ?? '' } } : {}),
  };
}

/** The sender: MAIL_FROM, else "Vinh Danh <no-reply@host of PUBLIC_URL>". */
function sender(config: Config): string {
  if (config.MAIL_FROM) return config.MAIL_FROM;
  const host = config.PUBLIC_URL ? new URL(config.PUBLIC_URL).hostname : 'localhost';
  return `"Vinh Danh" <no-reply@${host}>`;
}

/**
 * Works out who gets a notification by email (accounts with an email address, not disabled: the addressed
 * account, or every account granted a role on exactly the addressed unit) and records one row per
 * notification × account. Idempotent: a row that exists is kept as it is.
 */
async function planRecipients(db: Executor, notificationIds: string[]) {
  if (!notificationIds.length) return;
  await db.execute(sql`
    INSERT INTO notification_emails (notification_id, account_id, address)
    SELECT DISTINCT n.id, a.id, a.email
      FROM notifications n
      LEFT JOIN role_grants g ON g.unit_id = n.recipient_unit_id
      JOIN accounts a ON a.id = coalesce(n.recipient_account_id, g.account_id)
     WHERE n.id IN (${sql.join(
       notificationIds.map((id) => sql`${id}`),
       sql`, `,
     )})
       AND a.email IS NOT NULL AND a.email <> '' AND NOT a.disabled
    ON CONFLICT (notification_id, account_id) DO NOTHING`);
}

function messageOf(
  config: Config,
  n: { title: string; body: string | null; link: string | null },
  fullName: string,
) {
  const base = (config.PUBLIC_URL ?? '').replace(/\/$/, '');
  const url = n.link ? `${base}/app${n.link}` : null;
  const text = [
    `Kính gửi ${fullName},`,
    '',
    n.title,
    ...(n.body ? ['', n.body] : []),
    ...(url ? ['', `Xem chi tiết: ${url}`] : []),
    '',
    '—',
    'Thư gửi tự động từ hệ thống thi đua, khen thưởng Vinh Danh. Vui lòng không trả lời thư này.',
  ].join('\n');
  return { subject: n.title, text };
}

/**
 * Job `notifications.email`: sends the notifications of the payload to the accounts concerned. Each
 * notification × account is sent at most once (rows marked SENT are skipped), so a retried or resumed job never
 * sends twice; a failure leaves the row pending with its error and fails the job, which the worker retries.
 */
export async function runNotificationEmailJob(
  ctx: ServiceContext,
  job: Pick<JobRow, 'payload'>,
): Promise<{ sent: number; failed: number; skipped?: string }> {
  const ids = ((job.payload as { notificationIds?: unknown }).notificationIds ?? []) as string[];
  if (!emailEnabled(ctx.config)) return { sent: 0, failed: 0, skipped: 'SMTP chưa được cấu hình' };
  await planRecipients(ctx.db, ids);
  if (!ids.length) return { sent: 0, failed: 0 };
  const pending = await ctx.db
    .select({
      notificationId: notificationEmails.notificationId,
      accountId: notificationEmails.accountId,
      address: notificationEmails.address,
      attempts: notificationEmails.attempts,
      fullName: accounts.fullName,
      title: notifications.title,
      body: notifications.body,
      link: notifications.link,
    })
    .from(notificationEmails)
    .innerJoin(notifications, eq(notifications.id, notificationEmails.notificationId))
    .innerJoin(accounts, eq(accounts.id, notificationEmails.accountId))
    .where(and(inArray(notificationEmails.notificationId, ids), ne(notificationEmails.status, 'SENT')));
  if (!pending.length) return { sent: 0, failed: 0 };
  const transport = nodemailer.createTransport(transportOptions(ctx.config));
  let sent = 0;
  let failed = 0;
  try {
    for (const p of pending) {
      const key = and(
        eq(notificationEmails.notificationId, p.notificationId),
        eq(notificationEmails.accountId, p.accountId),
      );
      try {
        const m = messageOf(ctx.config, p, p.fullName);
        await transport.sendMail({
          from: sender(ctx.config),
          to: { name: p.fullName, address: p.address },
          subject: m.subject,
          text: m.text,
          textEncoding: 'base64',
          headers: { 'X-Vinh-Danh-Notification': p.notificationId },
        });
        await ctx.db
          .update(notificationEmails)
          .set({ status: 'SENT', sentAt: ctx.clock.now(), attempts: p.attempts + 1, lastError: null })
          .where(key);
        sent++;
      } catch (e) {
        failed++;
        await ctx.db
          .update(notificationEmails)
          .set({
            status: 'FAILED',
            attempts: p.attempts + 1,
            lastError: String((e as Error).message).slice(0, 500),
          })
          .where(key);
      }
    }
  } finally {
    transport.close();
  }
  // A notification is "emailed" once every planned address got it.
  await ctx.db.execute(sql`
    UPDATE notifications n SET emailed_at = ${ctx.clock.now()}
     WHERE n.id IN (${sql.join(
       ids.map((id) => sql`${id}`),
       sql`, `,
     )}) AND n.emailed_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM notification_emails e WHERE e.notification_id = n.id AND e.status <> 'SENT')`);
  if (failed) throw new Error(`Gửi thư thất bại cho ${failed} người nhận; sẽ thử lại.`);
  return { sent, failed };
}
