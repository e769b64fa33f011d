import { and, eq, sql } from 'drizzle-orm';
import type { Job } from '@vinhdanh/shared';
import type { ServiceContext } from '../context';
import { queryRows, type Executor } from '../db/client';
import { jobs } from '../db/schema';
import { emitAudit } from '../audit/emit';
import { ServiceError } from '../errors';
import { hasPermission } from '../policies/scope';
import { newId, isUuid } from '../lib/ids';

export type JobRow = typeof jobs.$inferSelect;

/** Adds a job inside the caller's transaction: it becomes visible to workers only if the change commits. */
export async function enqueueJob(
  tx: Executor,
  ctx: ServiceContext,
  kind: string,
  payload: Record<string, unknown>,
  opts: { runAfter?: Date } = {},
): Promise<JobRow> {
  const [row] = await tx
    .insert(jobs)
    .values({
      id: newId(),
      kind,
      payload,
      createdBy: ctx.actor?.accountId ?? null,
      ...(opts.runAfter ? { runAfter: opts.runAfter } : {}),
    })
    .returning();
  await emitAudit(tx, ctx, { action: 'job.enqueue', entity: 'job', entityId: row!.id, after: { kind } });
  return row!;
}

/**
 * Claims the next runnable job: queued and due, or running with an expired lease (its worker died).
 * FOR UPDATE SKIP LOCKED lets several app nodes share the queue without double work.
 */
export async function claimJob(
  db: Executor,
  workerId: string,
  leaseMs: number,
  kinds: string[],
): Promise<JobRow | null> {
  if (kinds.length === 0) return null;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`UPDATE jobs SET status = 'RUNNING', locked_by = ${workerId},
          locked_until = now() + (${leaseMs} || ' milliseconds')::interval,
          attempts = attempts + 1, updated_at = now()
        WHERE id = (
          SELECT id FROM jobs
          WHERE kind = ANY(${sql`ARRAY[${sql.join(
            kinds.map((k) => sql`${k}`),
            sql`, `,
          )}]::text[]`})
            AND ((status = 'QUEUED' AND run_after <= now()) OR (status = 'RUNNING' AND locked_until < now()))
          ORDER BY created_at
          FOR UPDATE SKIP LOCKED
          LIMIT 1)
        RETURNING id`,
  );
  if (!rows[0]) return null;
  const [job] = await db.select().from(jobs).where(eq(jobs.id, rows[0].id));
  return job ?? null;
}

export function presentJob(j: JobRow): Job {
  return {
    id: j.id,
    kind: j.kind,
    status: j.status as Job['status'],
    progress: j.progress,
    total: j.total,
    result: j.result ?? null,
    error: (j.error as Job['error']) ?? null,
    createdAt: j.createdAt.toISOString(),
    updatedAt: j.updatedAt.toISOString(),
  };
}

/** A job is visible to whoever started it, and to administrators. */
export async function getJob(ctx: ServiceContext, id: string): Promise<Job> {
  if (!ctx.actor) throw new ServiceError('UNAUTHENTICATED');
  if (!isUuid(id)) throw new ServiceError('JOB_NOT_FOUND');
  const [j] = await ctx.db.select().from(jobs).where(eq(jobs.id, id));
  if (!j) throw new ServiceError('JOB_NOT_FOUND');
  if (j.createdBy !== ctx.actor.accountId && !hasPermission(ctx, 'audit.read'))
    throw new ServiceError('JOB_NOT_FOUND');
  return presentJob(j);
}

export async function setProgress(
  db: Executor,
  id: string,
  workerId: string,
  progress: number,
  total?: number | null,
) {
  await db
    .update(jobs)
    .set({ progress, ...(total !== undefined ? { total } : {}), updatedAt: new Date() })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId)));
}
