import { and, eq, sql } from 'drizzle-orm';
import { formatLegalDate } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { queryRows, type Executor } from '../../db/client';
import { movementReportPeriods, notifications, type movements } from '../../db/schema';
import { notify } from '../notifications/notify';
import { addDays, uuidArray } from './common';

/** Days before a deadline when units that have not acted yet get a reminder. */
export const REMINDER_DAYS_BEFORE = 3;

async function alreadyReminded(tx: Executor, kind: string, entityId: string): Promise<Set<string>> {
  const rows = await tx
    .select({ u: notifications.recipientUnitId })
    .from(notifications)
    .where(and(eq(notifications.kind, kind), eq(notifications.entityId, entityId)));
  return new Set(rows.flatMap((r) => (r.u ? [r.u] : [])));
}

/**
 * Nhắc hạn: within REMINDER_DAYS_BEFORE days of the registration deadline, units whose registration is not sent
 * up yet; within as many days of a report period's due date, units that have not reported. Each unit is
 * reminded once per deadline (the inbox row is the record).
 */
export async function sendDueReminders(
  tx: Executor,
  ctx: ServiceContext,
  m: typeof movements.$inferSelect,
  units: string[],
): Promise<number> {
  const today = ctx.clock.today();
  let sent = 0;
  if (units.length === 0) return 0;
  const dl = m.registrationDeadline;
  if (dl && today >= addDays(dl, -REMINDER_DAYS_BEFORE) && today <= dl) {
    const done = await queryRows<{ unit_id: string }>(
      tx,
      sql`SELECT r.unit_id FROM registrations r WHERE r.movement_id = ${m.id}
            AND EXISTS (SELECT 1 FROM registration_steps s WHERE s.registration_id = r.id
                         AND s.kind IN ('SUBMIT','ACCEPT')
                         AND s.at = (SELECT max(s2.at) FROM registration_steps s2 WHERE s2.registration_id = r.id))`,
    );
    const skip = new Set([
      ...done.map((d) => d.unit_id),
      ...(await alreadyReminded(tx, 'REMINDER_REGISTRATION', m.id)),
    ]);
    const to = units.filter((u) => !skip.has(u));
    sent += await notify(tx, ctx, {
      unitIds: to,
      kind: 'REMINDER_REGISTRATION',
      title: `Nhắc hạn đăng ký thi đua: ${m.name}`,
      body: `Hạn đăng ký thi đua là ngày ${formatLegalDate(dl)}. Đơn vị chưa gửi bản đăng ký đã được thủ trưởng duyệt.`,
      link: `/phong-trao/${m.id}`,
      entity: 'movement',
      entityId: m.id,
    });
  }
  const periods = await tx
    .select()
    .from(movementReportPeriods)
    .where(eq(movementReportPeriods.movementId, m.id));
  for (const p of periods) {
    if (!(today >= addDays(p.dueDate, -REMINDER_DAYS_BEFORE) && today <= p.dueDate)) continue;
    const done = await queryRows<{ unit_id: string }>(
      tx,
      sql`SELECT unit_id FROM progress_reports WHERE period_id = ${p.id} AND unit_id = ANY(${uuidArray(units)})`,
    );
    const skip = new Set([
      ...done.map((d) => d.unit_id),
      ...(await alreadyReminded(tx, 'REMINDER_REPORT', p.id)),
    ]);
    sent += await notify(tx, ctx, {
      unitIds: units.filter((u) => !skip.has(u)),
      kind: 'REMINDER_REPORT',
      title: `Nhắc hạn báo cáo tiến độ (${p.name}): ${m.name}`,
      body: `Hạn nộp báo cáo kỳ "${p.name}" là ngày ${formatLegalDate(p.dueDate)}.`,
      link: `/phong-trao/${m.id}`,
      entity: 'movement_period',
      entityId: p.id,
    });
  }
  return sent;
}
