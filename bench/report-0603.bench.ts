/**
 * Biểu 0603.N for a province over 2,000,000 award records on PostgreSQL. Target: ≤ 2 s (issue 6).
 *
 * Data: a province of ~1,500 units (30 districts × 40 wards that move under the province when the districts
 * are dissolved on 01/07/2025, 20 departments × 10 offices, 100 enterprises), 400,000 people (30 % with an
 * earlier employment elsewhere, 6 % leaders) and BENCH_AWARDS (default 2,000,000) awards over 2018–2025: a
 * realistic mix where most records are grassroots titles (LĐTT, CSTĐ cơ sở, giấy khen) and ~25 % are the
 * four 0603 forms; 15 % are collective awards.
 * Measured: the full `getReport` verb for 0603, the province, year 2025 (median of 5 warm runs).
 * Baseline in the same run: a plain `SELECT count(*) FROM awards` over the same table (median of 5).
 * Needs BENCH_PG_URL or DATABASE_URL (skips with a message otherwise). BENCH_KEEP=1 keeps the database;
 * BENCH_REUSE_URL=<its url> measures again on it without rebuilding.
 */
import pino from 'pino';
import { sql } from 'drizzle-orm';
import { migrate } from '../apps/server/src/db/migrate';
import type { Database } from '../apps/server/src/db/client';
import { loadConfig } from '../apps/server/src/config';
import { fixedClock } from '../apps/server/src/lib/clock';
import { LocalDiskStorage } from '../apps/server/src/storage/storage';
import { getReport } from '../apps/server/src/services/reports/get-report';
import type { ServiceContext } from '../apps/server/src/context';
import { BENCH_ROOT_UNIT, benchPgUrl, percentile, report, timeIt, withTempPgDatabase } from './lib';

const AWARDS = Number(process.env.BENCH_AWARDS ?? 2_000_000);
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 400_000);
const TARGET_MS = 2000;

