// `npm run test:pg`: the server test suite against a real PostgreSQL server given by DATABASE_URL
// (each test file gets its own database cloned from a migrated template).
import { spawnSync } from 'node:child_process';

if (!process.env.DATABASE_URL) {
  console.error(
    'npm run test:pg cần DATABASE_URL trỏ tới một PostgreSQL (quyền CREATE DATABASE), ví dụ:\n' +
      '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run test:pg\n' +
      '.ci/run tự cài và khởi động PostgreSQL riêng.',
  );
  process.exit(2);
}
const r = spawnSync('npx', ['vitest', 'run', '--project', 'server', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TZ: process.env.TZ ?? 'UTC' },
});
process.exit(r.status ?? 1);
