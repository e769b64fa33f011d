// Runs the benchmarks in bench/: `npm run bench` runs all, `npm run bench -- rules` runs bench/rules*.ts.
// Each benchmark prints, as its last line, a JSON object {bench, metric, value, unit, baseline, ratio}.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const filters = process.argv.slice(2);
const files = readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.startsWith(x)))
  .sort();
if (files.length === 0) {
  console.error(`Không có benchmark nào khớp: ${filters.join(', ')}`);
  process.exit(1);
}
let failed = 0;
for (const f of files) {
  console.log(`\n=== bench/${f}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join('bench', f)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