async function populate(db: Database) {
  await db.exec(`
    CREATE UNLOGGED TABLE bench_units (n int PRIMARY KEY, id uuid NOT NULL, kind text NOT NULL);
    INSERT INTO units (id, code, kind, valid_from) VALUES ('${BENCH_ROOT_UNIT}', 'ROOT', 'TINH', '2000-01-01');
    INSERT INTO unit_versions (id, unit_id, valid_from, name) VALUES (gen_random_uuid(), '${BENCH_ROOT_UNIT}', '2000-01-01', 'Tỉnh Thử');
    -- 30 districts, dissolved on 01/07/2025
    INSERT INTO units (id, code, kind, valid_from, valid_to)
      SELECT gen_random_uuid(), 'H' || g, 'HUYEN', '2000-01-01', '2025-06-30' FROM generate_series(1, 30) g;
    INSERT INTO unit_versions (id, unit_id, valid_from, valid_to, name, parent_id)
      SELECT gen_random_uuid(), id, '2000-01-01', '2025-06-30', 'Huyện ' || code, '${BENCH_ROOT_UNIT}' FROM units WHERE kind = 'HUYEN';
    -- 40 wards per district; from 01/07/2025 directly under the province
    INSERT INTO units (id, code, kind, valid_from)
      SELECT gen_random_uuid(), h.code || '-X' || g, 'XA', '2000-01-01' FROM units h, generate_series(1, 40) g WHERE h.kind = 'HUYEN';
    INSERT INTO unit_versions (id, unit_id, valid_from, valid_to, name, parent_id)
      SELECT gen_random_uuid(), x.id, '2000-01-01', '2025-06-30', 'Xã ' || x.code, h.id
        FROM units x JOIN units h ON h.code = split_part(x.code, '-', 1) WHERE x.kind = 'XA';
    INSERT INTO unit_versions (id, unit_id, valid_from, name, parent_id)
      SELECT gen_random_uuid(), id, '2025-07-01', 'Xã ' || code, '${BENCH_ROOT_UNIT}' FROM units WHERE kind = 'XA';
    -- 20 departments with 10 offices each, 100 enterprises
    INSERT INTO units (id, code, kind, valid_from)
      SELECT gen_random_uuid(), 'S' || g, 'SO_NGANH', '2000-01-01' FROM generate_series(1, 20) g;
    INSERT INTO unit_versions (id, unit_id, valid_from, name, parent_id)
      SELECT gen_random_uuid(), id, '2000-01-01', 'Sở ' || code, '${BENCH_ROOT_UNIT}' FROM units WHERE kind = 'SO_NGANH';
    INSERT INTO units (id, code, kind, valid_from)
      SELECT gen_random_uuid(), s.code || '-P' || g, 'PHONG_BAN', '2000-01-01' FROM units s, generate_series(1, 10) g WHERE s.kind = 'SO_NGANH';
    INSERT INTO unit_versions (id, unit_id, valid_from, name, parent_id)
      SELECT gen_random_uuid(), p.id, '2000-01-01', 'Phòng ' || p.code, s.id
        FROM units p JOIN units s ON s.code = split_part(p.code, '-', 1) WHERE p.kind = 'PHONG_BAN';
    INSERT INTO units (id, code, kind, valid_from)
      SELECT gen_random_uuid(), 'DN' || g, 'DOANH_NGHIEP', '2000-01-01' FROM generate_series(1, 100) g;
    INSERT INTO unit_versions (id, unit_id, valid_from, name, parent_id)
      SELECT gen_random_uuid(), id, '2000-01-01', 'Công ty ' || code, '${BENCH_ROOT_UNIT}' FROM units WHERE kind = 'DOANH_NGHIEP';
    INSERT INTO bench_units SELECT row_number() OVER (ORDER BY code)::int, id, kind FROM units WHERE kind IN ('XA', 'PHONG_BAN', 'DOANH_NGHIEP', 'SO_NGANH');

    INSERT INTO persons (id, full_name, name_sort, sex, ethnicity, date_of_birth)
      SELECT gen_random_uuid(), 'Người ' || g, 'nguoi ' || g, CASE WHEN g % 2 = 0 THEN 'NU' ELSE 'NAM' END,
             CASE WHEN g % 17 = 0 THEN 'Tày' ELSE 'Kinh' END, DATE '1960-01-01' + (g % 14000)
        FROM generate_series(1, ${PEOPLE}) g;
    CREATE UNLOGGED TABLE bench_people AS SELECT row_number() OVER ()::int AS n, id FROM persons;
    ALTER TABLE bench_people ADD PRIMARY KEY (n);`);
  await db.exec(`
    INSERT INTO employments (id, person_id, unit_id, date_from, position, is_leader, is_direct_worker)
      SELECT gen_random_uuid(), p.id, bu.id, '2020-01-01', 'Chuyên viên', p.n % 16 = 0, p.n % 16 <> 0
        FROM bench_people p
        JOIN bench_units bu ON bu.n = 1 + (p.n::bigint * 7919) % (SELECT count(*)::int FROM bench_units);
    INSERT INTO employments (id, person_id, unit_id, date_from, date_to, position, is_direct_worker)
      SELECT gen_random_uuid(), p.id, bu.id, '2010-01-01', '2019-12-31', 'Nhân viên', true
        FROM bench_people p
        JOIN bench_units bu ON bu.n = 1 + (p.n::bigint * 104729) % (SELECT count(*)::int FROM bench_units)
       WHERE p.n % 10 < 3;`);
  // Awards: 85 % individual, 15 % collective; codes by weight; dates spread over 2018–2025.
  await db.exec(`
    INSERT INTO awards (id, recipient_kind, person_id, unit_id, recipient_name, recipient_unit_id, verify_code,
                        code, decision_number, decided_on, type)
      SELECT gen_random_uuid(), CASE WHEN bp.id IS NULL THEN 'COLLECTIVE' ELSE 'INDIVIDUAL' END,
             bp.id, CASE WHEN bp.id IS NULL THEN bu.id END, 'Người nhận ' || g.g,
             CASE WHEN bp.id IS NULL THEN bu.id END, 'B' || lpad(g.g::text, 11, '0'),
             CASE WHEN g.r < 420 THEN CASE WHEN g.r % 20 < 17 THEN 'LDTT' ELSE 'TT_LDTT' END
                  WHEN g.r < 540 THEN CASE WHEN g.r % 20 < 17 THEN 'CSTD_CO_SO' ELSE 'TT_LDXS' END
                  WHEN g.r < 730 THEN 'GIAY_KHEN'
                  WHEN g.r < 900 THEN 'BANG_KHEN_BO_TINH'
                  WHEN g.r < 950 THEN CASE WHEN g.r % 20 < 17 THEN 'CSTD_BO_TINH' ELSE 'CO_THI_DUA_BO_TINH' END
                  WHEN g.r < 980 THEN 'KY_NIEM_CHUONG_BO_TINH'
                  ELSE 'BANG_KHEN_THU_TUONG' END,
             g.g || '/QĐ-UBND', DATE '2018-01-01' + g.d::int,
             (ARRAY['THUONG_XUYEN','THUONG_XUYEN','THUONG_XUYEN','CHUYEN_DE','DOT_XUAT','CONG_HIEN','NIEN_HAN','DOI_NGOAI'])[1 + (g.g % 8)::int]
        FROM (SELECT g, (g * 2654435761::bigint) % 1000 AS r, (g * 40503::bigint) % 2922 AS d
                FROM generate_series(1, ${AWARDS}) g) g
        LEFT JOIN bench_people bp ON g.r % 20 < 17 AND bp.n = 1 + (g.g * 7) % ${PEOPLE}
        JOIN bench_units bu ON bu.n = 1 + (g.g * 13) % (SELECT count(*)::int FROM bench_units);`);
  for (const t of ['units', 'unit_versions', 'persons', 'employments', 'awards'])
    await db.exec(`VACUUM ANALYZE ${t}`);
}

