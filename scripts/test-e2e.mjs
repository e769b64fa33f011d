// `npm run test:e2e`: builds the staff app, starts the server on a fresh database with the demo organisation
// (PostgreSQL when DATABASE_URL is set, else a temporary PGlite), then drives Debian's Chromium through e2e/.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Không thấy Chromium tại ${chromium}. Cài bằng: apt-get install -y chromium`);
  process.exit(2);
}

const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} thất bại (mã ${r.status})`);
  return r.stdout.toString();
};

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

let server;
let dropDb = async () => {};
const dataDir = mkdtempSync(path.join(tmpdir(), 'vd-e2e-'));
let status;
try {
  console.log('e2e: dựng giao diện web…');
  run('npm', ['run', 'build', '-w', '@vinhdanh/web']);

  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'production', JOB_WORKERS: '1' };
  if (process.env.DATABASE_URL) {
    const { default: pg } = await import('pg');
    const name = `vd_e2e_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = `/${name}`;
    env.DATABASE_URL = u.toString();
    dropDb = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
    console.log(`e2e: PostgreSQL, cơ sở dữ liệu tạm ${name}`);
  } else {
    console.log('e2e: không có DATABASE_URL, dùng PGlite tạm');
  }
  const logins = JSON.parse(
    run(process.execPath, ['--import', 'tsx', 'apps/server/src/cli.ts', 'demo', 'seed', '--json'], env)
      .trim()
      .split('\n')
      .pop(),
  );
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port), DEMO: 'false' },
  });
  let exited = null;
  server.on('exit', (code) => (exited = code));
  for (let i = 0; ; i++) {
    if (exited !== null) throw new Error(`Máy chủ dừng khi khởi động (mã ${exited})`);
    try {
      const r = await fetch(`${baseUrl}/api/health`);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    if (i > 120) throw new Error('Máy chủ không khởi động được trong 60 giây');
    await new Promise((r) => setTimeout(r, 500));
  }
  const admin = logins.find((l) => l.username === 'admin');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'e2e/run.ts', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      E2E_BASE_URL: baseUrl,
      E2E_LOGINS: JSON.stringify(logins),
      E2E_ADMIN_USER: admin.username,
      E2E_ADMIN_PASSWORD: admin.password,
      CHROMIUM_PATH: chromium,
    },
  });
  status = r.status ?? 1;
} catch (e) {
  console.error(`e2e: ${e.message}`);
  status = 1;
} finally {
  server?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  await dropDb().catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(status);
