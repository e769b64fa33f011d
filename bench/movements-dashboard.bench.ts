/**
 * Movement dashboard: 2,000 participating units × 20 content items (40,000 reported values, half the units with
 * registered targets). Target: p95 ≤ 100 ms on PostgreSQL (BENCH_PG_URL or DATABASE_URL); without it the bench
 * runs on PGlite (informative only). Baseline in the same run: one plain aggregate over the same progress values
 * (SELECT report_id, avg(value_num) … GROUP BY report_id), so the ratio shows the cost of the dashboard over a raw scan.
 */
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { openDatabase, type Database } from '../apps/server/src/db/client';
import { migrate } from '../apps/server/src/db/migrate';
import { loadConfig } from '../apps/server/src/config';
import { fixedClock } from '../apps/server/src/lib/clock';
import { newId } from '../apps/server/src/lib/ids';
import { LocalDiskStorage } from '../apps/server/src/storage/storage';
import { movementDashboard } from '../apps/server/src/services/progress/dashboard';
import type { ServiceContext } from '../apps/server/src/context';
import { benchPgUrl, percentile, report, timeIt, withTempPgDatabase } from './lib';

const UNITS = Number(process.env.BENCH_UNITS ?? 2000);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 20);
const ROOT = '00000000-0000-7000-8000-000000000001';
const MOVEMENT = '00000000-0000-7000-8000-0000000000a1';
const PERIOD = '00000000-0000-7000-8000-0000000000b1';

async function populate(db: Database) {
  await db.exec(`
    INSERT INTO units (id, code, kind, valid_from) VALUES ('${ROOT}', 'ROOT', 'TINH', '2000-01-01');
    INSERT INTO unit_versions (id, unit_id, valid_from, name) VALUES (gen_random_uuid(), '${ROOT}', '2000-01-01', 'Tỉnh Thử');
    CREATE TEMP TABLE bu AS SELECT g, gen_random_uuid() AS id FROM generate_series(1, ${UNITS}) g;
    INSERT INTO units (id, code, kind, valid_from) SELECT id, 'U' || g, 'XA', '2000-01-01' FROM bu;
    INSERT INTO unit_versions (id, unit_id, valid_from, name, parent_id)
      SELECT gen_random_uuid(), id, '2000-01-01', 'Phường Thử số ' || g, '${ROOT}' FROM bu;
    INSERT INTO movements (id, slug, name, kind, launching_unit_id, launch_level, scope, start_date, end_date)
      VALUES ('${MOVEMENT}', 'bench', 'Phong trào thử', 'CHUYEN_DE', '${ROOT}', 'BO_NGANH_TINH', 'BO_NGANH_DIA_PHUONG', '2026-01-01', '2026-12-31');
    INSERT INTO movement_steps (id, movement_id, kind, on_date) VALUES (gen_random_uuid(), '${MOVEMENT}', 'LAUNCH', '2026-01-01');
    INSERT INTO movement_units (movement_id, unit_id) SELECT '${MOVEMENT}', id FROM bu;
    INSERT INTO movement_items (id, movement_id, seq, title, target_type, target_num, target_day, target_flag)
      SELECT gen_random_uuid(), '${MOVEMENT}', s, 'Nội dung ' || s,
             (ARRAY['NUMBER','PERCENT','DATE','BOOLEAN'])[1 + s % 4],
             CASE WHEN s % 4 IN (0, 1) THEN 10 + s END,
             CASE WHEN s % 4 = 2 THEN DATE '2026-06-30' END,
             CASE WHEN s % 4 = 3 THEN true END
        FROM generate_series(1, ${ITEMS}) s;
    INSERT INTO movement_report_periods (id, movement_id, seq, name, as_of, due_date)
      VALUES ('${PERIOD}', '${MOVEMENT}', 1, 'Quý I', '2026-03-31', '2026-04-05');
    INSERT INTO registrations (id, movement_id, unit_id) SELECT gen_random_uuid(), '${MOVEMENT}', id FROM bu WHERE g % 2 = 0;
    INSERT INTO registration_targets (registration_id, item_id, value_num, value_day, value_flag)
      SELECT r.id, i.id, CASE WHEN i.target_num IS NOT NULL THEN i.target_num + 2 END, i.target_day, i.target_flag
        FROM registrations r CROSS JOIN movement_items i WHERE i.movement_id = '${MOVEMENT}';
    INSERT INTO progress_reports (id, movement_id, period_id, unit_id, submitted_at, submitted_on)
      SELECT gen_random_uuid(), '${MOVEMENT}', '${PERIOD}', id, now(), DATE '2026-04-01' + (g % 9) FROM bu;
    INSERT INTO progress_values (report_id, item_id, value_num, value_day, value_flag)
      SELECT r.id, i.id,
             CASE WHEN i.target_type IN ('NUMBER', 'PERCENT') THEN (hashtext(r.id::text || i.id::text) & 15) END,
             CASE WHEN i.target_type = 'DATE' THEN DATE '2026-06-01' + (hashtext(r.id::text) & 63) END,
             CASE WHEN i.target_type = 'BOOLEAN' THEN (hashtext(i.id::text || r.id::text) & 1) = 1 END
        FROM progress_reports r CROSS JOIN movement_items i WHERE i.movement_id = '${MOVEMENT}';`);
  for (const t of [
    'units',
    'unit_versions',
    'movement_units',
    'movement_items',
    'registrations',
    'registration_targets',
    'progress_reports',
    'progress_values',
  ])
    await db.exec(`VACUUM ANALYZE ${t}`);
}

