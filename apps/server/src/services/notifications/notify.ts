import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { notifications } from '../../db/schema';
import { newId } from '../../lib/ids';

export interface NotifyInput {
  /** Units whose accounts (any role granted exactly on the unit) see it in their inbox. */
  unitIds?: string[];
  /** Individual accounts. */
  accountIds?: string[];
  /** A stable kind, e.g. MOVEMENT_LAUNCHED, REGISTRATION_RETURNED, DEADLINE_REMINDER. */
  kind: string;
  title: string;
  body?: string | null;
  /** Staff-app path, e.g. `/phong-trao/<id>`. */
  link?: string | null;
  entity?: string | null;
  entityId?: string | null;
}

/**
 * Puts a notification in the inbox of units and/or accounts, inside the caller's transaction (it appears only
 * if the change commits). One row per recipient; no audit row of its own (the calling verb audits its change).
 * Email, when SMTP is configured, is sent later by the `notifications.email` job from these rows.
 */
export async function notify(tx: Executor, ctx: ServiceContext, input: NotifyInput): Promise<number> {
  const at = ctx.clock.now();
  const common = {
    kind: input.kind,
    title: input.title.slice(0, 500),
    body: input.body ?? null,
    link: input.link ?? null,
    entity: input.entity ?? null,
    entityId: input.entityId ?? null,
    createdAt: at,
  };
  const rows = [
    ...[...new Set(input.unitIds ?? [])].map((u) => ({ id: newId(), recipientUnitId: u, ...common })),
    ...[...new Set(input.accountIds ?? [])].map((a) => ({ id: newId(), recipientAccountId: a, ...common })),
  ];
  for (let i = 0; i < rows.length; i += 500) await tx.insert(notifications).values(rows.slice(i, i + 500));
  return rows.length;
}
