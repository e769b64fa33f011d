import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { jobs } from '../db/schema';
import { createTestEnv } from '../test/harness';
import { ServiceError } from '../errors';
import { MAX_ATTEMPTS, JobWorker, type JobHandler } from './worker';
import { claimJob, enqueueJob } from './queue';

const env = await createTestEnv();
const log = pino({ level: 'silent' });
const db = env.database.db;

let kindSeq = 0;
/** Each test uses its own job kind so workers only see the jobs of that test. */
const freshKind = () => `test.kind${++kindSeq}`;
const enqueue = async (kind: string, payload: Record<string, unknown> = {}) =>
  db.transaction((tx) => enqueueJob(tx, env.ctx(), kind, payload));
const jobRow = async (id: string) => (await db.select().from(jobs).where(eq(jobs.id, id)))[0]!;
/** Makes a job due now (skips the retry back-off). */
const makeDue = (id: string) =>
  db
    .update(jobs)
    .set({ runAfter: sql`now() - interval '1 second'` })
    .where(eq(jobs.id, id));

describe('JobWorker', () => {
  it('hai worker chạy song song không bao giờ nhận cùng một tác vụ', async () => {
    const kind = freshKind();
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push((await enqueue(kind, { i })).id);
    const seen: { worker: string; id: string }[] = [];
    const handler =
      (name: string): JobHandler =>
      async (job) => {
        seen.push({ worker: name, id: job.id });
        await new Promise((r) => setTimeout(r, 5));
        return { by: name };
      };
    const w1 = new JobWorker(db, { [kind]: handler('w1') }, log);
    const w2 = new JobWorker(db, { [kind]: handler('w2') }, log);
    const [n1, n2] = await Promise.all([w1.drain(), w2.drain()]);
    expect(n1 + n2).toBe(6);
    expect(seen.map((s) => s.id).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const row = await jobRow(id);
      expect(row.status).toBe('DONE');
      expect(row.attempts).toBe(1);
      expect(row.lockedBy).toBeNull();
    }
  });

  it('tác vụ đang được giữ (lease còn hạn) không bị worker khác nhận', async () => {
    const kind = freshKind();
    const job = await enqueue(kind);
    const first = await claimJob(db, 'worker-a', 60_000, [kind]);
    expect(first?.id).toBe(job.id);
    expect(first?.status).toBe('RUNNING');
    expect(await claimJob(db, 'worker-b', 60_000, [kind])).toBeNull();
    expect(await claimJob(db, 'worker-b', 60_000, [])).toBeNull();
  });

  it('tác vụ có lease đã hết hạn (worker chết) được nhận lại và tiếp tục từ checkpoint', async () => {
    const kind = freshKind();
    const job = await enqueue(kind, { steps: 4 });
    const dead = await claimJob(db, 'dead-worker', 60_000, [kind]);
    expect(dead?.id).toBe(job.id);
    await db
      .update(jobs)
      .set({ checkpoint: { done: 2 } })
      .where(eq(jobs.id, job.id));

    const resumedFrom: unknown[] = [];
    const handler: JobHandler = async (j, helpers) => {
      resumedFrom.push(j.checkpoint);
      const start = (j.checkpoint as { done: number } | null)?.done ?? 0;
      for (let s = start; s < 4; s++) await helpers.checkpoint({ done: s + 1 });
      return { resumedAt: start };
    };
    const w = new JobWorker(db, { [kind]: handler }, log);
    // lease still valid: nothing to run
    expect(await w.runOne()).toBe(false);
    await db
      .update(jobs)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(eq(jobs.id, job.id));
    expect(await w.runOne()).toBe(true);
    const row = await jobRow(job.id);
    expect(resumedFrom).toEqual([{ done: 2 }]);
    expect(row).toMatchObject({
      status: 'DONE',
      attempts: 2,
      result: { resumedAt: 2 },
      checkpoint: { done: 4 },
    });
  });

  it('ServiceError làm tác vụ thất bại ngay với mã lỗi của nó, không thử lại', async () => {
    const kind = freshKind();
    const job = await enqueue(kind);
    let calls = 0;
    const w = new JobWorker(
      db,
      {
        [kind]: async () => {
          calls++;
          throw new ServiceError('IMPORT_HEADER_MISMATCH');
        },
      },
      log,
    );
    await w.drain();
    await makeDue(job.id);
    await w.drain();
    expect(calls).toBe(1);
    const row = await jobRow(job.id);
    expect(row).toMatchObject({
      status: 'FAILED',
      attempts: 1,
      error: { code: 'IMPORT_HEADER_MISMATCH', message: 'Tiêu đề cột của tệp không khớp với mẫu nhập liệu.' },
      lockedBy: null,
    });
  });

  it(`lỗi bất ngờ được thử lại tới ${MAX_ATTEMPTS} lần rồi mới thất bại, không lộ chi tiết lỗi`, async () => {
    const kind = freshKind();
    const job = await enqueue(kind);
    let calls = 0;
    const w = new JobWorker(
      db,
      {
        [kind]: async () => {
          calls++;
          throw new Error('kết nối hỏng: mật khẩu db=abc');
        },
      },
      log,
    );
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await w.runOne()).toBe(true);
      const row = await jobRow(job.id);
      expect(row.attempts).toBe(attempt);
      expect(row.status).toBe(attempt < MAX_ATTEMPTS ? 'QUEUED' : 'FAILED');
      if (attempt < MAX_ATTEMPTS) {
        // back-off: not due again straight away
        expect(row.runAfter.getTime()).toBeGreaterThan(Date.now());
        expect(await w.runOne()).toBe(false);
        await makeDue(job.id);
      }
    }
    await makeDue(job.id);
    expect(await w.runOne()).toBe(false);
    expect(calls).toBe(MAX_ATTEMPTS);
    const row = await jobRow(job.id);
    expect(row.error).toMatchObject({ code: 'INTERNAL' });
    expect(JSON.stringify(row.error)).not.toContain('mật khẩu');
  });

  it('một tác vụ thành công sau một lần lỗi bất ngờ', async () => {
    const kind = freshKind();
    const job = await enqueue(kind);
    let calls = 0;
    const w = new JobWorker(
      db,
      {
        [kind]: async (_j, helpers) => {
          calls++;
          if (calls === 1) throw new Error('tạm thời');
          await helpers.progress(3, 3);
          return { ok: true };
        },
      },
      log,
    );
    await w.runOne();
    await makeDue(job.id);
    await w.runOne();
    expect(await jobRow(job.id)).toMatchObject({
      status: 'DONE',
      attempts: 2,
      progress: 3,
      total: 3,
      result: { ok: true },
      error: null,
    });
  });
});
