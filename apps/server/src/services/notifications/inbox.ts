import { sql, type SQL } from 'drizzle-orm';
import { ZMarkReadInput, ZNotificationQuery, type Notification, type Page } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { queryRows } from '../../db/client';
import { notificationReads } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { parseInput, ServiceError } from '../../errors';
import { isUuid } from '../../lib/ids';
import { namesOf } from '../units/queries';

function uuidArray(ids: string[]): SQL {
  if (ids.length === 0) return sql`ARRAY[]::uuid[]`;
  return sql`ARRAY[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;
}

/** Notifications addressed to the actor's account or to a unit the actor holds a role on. */
function mine(ctx: ServiceContext): SQL {
  const actor = ctx.actor;
  if (!actor) throw new ServiceError('UNAUTHENTICATED');
  const unitIds = [...new Set(actor.grants.map((g) => g.unitId))];
  return sql`(n.recipient_account_id = ${actor.accountId} OR n.recipient_unit_id = ANY(${uuidArray(unitIds)}))`;
}

interface Row {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  entity: string | null;
  entity_id: string | null;
  recipient_unit_id: string | null;
  created_at: string | Date;
  read: boolean;
}

/** Hộp thư: newest first; `unreadOnly` filters. */
export async function listNotifications(ctx: ServiceContext, input: unknown): Promise<Page<Notification>> {
  const where = mine(ctx);
  const q = parseInput(ZNotificationQuery, input ?? {});
  const me = ctx.actor!.accountId;
  const readExpr = sql`EXISTS (SELECT 1 FROM notification_reads r WHERE r.notification_id = n.id AND r.account_id = ${me})`;
  const filter = q.unreadOnly ? sql`${where} AND NOT ${readExpr}` : where;
  const [count] = await queryRows<{ n: number }>(
    ctx.read,
    sql`SELECT count(*)::int AS n FROM notifications n WHERE ${filter}`,
  );
  const rows = await queryRows<Row>(
    ctx.read,
    sql`SELECT n.id, n.kind, n.title, n.body, n.link, n.entity, n.entity_id, n.recipient_unit_id, n.created_at,
               ${readExpr} AS read
          FROM notifications n WHERE ${filter}
         ORDER BY n.created_at DESC, n.id DESC
         LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  const names = await namesOf(
    ctx.read,
    rows.flatMap((r) => (r.recipient_unit_id ? [r.recipient_unit_id] : [])),
    ctx.clock.today(),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      link: r.link,
      entity: r.entity,
      entityId: r.entity_id,
      unitName: r.recipient_unit_id ? (names.get(r.recipient_unit_id) ?? null) : null,
      createdAt: new Date(r.created_at).toISOString(),
      read: Boolean(r.read),
    })),
    total: Number(count?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** The header badge. */
export async function unreadCount(ctx: ServiceContext): Promise<{ unread: number }> {
  const where = mine(ctx);
  const me = ctx.actor!.accountId;
  const [r] = await queryRows<{ n: number }>(
    ctx.read,
    sql`SELECT count(*)::int AS n FROM notifications n WHERE ${where}
          AND NOT EXISTS (SELECT 1 FROM notification_reads r WHERE r.notification_id = n.id AND r.account_id = ${me})`,
  );
  return { unread: Number(r?.n ?? 0) };
}

/** Đánh dấu đã đọc: the given notifications (only the actor's own), or all. */
export async function markNotificationsRead(
  ctx: ServiceContext,
  input: unknown,
): Promise<{ marked: number }> {
  const where = mine(ctx);
  const data = parseInput(ZMarkReadInput, input ?? {});
  const me = ctx.actor!.accountId;
  const ids = data.ids?.filter(isUuid);
  if (data.ids && ids!.length !== data.ids.length)
    throw new ServiceError('VALIDATION_FAILED', undefined, [
      { path: 'ids', message: 'Mã thông báo không hợp lệ.' },
    ]);
  return ctx.db.transaction(async (tx) => {
    const rows = await queryRows<{ id: string }>(
      tx,
      sql`SELECT n.id FROM notifications n WHERE ${where}
            ${ids ? sql`AND n.id = ANY(${uuidArray(ids)})` : sql``}
            AND NOT EXISTS (SELECT 1 FROM notification_reads r WHERE r.notification_id = n.id AND r.account_id = ${me})`,
    );
    if (rows.length === 0) return { marked: 0 };
    const at = ctx.clock.now();
    for (let i = 0; i < rows.length; i += 500)
      await tx
        .insert(notificationReads)
        .values(rows.slice(i, i + 500).map((r) => ({ notificationId: r.id, accountId: me, readAt: at })));
    await emitAudit(tx, ctx, {
      action: 'notification.read',
      entity: 'notification',
      entityId: rows.length === 1 ? rows[0]!.id : null,
      after: { count: rows.length, ids: rows.map((r) => r.id) },
    });
    return { marked: rows.length };
  });
}
