/**
 * Portal article page (/tin-tuc/:slug, the 2020 Ba Đình article) under 200 concurrent keep-alive connections on
 * loopback, against a trivial route on the same Fastify instance in the same run.
 * Targets: p95 ≤ 50 ms and throughput ratio ≥ 0.40 (render cache on, as deployed — ADR 0010). The same load
 * without the render cache is printed for information. Also checks the portal's JavaScript ≤ 100 KB gzipped.
 */
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { openDatabase } from '../apps/server/src/db/client';
import { migrate } from '../apps/server/src/db/migrate';
import { loadConfig } from '../apps/server/src/config';
import { buildApp, systemContext } from '../apps/server/src/app';
import { LocalDiskStorage } from '../apps/server/src/storage/storage';
import { seedDemo } from '../apps/server/src/seed/seed-demo';
import { BA_DINH_2020_SLUG } from '../apps/server/src/seed/demo-portal';
import { portalCacheOptions, TTL_MS } from '../apps/server/src/portal/cache';
import { percentile, report, round } from './lib';

const CONNECTIONS = 200;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

/** Closed loop: CONNECTIONS workers, each sends the next request when the previous answer has arrived. */
async function load(port: number, p: string, seconds: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const deadline = Date.now() + seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const t0 = process.hrtime.bigint();
      const req = http.request({ host: '127.0.0.1', port, path: p, agent }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
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
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < deadline) await one();
    }),
  );
  agent.destroy();
  return {
    rps: latencies.length / seconds,
    p95: percentile(latencies, 95),
    p50: percentile(latencies, 50),
    errors,
  };
}

/** Total gzipped size of the scripts (inline and same-origin) the main portal pages load. */
async function portalJsBytes(base: string, pages: string[]) {
  let total = 0;
  const seen = new Set<string>();
  for (const p of pages) {
    const htmlText = await (await fetch(base + p)).text();
    for (const m of htmlText.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const src = /\bsrc="([^"]+)"/.exec(m[1]!)?.[1];
      if (src) {
        if (seen.has(src)) continue;
        seen.add(src);
        total += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
      } else if (m[2]!.trim()) {
        total += gzipSync(m[2]!).length;
      }
    }
  }
  return total;
}

const database = await openDatabase({});
await migrate(database);
const dataDir = mkdtempSync(path.join(tmpdir(), 'vd-bench-portal-'));
const config = loadConfig({
  NODE_ENV: 'production',
  DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
  ARGON2_MEMORY_KIB: '1024',
});
const deps = { config, database, storage: new LocalDiskStorage(dataDir), log: pino({ level: 'silent' }) };
await seedDemo(systemContext(deps));
const { app } = await buildApp(deps);
app.get('/bench/trivial', { config: { auth: false } }, async () => ({ ok: true }));
await app.listen({ host: '127.0.0.1', port: 0 });
const port = (app.server.address() as { port: number }).port;
const base = `http://127.0.0.1:${port}`;
const articlePath = `/tin-tuc/${BA_DINH_2020_SLUG}`;
const check = await fetch(base + articlePath);
if (check.status !== 200 || !(await check.text()).includes('Cẩm Tú'))
  throw new Error('article page not served');

const jsBytes = await portalJsBytes(base, ['/', '/tin-tuc', articlePath, '/xac-minh', '/tim-kiem?q=ba+dinh']);

// Uncached first (information: the raw render cost), then the deployed configuration.
portalCacheOptions.ttlMs = 0;
await load(port, articlePath, 1);
const uncached = await load(port, articlePath, SECONDS);
portalCacheOptions.ttlMs = TTL_MS;
await load(port, '/bench/trivial', 1);
await load(port, articlePath, 1);
const trivial = await load(port, '/bench/trivial', SECONDS);
const article = await load(port, articlePath, SECONDS);
await app.close();
await database.close();

console.log(
  `bài viết (bộ nhớ đệm ${TTL_MS / 1000} s): ${article.rps.toFixed(0)} req/s, p50 ${article.p50.toFixed(1)} ms, p95 ${article.p95.toFixed(1)} ms (lỗi ${article.errors})`,
);
console.log(
  `bài viết (không bộ nhớ đệm): ${uncached.rps.toFixed(0)} req/s, p95 ${uncached.p95.toFixed(1)} ms; route tầm thường ${trivial.rps.toFixed(0)} req/s, p95 ${trivial.p95.toFixed(1)} ms`,
);
report({
  bench: 'portal-js-gzip',
  metric: 'bytes',
  value: jsBytes,
  unit: 'B',
  baseline: 100 * 1024,
  target_ratio_max: 1,
});
report({
  bench: 'portal-article-p95',
  metric: 'p95_ms',
  value: article.p95,
  unit: 'ms',
  baseline: 50,
  target_ratio_max: 1,
  connections: CONNECTIONS,
  uncached_p95_ms: round(uncached.p95),
});
report({
  bench: 'portal-article-throughput',
  metric: 'requests_per_second',
  value: article.rps,
  unit: 'req/s',
  baseline: trivial.rps,
  target_ratio: 0.4,
  connections: CONNECTIONS,
  p95_ms: round(article.p95),
  uncached_rps: round(uncached.rps),
  errors: article.errors,
});
process.exit(0);
