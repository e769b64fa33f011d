/**
 * Registry (sổ vàng) search over 2,000,000 award records on PostgreSQL (BENCH_PG_URL or DATABASE_URL).
 * Target: p95 ≤ 30 ms for `searchRegistry` (diacritic-free name words, filters, paging).
 * Baseline in the same run: the same name filters with index scans disabled (a sequential scan).
 * BENCH_AWARDS changes the size (e.g. 200000 for a quick run).
 */
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { queryRows, type Database } from '../apps/server/src/db/client';
import { migrate } from '../apps/server/src/db/migrate';
import { loadConfig } from '../apps/server/src/config';
import { fixedClock } from '../apps/server/src/lib/clock';
import { newId } from '../apps/server/src/lib/ids';
import { LocalDiskStorage } from '../apps/server/src/storage/storage';
import { searchRegistry } from '../apps/server/src/services/registry/search';
import type { ServiceContext } from '../apps/server/src/context';
import {
  BENCH_ROOT_UNIT,
  benchPgUrl,
  percentile,
  populatePeople,
  report,
  round,
  timeIt,
  withTempPgDatabase,
} from './lib';

const N = Number(process.env.BENCH_AWARDS ?? 2_000_000);
const PEOPLE = Math.max(1000, Math.round(N / 10));
const UNITS = 60;

/** Queries an officer types, with and without filters. `unit` is filled in after population. */
const QUERIES: Record<string, unknown>[] = [
  { q: 'nguyen van an' },
  { q: 'tran thi thu' },
  { q: 'hoang duc' },
  { q: 'le minh tuan' },
  { q: 'pham thu ha', yearFrom: 2010, yearTo: 2020 },
  { q: 'do quang', code: 'GIAY_KHEN' },
  { q: 'vu ngoc anh' },
  { q: 'bui', level: 'BO_TINH' },
  { q: 'dang hung', page: 2 },
  { q: 'ngo thanh', page: 3 },
  { q: 'nguyen' },
  { q: 'thao', yearFrom: 2018 },
  { code: 'BANG_KHEN_BO_TINH', yearFrom: 2015, yearTo: 2016 },
  { decisionNumber: '1234/QĐ-UBND' },
  { q: '777/QĐ-UBND' },
  { unit: true, q: 'tuan' },
  { unit: true, yearFrom: 2020 },
  { q: 'phan xuan linh', unit: true },
  { q: 'ly kim' },
  { q: 'duong thuy trang', page: 2 },
];

async function populate(db: Database) {
  await populatePeople(db, PEOPLE);
  // Units under the root: awards are spread across them.
  await db.exec(`
    INSERT INTO units (id, code, kind, valid_from)
      SELECT ('00000000-0000-7000-8000-' || lpad(to_hex(1000 + g), 12, '0'))::uuid, 'BU' || g, 'XA', '2000-01-01'
      FROM generate_series(1, ${UNITS}) g;
    INSERT INTO unit_versions (id, unit_id, valid_from, name, parent_id)
      SELECT gen_random_uuid(), ('00000000-0000-7000-8000-' || lpad(to_hex(1000 + g), 12, '0'))::uuid, '2000-01-01',
        'Phường Thử ' || g, '${BENCH_ROOT_UNIT}'
      FROM generate_series(1, ${UNITS}) g;`);
  // Ten awards per person on average (90 % individual, 10 % collective), decisions 1990–2025.
  await db.exec(`
    CREATE TEMP TABLE bp AS SELECT row_number() OVER () AS k, id, full_name FROM persons;
    INSERT INTO awards (id, recipient_kind, person_id, unit_id, recipient_name, recipient_position, recipient_unit_id,
      recipient_unit_name, code, decision_number, decided_on, signer, issuer_name, type, verify_code, source)
    SELECT gen_random_uuid(),
      CASE WHEN g % 10 = 0 THEN 'COLLECTIVE' ELSE 'INDIVIDUAL' END,
      CASE WHEN g % 10 = 0 THEN NULL ELSE bp.id END,
      CASE WHEN g % 10 = 0 THEN u.id ELSE NULL END,
      CASE WHEN g % 10 = 0 THEN 'Phường Thử ' || (1 + g % ${UNITS}) ELSE bp.full_name END,
      CASE WHEN g % 10 = 0 THEN NULL ELSE 'Chuyên viên' END,
      u.id, 'Phường Thử ' || (1 + g % ${UNITS}),
      (ARRAY['LDTT','CSTD_CO_SO','GIAY_KHEN','BANG_KHEN_BO_TINH','CSTD_BO_TINH','TT_LDXS','BANG_KHEN_THU_TUONG','HCLD_HANG_BA'])[1 + (g * 31 % 8)],
      ((g / 100) % 20000) || '/QĐ-UBND',
      DATE '1990-01-01' + ((g * 2654435761) % 13149)::int,
      'Chủ tịch UBND tỉnh', 'Ủy ban nhân dân tỉnh Thử', 'THUONG_XUYEN',
      upper(substr(md5(g::text || random()::text), 1, 12)), 'IMPORT'
    FROM generate_series(1, ${N}) g
    JOIN bp ON bp.k = 1 + (g * 7 % ${PEOPLE})
    JOIN units u ON u.id = ('00000000-0000-7000-8000-' || lpad(to_hex(1000 + 1 + g % ${UNITS}), 12, '0'))::uuid;`);
  await db.exec('VACUUM ANALYZE awards');
  await db.exec('VACUUM ANALYZE units');
  await db.exec('VACUUM ANALYZE unit_versions');
}

