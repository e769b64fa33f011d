import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client';
import { migrate } from '../db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplateDb: string;
  }
}

/**
 * Migrates once per run. PGlite: a migrated data directory is dumped to a file that each test file loads
 * (a fresh database in about a second). PostgreSQL (DATABASE_URL): a template database that each test
 * file clones with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const templateName = `vd_tpl_${process.pid}`;
    const admin = await openDatabase({ url, poolSize: 1 });
    await admin.exec(`DROP DATABASE IF EXISTS ${templateName}`);
    await admin.exec(`CREATE DATABASE ${templateName}`);
    const u = new URL(url);
    u.pathname = `/${templateName}`;
    const tpl = await openDatabase({ url: u.toString(), poolSize: 1 });
    await migrate(tpl);
    await tpl.close();
    project.provide('pgTemplateDb', templateName);
    project.provide('pgliteTemplate', '');
    return async () => {
      await admin.exec(`DROP DATABASE IF EXISTS ${templateName}`);
      await admin.close();
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'vd-test-'));
  const db = await openDatabase({});
  await migrate(db);
  const blob = await dumpPglite(db);
  const file = path.join(dir, 'template.tar.gz');
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  await db.close();
  project.provide('pgliteTemplate', file);
  project.provide('pgTemplateDb', '');
  return () => rmSync(dir, { recursive: true, force: true });
}

async function dumpPglite(db: Awaited<ReturnType<typeof openDatabase>>): Promise<Blob> {
  if (!db.dumpDataDir) throw new Error('dumpDataDir is only available on PGlite');
  return db.dumpDataDir();
}
