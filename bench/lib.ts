import type { Database } from '../apps/server/src/db/client';

/** Shared helpers for benchmarks: percentiles, timing, the final JSON line. */
export function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1);
  return s[Math.max(0, i)]!;
}

export async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

export interface BenchLine {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  baseline: number;
  ratio?: number;
  /** Extra context (target, sizes). */
  [extra: string]: string | number | boolean | undefined;
}

/** Prints the machine-readable result line (the last line of a bench's output is the primary one). */
export function report(line: BenchLine) {
  const ratio = line.ratio ?? (line.baseline ? line.value / line.baseline : NaN);
  const out = { ...line, value: round(line.value), baseline: round(line.baseline), ratio: round(ratio, 4) };
  console.log(JSON.stringify(out));
}

export function round(x: number, digits = 2) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** The PostgreSQL server benchmarks may use, if any (BENCH_PG_URL, else DATABASE_URL). */
export function benchPgUrl(): string | undefined {
  return process.env.BENCH_PG_URL ?? process.env.DATABASE_URL;
}

/**
 * Runs `fn` on a throw-away database created on the PostgreSQL server at `url`, dropped afterwards
 * (kept when BENCH_KEEP is set, for EXPLAIN sessions).
 */
export async function withTempPgDatabase<T>(
  url: string,
  prefix: string,
  poolSize: number,
  fn: (db: Database) => Promise<T>,
): Promise<T> {
  const { default: pg } = await import('pg');
  const { openDatabase } = await import('../apps/server/src/db/client');
  const name = `${prefix}_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const db = await openDatabase({ url: u.toString(), poolSize });
  try {
    return await fn(db);
  } finally {
    await db.close();
    if (process.env.BENCH_KEEP) console.log(`giữ lại CSDL ${name}`);
    else await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  }
}

export const BENCH_ROOT_UNIT = '00000000-0000-7000-8000-000000000001';

/**
 * A root unit and `n` people with realistic, repetitive Vietnamese names (16 surnames × 12 middle × 26 given),
 * each employed in the root unit; vacuumed and analysed, as autovacuum leaves a production table.
 */
export async function populatePeople(db: Database, n: number) {
  await db.exec(`
    INSERT INTO units (id, code, kind, valid_from) VALUES ('00000000-0000-7000-8000-000000000001', 'ROOT', 'TINH', '2000-01-01');
    INSERT INTO unit_versions (id, unit_id, valid_from, name) VALUES (gen_random_uuid(), '00000000-0000-7000-8000-000000000001', '2000-01-01', 'Tỉnh Thử');
    WITH s AS (
      SELECT g,
        (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý'])[1 + ((g::bigint * 7919) % 16)::int] AS ho,
        (ARRAY['Văn','Thị','Đức','Minh','Thu','Ngọc','Quang','Thanh','Hữu','Xuân','Thùy','Kim'])[1 + ((g::bigint * 104729 + g / 7) % 12)::int] AS dem,
        (ARRAY['An','Anh','Bình','Châu','Dũng','Giang','Hà','Hải','Hùng','Hương','Khánh','Lan','Linh','Long','Mai','Nam','Nga','Phương','Quân','Sơn','Tâm','Thảo','Trang','Tuấn','Việt','Yến'])[1 + ((g::bigint * 15485863 + g / 3) % 26)::int] AS ten
      FROM generate_series(1, ${n}) g)
    INSERT INTO persons (id, full_name, name_sort, sex, date_of_birth, national_id, staff_code)
    SELECT gen_random_uuid(), ho || ' ' || dem || ' ' || ten, vd_norm(ten) || ' ' || vd_norm(ho || ' ' || dem || ' ' || ten),
      CASE WHEN g % 2 = 0 THEN 'NU' ELSE 'NAM' END, DATE '1960-01-01' + (g % 14000),
      lpad(g::text, 12, '0'), 'BENCH-' || g
    FROM s;
    INSERT INTO employments (id, person_id, unit_id, date_from, position)
    SELECT gen_random_uuid(), id, '00000000-0000-7000-8000-000000000001', '2010-01-01', 'Chuyên viên' FROM persons;`);
  // Steady state, as autovacuum leaves a production table: visibility map and statistics up to date.
  await db.exec('VACUUM ANALYZE persons');
  await db.exec('VACUUM ANALYZE employments');
}
