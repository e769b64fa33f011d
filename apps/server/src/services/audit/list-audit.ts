import { and, desc, eq, sql } from 'drizzle-orm';
import { ZAuditQuery, type AuditEntry, type Page } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { auditLog } from '../../db/schema';
import { parseInput } from '../../errors';
import { authorize } from '../../policies/scope';

/** Nhật ký hệ thống for administrators, newest first. */
export async function listAudit(ctx: ServiceContext, input: unknown): Promise<Page<AuditEntry>> {
  await authorize(ctx, 'audit.read');
  const q = parseInput(ZAuditQuery, input);
  const where = and(
    q.entity ? eq(auditLog.entity, q.entity) : undefined,
    q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
    q.actorId ? eq(auditLog.actorId, q.actorId) : undefined,
    q.action ? eq(auditLog.action, q.action) : undefined,
  );
  const [c] = await ctx.read
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(where);
  const rows = await ctx.read
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.seq))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    items: rows.map((r) => ({
      seq: r.seq,
      at: r.at.toISOString(),
      actorId: r.actorId,
      actorName: r.actorName,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      before: r.before ?? null,
      after: r.after ?? null,
      requestId: r.requestId,
      hash: r.hash,
    })),
    total: Number(c?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}
