import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: queries accept both. */
export type Executor = Db | Tx;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Read replica when configured, else the primary. */
  read: Db;
  /** Runs raw SQL (migrations, scripts). */
  exec(sqlText: string): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the data directory as a gzipped tarball (test templates, backups). */
  dumpDataDir?: () => Promise<Blob>;
}

export interface DatabaseOptions {
  url?: string;
  readUrl?: string;
  dataDir?: string;
  poolSize?: number;
  /** PGlite only: start from a dumped data directory (a migrated template, in tests). */
  loadDataDir?: Blob | File;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.url) return openPostgres(opts.url, opts.readUrl, opts.poolSize ?? 10);
  return openPglite(opts.dataDir, opts.loadDataDir);
}

async function openPglite(dataDir: string | undefined, loadDataDir?: Blob | File): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { drizzle } = await import('drizzle-orm/pglite');
  let dir: string | undefined;
  if (dataDir) {
    dir = path.join(dataDir, 'pgdata');
    mkdirSync(dir, { recursive: true });
  }
  const client = await PGlite.create({
    ...(dir ? { dataDir: dir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    extensions: { unaccent, pg_trgm },
  });
  const db: Db = drizzle({ client, schema });
  return {
    kind: 'pglite',
    db,
    read: db,
    exec: async (s) => {
      await client.exec(s);
    },
    close: () => client.close(),
    dumpDataDir: async () => (await client.dumpDataDir('gzip')) as Blob,
  };
}

async function openPostgres(url: string, readUrl: string | undefined, poolSize: number): Promise<Database> {
  const pg = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  // Legal dates stay 'YYYY-MM-DD' strings (no timezone shifts); bigint counts become numbers.
  pg.default.types.setTypeParser(1082, (v: string) => v);
  pg.default.types.setTypeParser(20, (v: string) => Number(v));
  const pool = new pg.default.Pool({ connectionString: url, max: poolSize });
  const readPool = readUrl ? new pg.default.Pool({ connectionString: readUrl, max: poolSize }) : null;
  // An idle connection killed by the server (restart, failover) must not crash the process; the pool
  // replaces it on next use.
  const onIdleError = (err: Error) => console.error(`PostgreSQL: kết nối nhàn rỗi bị đóng (${err.message})`);
  pool.on('error', onIdleError);
  readPool?.on('error', onIdleError);
  const db: Db = drizzle({ client: pool, schema });
  const read: Db = readPool ? drizzle({ client: readPool, schema }) : db;
  return {
    kind: 'postgres',
    db,
    read,
    exec: async (s) => {
      await pool.query(s);
    },
    close: async () => {
      await pool.end();
      await readPool?.end();
    },
  };
}

/** Runs raw SQL and returns its rows (both drivers answer `{ rows }`). */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}
