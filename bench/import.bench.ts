/**
 * Import of 50,000 people from .xlsx through the real job (validate pass + one transaction), on PGlite by
 * default (PostgreSQL too with BENCH_PG_URL). Target ≤ 30 s with memory bounded (streaming read).
 * Baseline in the same run: only streaming and validating the sheet, no database.
 */
import { createReadStream, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from '../apps/server/src/lib/excel';
import pino from 'pino';
import { openDatabase, type Database } from '../apps/server/src/db/client';
import { migrate } from '../apps/server/src/db/migrate';
import { loadConfig } from '../apps/server/src/config';
import { fixedClock } from '../apps/server/src/lib/clock';
import { LocalDiskStorage } from '../apps/server/src/storage/storage';
import { jobHandlers } from '../apps/server/src/app';
import { JobWorker } from '../apps/server/src/jobs/worker';
import { getJob } from '../apps/server/src/jobs/queue';
import { startPeopleImport } from '../apps/server/src/services/imports/import-people';
import {
  PEOPLE_COLUMNS,
  parsePeopleRow,
  readSheetRows,
} from '../apps/server/src/services/imports/people-sheet';
import type { ServiceContext } from '../apps/server/src/context';
import { benchPgUrl, report, withTempPgDatabase, round } from './lib';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 50_000);
const dir = mkdtempSync(path.join(tmpdir(), 'vd-bench-import-'));
const file = path.join(dir, 'people.xlsx');

async function writeSheet() {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const ws = wb.addWorksheet('Cán bộ');
  ws.addRow(PEOPLE_COLUMNS.map((c) => c.header)).commit();
  const ho = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
  const ten = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hùng', 'Lan', 'Minh', 'Nga', 'Tuấn'];
  for (let i = 1; i <= ROWS; i++) {
    ws.addRow([
      i,
      `${ho[i % 8]} Văn ${ten[i % 10]}`,
      i % 2 ? 'Nam' : 'Nữ',
      `${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/19${60 + (i % 40)}`,
      'Kinh',
      String(100000000000 + i),
      `IMP-${i}`,
      'ROOT',
      'Chuyên viên',
      '01/01/2020',
      'Không',
      '',
      '',
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

function memorySampler() {
  let peak = process.memoryUsage().rss;
  const t = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  return { stop: () => (clearInterval(t), peak) };
}

async function run(kind: string, database: Database) {
  await migrate(database);
  await database.exec(`
    INSERT INTO units (id, code, kind, valid_from) VALUES ('00000000-0000-7000-8000-000000000001', 'ROOT', 'TINH', '2000-01-01');
    INSERT INTO unit_versions (id, unit_id, valid_from, name) VALUES (gen_random_uuid(), '00000000-0000-7000-8000-000000000001', '2000-01-01', 'Tỉnh Thử');
    INSERT INTO accounts (id, username, full_name, password_hash) VALUES ('00000000-0000-7000-8000-0000000000a1', 'bench', 'Bench', 'x');
    INSERT INTO role_grants (id, account_id, role, unit_id) VALUES (gen_random_uuid(), '00000000-0000-7000-8000-0000000000a1', 'OFFICER', '00000000-0000-7000-8000-000000000001');`);
  const config = loadConfig({
    NODE_ENV: 'production',
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    UPLOAD_MAX_MB: '100',
  });
  const deps = {
    config,
    database,
    storage: new LocalDiskStorage(path.join(dir, `files-${kind}`)),
    log: pino({ level: 'silent' }),
    clock: fixedClock('2026-10-01T00:00:00Z'),
  };
  const ctx: ServiceContext = {
    db: database.db,
    read: database.read,
    actor: {
      accountId: '00000000-0000-7000-8000-0000000000a1',
      username: 'bench',
      fullName: 'Bench',
      personId: null,
      grants: [{ role: 'OFFICER', unitId: '00000000-0000-7000-8000-000000000001' }],
    },
    requestId: null,
    clock: deps.clock,
    log: deps.log,
    storage: deps.storage,
    config,
    memo: new Map(),
  };
  const worker = new JobWorker(database.db, jobHandlers(deps), deps.log);
  const mem = memorySampler();
  const t0 = performance.now();
  const job = await startPeopleImport(ctx, { bytes: readFileSync(file), filename: 'people.xlsx' });
  await worker.drain();
  const ms = performance.now() - t0;
  const peak = mem.stop();
  const result = (await getJob(ctx, job.id)) as {
    status: string;
    result: { created: number; errors: unknown[] };
  };
  console.log(
    `${kind}: ${ROWS} dòng trong ${(ms / 1000).toFixed(1)} s, tạo ${result.result.created}, lỗi ${result.result.errors.length}, RSS đỉnh ${(peak / 2 ** 20).toFixed(0)} MB`,
  );
  if (result.result.errors.length) console.log(JSON.stringify(result.result.errors.slice(0, 3)));
  // Second import of the same file: idempotent, nothing changes.
  const t1 = performance.now();
  const again = await startPeopleImport(ctx, { bytes: readFileSync(file), filename: 'people.xlsx' });
  await worker.drain();
  const r2 = (await getJob(ctx, again.id)) as { result: { unchanged: number } };
  console.log(
    `${kind}: nhập lại cùng tệp ${((performance.now() - t1) / 1000).toFixed(1)} s, không đổi ${r2.result.unchanged}`,
  );
  return { ms, peak };
}

await writeSheet();
// Baseline: stream + validate only.
const tb = performance.now();
let valid = 0;
for await (const { row, values } of readSheetRows(createReadStream(file))) {
  if (row > 1 && !Array.isArray(parsePeopleRow(row, values))) valid++;
}
const baselineMs = performance.now() - tb;
console.log(`Chỉ đọc và kiểm tra ${valid} dòng: ${(baselineMs / 1000).toFixed(1)} s`);

const results: { kind: string; ms: number; peak: number }[] = [];
const lite = await openDatabase({});
results.push({ kind: 'pglite', ...(await run('PGlite', lite)) });
await lite.close();
const pgUrl = benchPgUrl();
if (pgUrl) {
  await withTempPgDatabase(pgUrl, 'vd_bench_imp', 4, async (db) => {
    results.push({ kind: 'postgres', ...(await run('PostgreSQL', db)) });
  });
}
for (const r of results) {
  report({
    bench: `import-people-${r.kind}`,
    metric: 'duration',
    value: r.ms / 1000,
    unit: 's',
    baseline: baselineMs / 1000,
    target: 30,
    rows: ROWS,
    peak_rss_mb: round(r.peak / 2 ** 20, 0),
  });
}
process.exit(0);