async function main() {
  const url = benchPgUrl();
  if (!url) {
    console.log('Bỏ qua: cần BENCH_PG_URL hoặc DATABASE_URL (PostgreSQL).');
    return;
  }
  // BENCH_REUSE_URL: a database left by an earlier run with BENCH_KEEP=1 (skips the ten-minute population).
  const reuse = process.env.BENCH_REUSE_URL;
  const withDb = reuse
    ? async (fn: (db: Database) => Promise<void>) => {
        const { openDatabase } = await import('../apps/server/src/db/client');
        const db = await openDatabase({ url: reuse, poolSize: 4 });
        try {
          await fn(db);
        } finally {
          await db.close();
        }
      }
    : (fn: (db: Database) => Promise<void>) => withTempPgDatabase(url, 'vd_bench_0603', 4, fn);
  await withDb(async (database) => {
    await migrate(database);
    if (!reuse) {
      const t0 = Date.now();
      await populate(database);
      console.log(`Tạo ${AWARDS} bản ghi khen thưởng, ${PEOPLE} người trong ${Date.now() - t0} ms`);
    }
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/tmp/vd-bench', LOG_LEVEL: 'silent' });
    const ctx = (): ServiceContext => ({
      db: database.db,
      read: database.read,
      actor: {
        accountId: '00000000-0000-7000-8000-0000000000aa',
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
    const input = { form: '0603', unitId: BENCH_ROOT_UNIT, year: 2025 };
    const first = await getReport(ctx(), input);
    console.log(
      `Biểu 0603 năm 2025: tổng ${first.values.TONG!.TONG} lượt khen`,
      JSON.stringify(first.values.TONG),
    );
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) samples.push(await timeIt(() => getReport(ctx(), input)));
    const base: number[] = [];
    for (let i = 0; i < 5; i++)
      base.push(await timeIt(() => database.db.execute(sql`SELECT count(*) FROM awards`)));
    const value = percentile(samples, 50);
    const baseline = percentile(base, 50);
    console.log(
      `0603: ${samples.map((s) => s.toFixed(0)).join(', ')} ms; count(*): ${base.map((s) => s.toFixed(0)).join(', ')} ms`,
    );
    report({
      bench: 'report-0603',
      metric: 'median_ms',
      value,
      unit: 'ms',
      baseline,
      target_ms: TARGET_MS,
      awards: AWARDS,
      people: PEOPLE,
      counted: first.values.TONG!.TONG ?? 0,
      pass: value <= TARGET_MS,
    });
  });
}

await main();
