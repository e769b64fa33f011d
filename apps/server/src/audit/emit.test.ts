import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { auditLog } from '../db/schema';
import { createTestEnv } from '../test/harness';
import { emitAudit, verifyAuditChain } from './emit';

const env = await createTestEnv();

describe('audit hash chain', () => {
  it('chains every row to the previous one and verifies clean', async () => {
    const ctx = env.ctx();
    for (let i = 0; i < 3; i++) {
      await env.database.db.transaction((tx) =>
        emitAudit(tx, ctx, {
          action: 'unit.update',
          entity: 'unit',
          entityId: `u${i}`,
          before: { n: i },
          after: { n: i + 1 },
        }),
      );
    }
    const rows = await env.database.db.select().from(auditLog).orderBy(auditLog.seq);
    expect(rows).toHaveLength(3);
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    expect(rows[2]!.prevHash).toBe(rows[1]!.hash);
    const report = await verifyAuditChain(env.database.db);
    expect(report).toMatchObject({ ok: true, checked: 3 });
  });

  it('detects a row whose content was edited in the database', async () => {
    const [row] = await env.database.db.select().from(auditLog).where(eq(auditLog.entityId, 'u1'));
    await env.database.db
      .update(auditLog)
      .set({ after: { n: 999 } })
      .where(eq(auditLog.seq, row!.seq));
    const report = await verifyAuditChain(env.database.db);
    expect(report.ok).toBe(false);
    expect(report.firstBadSeq).toBe(row!.seq);
  });

  it('detects a row deleted from the middle of the chain', async () => {
    const [row] = await env.database.db.select().from(auditLog).where(eq(auditLog.entityId, 'u1'));
    await env.database.db.execute(sql`DELETE FROM audit_log WHERE seq = ${row!.seq}`);
    const report = await verifyAuditChain(env.database.db);
    expect(report.ok).toBe(false);
    expect(report.reason).toMatch(/Liên kết/);
  });

  it('leaves no audit row when the change itself fails after emitting', async () => {
    const ctx = env.ctx();
    await expect(
      env.database.db.transaction(async (tx) => {
        await tx.execute(sql`CREATE TEMP TABLE probe (x int)`);
        await tx.execute(sql`INSERT INTO probe VALUES (1)`);
        await emitAudit(tx, ctx, { action: 'unit.update', entity: 'unit', entityId: 'x' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const n = await env.database.db.select().from(auditLog).where(eq(auditLog.entityId, 'x'));
    expect(n).toHaveLength(0);
  });
});