async function run(database: Database) {
  await migrate(database);
  const t0 = Date.now();
  await populate(database);
  const counted = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM awards`);
  const n = Number(counted[0]?.n ?? 0);
  console.log(`PostgreSQL: ${n} bản ghi khen thưởng được tạo trong ${Date.now() - t0} ms`);
  const unitId = '00000000-0000-7000-8000-' + (1000 + 7).toString(16).padStart(12, '0');
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/tmp/vd-bench', LOG_LEVEL: 'silent' });
  const ctx = (): ServiceContext => ({
    db: database.db,
    read: database.read,
    actor: {
      accountId: newId(),
      username: 'bench',
      fullName: 'Bench',
      personId: null,
      grants: [{ role: 'OFFICER', unitId: BENCH_ROOT_UNIT }],
    },
    requestId: null,
    clock: fixedClock('2026-10-01T00:00:00Z'),
    log: pino({ level: 'silent' }),
    storage: new LocalDiskStorage('/tmp/vd-bench'),
    config,
    memo: new Map(),
  });
  const input = (x: Record<string, unknown>) => {
    const { unit, ...rest } = x;
    return unit ? { ...rest, unitId } : rest;
  };
  // Warm-up: every query once on each pooled connection.
  for (let w = 0; w < 2; w++) {
    await Promise.all(
      [0, 1, 2, 3].map(async () => {
        for (const q of QUERIES) await searchRegistry(ctx(), input(q));
      }),
    );
  }
  const samples: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let i = 0; i < 400; i++) {
    const q = QUERIES[i % QUERIES.length]!;
    const ms = await timeIt(() => searchRegistry(ctx(), input(q)));
    samples.push(ms);
    const key = JSON.stringify(q);
    perQuery.set(key, [...(perQuery.get(key) ?? []), ms]);
  }
  for (const [k, v] of perQuery)
    console.log(`  ${k}: p50 ${round(percentile(v, 50), 1)} ms, max ${round(Math.max(...v), 1)} ms`);
  // Baseline: the name filters without indexes (sequential scan of the folded names), newest first.
  const base: number[] = [];
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL enable_indexscan = off`);
    await tx.execute(sql`SET LOCAL enable_bitmapscan = off`);
    for (let i = 0; i < 10; i++) {
      const words = String(QUERIES[i]!.q ?? 'nguyen').split(' ');
      const cond = sql.join(
        words.map((w) => sql`search_name LIKE ${'%' + w + '%'}`),
        sql` AND `,
      );
      base.push(
        await timeIt(() =>
          tx.execute(sql`SELECT * FROM awards WHERE ${cond} ORDER BY decided_on DESC, id DESC LIMIT 20`),
        ),
      );
    }
  });
  const p95 = percentile(samples, 95);
  const b95 = percentile(base, 95);
  console.log(
    `PostgreSQL: p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms; không chỉ mục p95 ${b95.toFixed(1)} ms`,
  );
  return { p95, b95, n };
}

const pgUrl = benchPgUrl();
if (!pgUrl) {
  console.error('Cần BENCH_PG_URL hoặc DATABASE_URL (PostgreSQL) cho benchmark này.');
  process.exit(1);
}
const r = await withTempPgDatabase(pgUrl, 'vd_bench_registry', 4, run);
report({
  bench: 'registry-search-postgres',
  metric: 'p95_latency',
  value: r.p95,
  unit: 'ms',
  baseline: r.b95,
  target: 30,
  awards: r.n,
});
process.exit(0);
