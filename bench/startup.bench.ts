/**
 * `npm start` on an existing data folder answers its first request within 5 s.
 * Measures spawn → first 200 from /api/health (the real entry point, tsx included) on a data folder that was
 * created and seeded beforehand. Baseline in the same run: a bare Node HTTP server spawned the same way.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { report } from './lib';

const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 3);
const root = path.resolve(import.meta.dirname, '..');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

async function timeToFirstResponse(
  args: string[],
  env: Record<string, string>,
  url: (port: number) => string,
) {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
  });
  try {
    for (;;) {
      try {
        const r = await fetch(url(port));
        if (r.ok) return performance.now() - t0;
      } catch {
        /* not listening yet */
      }
      if (performance.now() - t0 > 120_000) throw new Error('không khởi động được trong 120 s');
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'vd-bench-start-'));
const env = { DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'production' };
const server = ['--import', 'tsx', 'apps/server/src/main.ts'];
const first = await timeToFirstResponse(server, env, (p) => `http://127.0.0.1:${p}/api/health`);
console.log(`Lần đầu (tạo CSDL, migrate, tổ chức mẫu): ${(first / 1000).toFixed(1)} s`);
const warm: number[] = [];
const base: number[] = [];
for (let i = 0; i < RUNS; i++) {
  warm.push(await timeToFirstResponse(server, env, (p) => `http://127.0.0.1:${p}/api/health`));
  base.push(
    await timeToFirstResponse(
      ['-e', "require('http').createServer((q, s) => s.end('ok')).listen(process.env.PORT, '127.0.0.1')"],
      {},
      (p) => `http://127.0.0.1:${p}/`,
    ),
  );
}
rmSync(dataDir, { recursive: true, force: true });
const worst = Math.max(...warm);
console.log(
  `Khởi động lại trên thư mục dữ liệu có sẵn: ${warm.map((m) => (m / 1000).toFixed(2)).join(', ')} s`,
);
report({
  bench: 'startup-existing-data',
  metric: 'time_to_first_response_worst',
  value: worst / 1000,
  unit: 's',
  baseline: Math.max(...base) / 1000,
  target: 5,
  runs: RUNS,
});
