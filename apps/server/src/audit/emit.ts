import { createHash } from 'node:crypto';
import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { auditLog } from '../db/schema';
import type { ServiceContext } from '../context';
import { SYSTEM_ACTOR_NAME } from '../context';
import type { AuditAction } from './actions';

export const GENESIS_HASH = '0'.repeat(64);
const AUDIT_LOCK = 774202;

export interface AuditInput {
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Deterministic JSON: keys sorted at every level, undefined dropped, dates as ISO strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value));
}
function normalise(v: unknown): unknown {
  if (v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(normalise);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = normalise(x);
    }
    return out;
  }
  return v;
}

interface Chained {
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}
export function chainHash(prevHash: string, row: Chained): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(row)).digest('hex');
}

/**
 * Writes one audit row inside the caller's transaction, chained to the previous row. A transaction-scoped
 * advisory lock orders concurrent writers (across app nodes) so the chain never forks; if this insert fails
 * the whole change rolls back.
 */
export async function emitAudit(tx: Executor, ctx: ServiceContext, input: AuditInput): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const last = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const prevHash = last[0]?.hash ?? GENESIS_HASH;
  const row: Chained = {
    at: ctx.clock.now().toISOString(),
    actorId: ctx.actor?.accountId ?? null,
    actorName: ctx.actor?.fullName ?? SYSTEM_ACTOR_NAME,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId ?? null,
    before: input.before === undefined ? null : JSON.parse(canonicalJson(input.before)),
    after: input.after === undefined ? null : JSON.parse(canonicalJson(input.after)),
    requestId: ctx.requestId,
  };
  const hash = chainHash(prevHash, row);
  await tx.insert(auditLog).values({ ...row, at: new Date(row.at), prevHash, hash });
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBadSeq: number | null;
  reason: string | null;
}

/** Re-computes the whole chain in pages; reports the first row whose hash or link does not match. */
export async function verifyAuditChain(db: Executor, pageSize = 5000): Promise<ChainReport> {
  let prev = GENESIS_HASH;
  let after = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, after))
      .orderBy(asc(auditLog.seq))
      .limit(pageSize);
    if (rows.length === 0) break;
    for (const r of rows) {
      if (r.prevHash !== prev) {
        return {
          ok: false,
          checked,
          firstBadSeq: r.seq,
          reason: 'Liên kết chuỗi bị đứt (prev_hash không khớp).',
        };
      }
      const h = chainHash(prev, {
        at: r.at.toISOString(),
        actorId: r.actorId,
        actorName: r.actorName,
        action: r.action,
        entity: r.entity,
        entityId: r.entityId,
        before: r.before,
        after: r.after,
        requestId: r.requestId,
      });
      if (h !== r.hash) {
        return {
          ok: false,
          checked,
          firstBadSeq: r.seq,
          reason: 'Nội dung dòng nhật ký đã bị sửa (hash không khớp).',
        };
      }
      prev = r.hash;
      checked++;
      after = r.seq;
    }
  }
  return { ok: true, checked, firstBadSeq: null, reason: null };
}
