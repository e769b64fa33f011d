/**
 * GET /api/v1/people?q=… throughput under 50 concurrent keep-alive connections on loopback, against a
 * trivial route registered on the same Fastify instance in the same run. Target: ratio ≥ 0.30.
 * Runs on PostgreSQL when BENCH_PG_URL or DATABASE_URL is set (primary line), and on PGlite.
 */
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { openDatabase, type Database } from '../apps/server/src/db/client';
import { migrate } from '../apps/server/src/db/migrate';
import { loadConfig } from '../apps/server/src/config';
import { buildApp } from '../apps/server/src/app';
import { LocalDiskStorage } from '../apps/server/src/storage/storage';
import { hashPassword } from '../apps/server/src/services/auth/password';
import { benchPgUrl, populatePeople, report, withTempPgDatabase } from './lib';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 20_000);
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const QUERIES = [
  'nguyen van an',
  'tran thi thu',
  'hoang duc',
  'le minh tuan',
  'pham thu ha',
  'bui',
  'ngo thanh',
];

async function populate(db: Database) {
  await populatePeople(db, PEOPLE);
  const hash = await hashPassword('mat-khau-bench', 1024);
  await db.exec(`
    INSERT INTO accounts (id, username, full_name, password_hash) VALUES ('00000000-0000-7000-8000-0000000000a1', 'bench', 'Bench', '${hash}');
    INSERT INTO role_grants (id, account_id, role, unit_id) VALUES (gen_random_uuid(), '00000000-0000-7000-8000-0000000000a1', 'OFFICER', '00000000-0000-7000-8000-000000000001');`);
}

/** Closed-loop load: CONNECTIONS workers each send the next request when the previous answer arrives. */
async function load(port: number, paths: string[], headers: Record<string, string>, seconds: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const deadline = Date.now() + seconds * 1000;
  let done = 0;
  let errors = 0;
  const one = (p: string) =>
    new Promise<void>((resolve) => {
      const req = http.request({ host: '127.0.0.1', port, path: p, agent, headers }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) done++;
          else errors++;
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end();
    });
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, w) => {
      let i = w;
      while (Date.now() < deadline) await one(paths[i++ % paths.length]!);
    }),
  );
  agent.destroy();
  return { rps: done / seconds, errors };
}

async function run(kind: string, database: Database) {
  await migrate(database);
  await populate(database);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vd-bench-'));
  const config = loadConfig({
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ARGON2_MEMORY_KIB: '1024',
  });
  const { app } = await buildApp({
    config,
    database,
    storage: new LocalDiskStorage(dataDir),
    log: pino({ level: 'silent' }),
  });
  app.get('/bench/trivial', { config: { auth: false } }, async () => ({ ok: true }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as { port: number }).port;
  const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench', password: 'mat-khau-bench' }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const searchPaths = QUERIES.map((q) => `/api/v1/people?q=${encodeURIComponent(q)}`);
  await load(port, searchPaths, { cookie }, 1); // warm-up
  await load(port, ['/bench/trivial'], {}, 1);
  const trivial = await load(port, ['/bench/trivial'], {}, SECONDS);
  const search = await load(port, searchPaths, { cookie }, SECONDS);
  console.log(
    `${kind}: tìm kiếm ${search.rps.toFixed(0)} req/s (lỗi ${search.errors}); route tầm thường ${trivial.rps.toFixed(0)} req/s`,
  );
  await app.close();
  return { search: search.rps, trivial: trivial.rps, errors: search.errors };
}

const results: { kind: string; search: number; trivial: number }[] = [];
if (!process.env.BENCH_SKIP_PGLITE) {
  const lite = await openDatabase({});
  results.push({ kind: 'pglite', ...(await run('PGlite', lite)) });
  await lite.close();
}
const pgUrl = benchPgUrl();
if (pgUrl) {
  await withTempPgDatabase(pgUrl, 'vd_bench_api', 20, async (db) => {
    results.push({ kind: 'postgres', ...(await run('PostgreSQL', db)) });
  });
}
for (const r of results) {
  report({
    bench: `people-api-throughput-${r.kind}`,
    metric: 'requests_per_second',
    value: r.search,
    unit: 'req/s',
    baseline: r.trivial,
    target_ratio: 0.3,
    connections: CONNECTIONS,
    people: PEOPLE,
  });
}
process.exit(0);
