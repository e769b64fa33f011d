// Tiny e2e runner: launches Debian's Chromium via playwright-core, runs every `specs` export of
// e2e/specs/**/*.spec.ts in a fresh browser context, and ends with "N passed, N failed".
// Usage: node --import tsx e2e/run.ts [name filter]
// Env: E2E_BASE_URL (default http://127.0.0.1:3000), E2E_ADMIN_USER / E2E_ADMIN_PASSWORD (or E2E_LOGINS),
// CHROMIUM_PATH (default /usr/bin/chromium), E2E_HEADED=1 to watch.
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Spec } from './src/harness';

const here = path.dirname(fileURLToPath(import.meta.url));
const baseUrl = (process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const filter = process.argv.slice(2).join(' ').trim().toLowerCase();
const outDir = path.join(here, 'test-results');
mkdirSync(outDir, { recursive: true });

function adminLogin(): { username: string; password: string } {
  if (process.env.E2E_ADMIN_USER && process.env.E2E_ADMIN_PASSWORD)
    return { username: process.env.E2E_ADMIN_USER, password: process.env.E2E_ADMIN_PASSWORD };
  if (process.env.E2E_LOGINS) {
    const logins = JSON.parse(process.env.E2E_LOGINS) as { username: string; password: string }[];
    const a = logins.find((l) => l.username === 'admin');
    if (a) return a;
  }
  console.error(
    'Thiếu E2E_ADMIN_USER/E2E_ADMIN_PASSWORD (mật khẩu in ra dòng "Demo login: admin / …" khi máy chủ khởi động).',
  );
  process.exit(2);
}

async function loadSpecs(): Promise<{ file: string; spec: Spec }[]> {
  const dir = path.join(here, 'specs');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.spec.ts'))
    .sort();
  const out: { file: string; spec: Spec }[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { specs?: Spec[] };
    for (const s of mod.specs ?? []) out.push({ file: f, spec: s });
  }
  return out;
}

const admin = adminLogin();
const all = await loadSpecs();
const selected = all.filter(
  ({ file, spec }) => !filter || `${file} ${spec.name}`.toLowerCase().includes(filter),
);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: process.env.E2E_HEADED !== '1',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
});

let passed = 0;
let failed = 0;
console.log(`e2e: ${selected.length} kịch bản, máy chủ ${baseUrl}`);
for (const { file, spec } of selected) {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().includes('[contract]'))
      consoleErrors.push(`contract: ${m.text()}`);
  });
  const started = Date.now();
  try {
    await spec.run({ page, context, browser, baseUrl, admin, outDir });
    if (consoleErrors.some((e) => e.startsWith('pageerror'))) throw new Error(consoleErrors.join('\n'));
    passed++;
    console.log(`  ✓ ${file} › ${spec.name} (${Date.now() - started} ms)`);
    for (const w of consoleErrors) console.log(`      ⚠ ${w.slice(0, 300)}`);
  } catch (e) {
    failed++;
    const shot = path.join(outDir, `${spec.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80)}.png`);
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
    console.log(`  ✗ ${file} › ${spec.name} (${Date.now() - started} ms)`);
    console.log(`      ${(e instanceof Error ? e.message : String(e)).split('\n').join('\n      ')}`);
    console.log(`      ảnh chụp: ${path.relative(process.cwd(), shot)}`);
    for (const w of consoleErrors) console.log(`      ⚠ ${w.slice(0, 300)}`);
  } finally {
    await context.close();
  }
}
await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || selected.length === 0 ? 1 : 0);