async function run(kind: string, database: Database) {
  await migrate(database);
  const t0 = Date.now();
  await populate(database);
  console.log(`${kind}: ${UNITS} đơn vị × ${ITEMS} chỉ tiêu được tạo trong ${Date.now() - t0} ms`);
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/tmp/vd-bench', LOG_LEVEL: 'silent' });
  const ctx = (): ServiceContext => ({
    db: database.db,
    read: database.read,
    actor: {
      accountId: newId(),
      username: 'bench',
      fullName: 'Bench',
      personId: null,
      grants: [{ role: 'OFFICER', unitId: ROOT }],
    },
    requestId: null,
    clock: fixedClock('2026-04-10T03:00:00Z'),
    log: pino({ level: 'silent' }),
    storage: new LocalDiskStorage('/tmp/vd-bench'),
    config,
    memo: new Map(),
  });
  const first = await movementDashboard(ctx(), MOVEMENT, {});
  if (first.units.length !== UNITS || first.items.length !== ITEMS) throw new Error('dashboard incomplete');
  for (let i = 0; i < 5; i++) await movementDashboard(ctx(), MOVEMENT, {});
  const samples: number[] = [];
  for (let i = 0; i < 40; i++)
    samples.push(await timeIt(() => movementDashboard(ctx(), MOVEMENT, { periodId: PERIOD })));
  const base: number[] = [];
  for (let i = 0; i < 40; i++)
    base.push(
      await timeIt(() =>
        database.db.execute(sql`SELECT report_id, avg(value_num) FROM progress_values GROUP BY report_id`),
      ),
    );
  return { p95: percentile(samples, 95), base: percentile(base, 95), lagging: first.units[0]!.achievement };
}

const url = benchPgUrl();
if (url) {
  const r = await withTempPgDatabase(url, 'vd_bench_mvdash', 4, (db) => run('PostgreSQL', db));
  report({
    bench: 'movements-dashboard',
    metric: 'p95',
    value: r.p95,
    unit: 'ms',
    baseline: r.base,
    target: 100,
    engine: 'postgres',
    units: UNITS,
    items: ITEMS,
  });
} else {
  const db = await openDatabase({});
  try {
    const r = await run('PGlite', db);
    report({
      bench: 'movements-dashboard',
      metric: 'p95',
      value: r.p95,
      unit: 'ms',
      baseline: r.base,
      engine: 'pglite',
      note: 'đặt BENCH_PG_URL để đo trên PostgreSQL (mục tiêu ≤ 100 ms)',
      units: UNITS,
      items: ITEMS,
    });
  } finally {
    await db.close();
  }
}
