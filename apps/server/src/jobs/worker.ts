import { hostname } from 'node:os';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger as Logger } from 'fastify';
import type { Db } from '../db/client';
import { jobs } from '../db/schema';
import { ServiceError } from '../errors';
import { claimJob, setProgress, type JobRow } from './queue';
import { newId } from '../lib/ids';

export interface JobHelpers {
  workerId: string;
  progress(done: number, total?: number | null): Promise<void>;
  /**
   * Progress from inside a long transaction: written through another connection on PostgreSQL; skipped on
   * PGlite, whose single connection is held by that transaction (a write would wait for it forever).
   */
  progressDuringTransaction(done: number, total?: number | null): Promise<void>;
  checkpoint(value: unknown): Promise<void>;
}
export type JobHandler = (job: JobRow, helpers: JobHelpers) => Promise<unknown>;

export const MAX_ATTEMPTS = 3;

/** node-postgres pools expose `totalCount`; PGlite is one connection. */
function usesPool(db: Db): boolean {
  const client = (db as { $client?: { totalCount?: unknown } }).$client;
  return typeof client?.totalCount === 'number';
}

/**
 * Polls the jobs table and runs handlers. Leases are renewed while a job runs; a job whose node died is
 * picked up again after its lease expires and resumes from its checkpoint. Stateless: any node may run it.
 */
export class JobWorker {
  readonly id = `${hostname()}:${process.pid}:${newId().slice(-8)}`;
  private stopped = false;
  private running: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly db: Db,
    private readonly handlers: Record<string, JobHandler>,
    private readonly log: Logger,
    private readonly opts: { pollMs?: number; leaseMs?: number; singleConnection?: boolean } = {},
  ) {}

  start() {
    this.running ??= this.loop();
  }

  /** Nudges the loop (after enqueueing) so a job starts without waiting for the next poll. */
  poke() {
    this.wake?.();
  }

  async stop() {
    this.stopped = true;
    this.wake?.();
    await this.running;
  }

  /** Runs queued jobs until none is left (tests, CLI). */
  async drain(): Promise<number> {
    let n = 0;
    while (await this.runOne()) n++;
    return n;
  }

  private async loop() {
    while (!this.stopped) {
      let worked = false;
      try {
        worked = await this.runOne();
      } catch (e) {
        this.log.error({ err: e }, 'job loop error');
      }
      if (!worked && !this.stopped) {
        await new Promise<void>((r) => {
          const t = setTimeout(r, this.opts.pollMs ?? 1000);
          this.wake = () => {
            clearTimeout(t);
            r();
          };
        });
        this.wake = null;
      }
    }
  }

  async runOne(): Promise<boolean> {
    const leaseMs = this.opts.leaseMs ?? 60_000;
    const job = await claimJob(this.db, this.id, leaseMs, Object.keys(this.handlers));
    if (!job) return false;
    const handler = this.handlers[job.kind]!;
    const renew = setInterval(() => {
      void this.db
        .update(jobs)
        .set({ lockedUntil: sql`now() + (${leaseMs} || ' milliseconds')::interval` })
        .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, this.id)))
        .catch(() => undefined);
    }, leaseMs / 3);
    const helpers: JobHelpers = {
      workerId: this.id,
      progress: (done, total) => setProgress(this.db, job.id, this.id, done, total),
      progressDuringTransaction: async (done, total) => {
        if (!(this.opts.singleConnection ?? !usesPool(this.db)))
          await setProgress(this.db, job.id, this.id, done, total);
      },
      checkpoint: async (value) => {
        await this.db
          .update(jobs)
          .set({ checkpoint: value, updatedAt: new Date() })
          .where(eq(jobs.id, job.id));
      },
    };
    try {
      const result = await handler(job, helpers);
      await this.db
        .update(jobs)
        .set({
          status: 'DONE',
          result: result ?? null,
          error: null,
          lockedBy: null,
          lockedUntil: null,
          updatedAt: new Date(),
        })
        .where(eq(jobs.id, job.id));
    } catch (e) {
      const known = e instanceof ServiceError;
      const final = known || job.attempts >= MAX_ATTEMPTS;
      if (!known) this.log.error({ err: e, jobId: job.id, kind: job.kind }, 'job failed');
      await this.db
        .update(jobs)
        .set({
          status: final ? 'FAILED' : 'QUEUED',
          error: known
            ? { code: e.code, message: e.message }
            : final
              ? { code: 'INTERNAL', message: 'Tác vụ gặp lỗi hệ thống và đã dừng sau nhiều lần thử.' }
              : { code: 'INTERNAL', message: 'Tác vụ gặp lỗi hệ thống; sẽ được thử lại.' },
          runAfter: new Date(Date.now() + 2 ** job.attempts * 1000),
          lockedBy: null,
          lockedUntil: null,
          updatedAt: new Date(),
        })
        .where(eq(jobs.id, job.id));
    } finally {
      clearInterval(renew);
    }
    return true;
  }
}
