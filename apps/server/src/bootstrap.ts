import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config';
import { openDatabase, type Database } from './db/client';
import { migrate } from './db/migrate';
import { LocalDiskStorage } from './storage/storage';
import { systemContext, type AppDeps } from './app';
import { isEmpty, seedDemo, type DemoLogin } from './seed/seed-demo';

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (!config.DATABASE_URL) mkdirSync(config.dataDir, { recursive: true });
  return openDatabase({
    url: config.DATABASE_URL,
    readUrl: config.DATABASE_READ_URL,
    dataDir: config.dataDir,
    poolSize: config.DATABASE_POOL_SIZE,
  });
}

/** Opens the database, applies migrations, and (embedded database only) creates the demo organisation once. */
export async function bootstrap(
  config: Config,
  log: FastifyBaseLogger,
): Promise<{ deps: AppDeps; demoLogins: DemoLogin[] | null }> {
  const database = await openConfiguredDatabase(config);
  const applied = await migrate(database);
  if (applied.length) log.info({ applied }, 'migrations applied');
  const storage = new LocalDiskStorage(path.join(config.dataDir, 'files'));
  const deps: AppDeps = { config, database, storage, log, startWorker: config.JOB_WORKERS > 0 };
  const demoAllowed = !config.DATABASE_URL && config.DEMO !== 'false';
  const loginsFile = path.join(config.dataDir, 'demo-logins.json');
  let demoLogins: DemoLogin[] | null = null;
  if (demoAllowed) {
    const ctx = systemContext(deps);
    if (await isEmpty(ctx)) {
      demoLogins = await seedDemo(ctx);
      // Demo only: the passwords are kept beside the embedded database so every start can print them.
      writeFileSync(loginsFile, JSON.stringify(demoLogins, null, 2), { mode: 0o600 });
    } else if (existsSync(loginsFile)) {
      demoLogins = JSON.parse(readFileSync(loginsFile, 'utf8')) as DemoLogin[];
    }
  }
  return { deps, demoLogins };
}
