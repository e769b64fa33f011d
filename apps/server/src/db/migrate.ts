import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from './client';

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

interface JournalEntry {
  idx: number;
  tag: string;
}

/** The committed SQL migrations in order (drizzle-kit's journal). */
export function listMigrations(dir = MIGRATIONS_DIR): { tag: string; sql: string; hash: string }[] {
  const journal = JSON.parse(readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return journal.entries
    .sort((a, b) => a.idx - b.idx)
    .map((e) => {
      const text = readFileSync(path.join(dir, `${e.tag}.sql`), 'utf8');
      return { tag: e.tag, sql: text, hash: createHash('sha256').update(text).digest('hex') };
    });
}

/**
 * Applies pending migrations, each in its own transaction, under an advisory lock so that several app
 * nodes starting together do not race. A migration that changed after it was applied is an error.
 */
export async function migrate(database: Database): Promise<string[]> {
  const { db } = database;
  const applied: string[] = [];
  await db.execute(sql`CREATE TABLE IF NOT EXISTS vd_migrations (
    tag text PRIMARY KEY, hash text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(774201)`);
    const rows = await queryRows<{ tag: string; hash: string }>(tx, sql`SELECT tag, hash FROM vd_migrations`);
    const done = new Map(rows.map((r) => [r.tag, r.hash]));
    for (const m of listMigrations()) {
      const prev = done.get(m.tag);
      if (prev) {
        if (prev !== m.hash) throw new Error(`Migration ${m.tag} đã bị sửa sau khi áp dụng (hash khác).`);
        continue;
      }
      for (const stmt of m.sql.split('--> statement-breakpoint')) {
        if (stmt.trim()) await tx.execute(sql.raw(stmt));
      }
      await tx.execute(sql`INSERT INTO vd_migrations (tag, hash) VALUES (${m.tag}, ${m.hash})`);
      applied.push(m.tag);
    }
  });
  return applied;
}
