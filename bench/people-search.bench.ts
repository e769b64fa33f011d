/**
 * People search without diacritics over 200,000 people.
 * Targets: p95 ≤ 60 ms on PGlite, ≤ 20 ms on PostgreSQL (set BENCH_PG_URL or DATABASE_URL to include it).
 * Baseline in the same run: the same query with index scans disabled (a sequential scan of unaccent(name)).
 */
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { openDatabase, type Database } from '../apps/server/src/db/client';
import { migrate } from '../apps/server/src/db/migrate';
import { loadConfig } from '../apps/server/src/config';
import { fixedClock } from '../apps/server/src/lib/clock';
import { newId } from '../apps/server/src/lib/ids';
import { LocalDiskStorage } from '../apps/server/src/storage/storage';
import { searchPeople } from '../apps/server/src/services/people/queries';
import type { ServiceContext } from '../apps/server/src/context';
import { benchPgUrl, percentile, populatePeople, report, timeIt, withTempPgDatabase } from './lib';

const N = Number(process.env.BENCH_PEOPLE ?? 200_000);
const QUERIES = [
  'nguyen van an',
  'tran thi thu',
  'hoang duc',
  'le minh tuan',
  'pham thu ha',
  'do quang',
  'vu thi ngoc anh',
  'bui',
  'dang van hung',
  'ngo thanh',
];

async function populate(db: Database) {
  const t = Date.now();
  await populatePeople(db, N);
  return Date.now() - t;
}

async function run(kind: string, database: Database) {
  await migrate(database);
  const ms = await populate(database);
  console.log(`${kind}: ${N} người được tạo trong ${ms} ms`);
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/tmp/vd-bench', LOG_LEVEL: 'silent' });
  const ctx = (): ServiceContext => ({
    db: database.db,
    read: database.read,
    actor: {
      accountId: newId(),
      username: 'bench',
      fullName: 'Bench',
      personId: null,
      grants: [{ role: 'SYSTEM_ADMIN', unitId: '00000000-0000-7000-8000-000000000001' }],
    },
    requestId: null,
    clock: fixedClock('2026-10-01T00:00:00Z'),
    log: pino({ level: 'silent' }),
    storage: new LocalDiskStorage('/tmp/vd-bench'),
    config,
    memo: new Map(),
  });
  // Warm-up: every query and page once on each pooled connection.
  for (let w = 0; w < 2; w++) {
    await Promise.all(
      [0, 1, 2, 3].map(async () => {
        for (const q of QUERIES) for (const page of [1, 2, 3]) await searchPeople(ctx(), { q, page });
      }),
    );
  }
  const samples: number[] = [];
  for (let i = 0; i < 200; i++) {
    const q = QUERIES[i % QUERIES.length]!;
    samples.push(await timeIt(() => searchPeople(ctx(), { q, page: 1 + (i % 3) })));
  }
  // Baseline: the same filter without indexes (sequential scan over unaccented names).
  const base: number[] = [];
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL enable_indexscan = off`);
    await tx.execute(sql`SET LOCAL enable_bitmapscan = off`);
    for (let i = 0; i < 20; i++) {
      const q = QUERIES[i % QUERIES.length]!;
      base.push(
        await timeIt(() =>
          tx.execute(
            sql`SELECT id, full_name FROM persons WHERE vd_norm(full_name) LIKE '%' || vd_norm(${q}) || '%' ORDER BY name_sort LIMIT 20`,
          ),
        ),
      );
    }
  });
  const p95 = percentile(samples, 95);
  const b95 = percentile(base, 95);
  console.log(
    `${kind}: p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms; không chỉ mục p95 ${b95.toFixed(1)} ms`,
  );
  return { p95, b95 };
}

const results: { kind: string; p95: number; b95: number }[] = [];
const pgUrl = benchPgUrl();
if (pgUrl) {
  await withTempPgDatabase(pgUrl, 'vd_bench', 4, async (db) => {
    results.push({ kind: 'postgres', ...(await run('PostgreSQL', db)) });
  });
}
if (!process.env.BENCH_SKIP_PGLITE) {
  const lite = await openDatabase({});
  results.push({ kind: 'pglite', ...(await run('PGlite', lite)) });
  await lite.close();
}
for (const r of results) {
  report({
    bench: `people-search-${r.kind}`,
    metric: 'p95_latency',
    value: r.p95,
    unit: 'ms',
    baseline: r.b95,
    target: r.kind === 'postgres' ? 20 : 60,
    people: N,
  });
}
process.exit(0);
