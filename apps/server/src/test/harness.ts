import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { inject, afterAll } from 'vitest';
import pino from 'pino';
import type { FastifyInstance } from 'fastify';
import type { Role, UnitKind } from '@vinhdanh/shared';
import { loadConfig, type Config } from '../config';
import { openDatabase, type Database } from '../db/client';
import { buildApp, createContext, type AppDeps } from '../app';
import { fixedClock, type Clock } from '../lib/clock';
import { newId } from '../lib/ids';
import { nameSortKey } from '../lib/names';
import { LocalDiskStorage } from '../storage/storage';
import type { Actor, ServiceContext } from '../context';
import { accounts, employments, persons, roleGrants, units, unitVersions } from '../db/schema';
import { hashPassword } from '../services/auth/password';
import type { JobWorker } from '../jobs/worker';

/** A fresh, migrated database for one test file: PGlite from the template dump, or a cloned PostgreSQL db. */
export async function createTestDatabase(): Promise<Database> {
  const pgTemplate = inject('pgTemplateDb');
  const url = process.env.DATABASE_URL;
  if (url && pgTemplate) {
    const name = `vd_t_${randomBytes(6).toString('hex')}`;
    const admin = await openDatabase({ url, poolSize: 1 });
    await admin.exec(`CREATE DATABASE ${name} TEMPLATE ${pgTemplate}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const db = await openDatabase({ url: u.toString(), poolSize: 4 });
    const close = db.close;
    db.close = async () => {
      await close();
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    };
    return db;
  }
  const file = inject('pgliteTemplate');
  return openDatabase({ loadDataDir: new Blob([readFileSync(file)]) });
}

export function testConfig(overrides: Partial<Record<string, string>> = {}): Config {
  const dir = mkdtempSync(path.join(tmpdir(), 'vd-data-'));
  return loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dir,
    ARGON2_MEMORY_KIB: '1024',
    LOG_LEVEL: 'silent',
    ...overrides,
  });
}

export interface TestEnv {
  database: Database;
  deps: AppDeps;
  clock: Clock;
  /** A service context acting as `actor` (null = system). */
  ctx(actor?: Actor | null): ServiceContext;
  close(): Promise<void>;
}

/** Database + dependencies for service tests; closed automatically after the file. */
export async function createTestEnv(opts: { today?: string } = {}): Promise<TestEnv> {
  const database = await createTestDatabase();
  const config = testConfig();
  const clock = fixedClock(`${opts.today ?? '2026-10-01'}T03:00:00Z`);
  const deps: AppDeps = {
    config,
    database,
    storage: new LocalDiskStorage(path.join(config.dataDir, 'files')),
    log: pino({ level: 'silent' }),
    clock,
  };
  const env: TestEnv = {
    database,
    deps,
    clock,
    ctx: (actor = null) => createContext(deps, { actor, requestId: 'test' }),
    close: () => database.close(),
  };
  afterAll(() => env.close());
  return env;
}

export interface TestApp extends TestEnv {
  app: FastifyInstance;
  worker: JobWorker;
}

export async function createTestApp(opts: { today?: string } = {}): Promise<TestApp> {
  const env = await createTestEnv(opts);
  const { app, worker } = await buildApp(env.deps);
  await app.ready();
  afterAll(() => app.close());
  return { ...env, app, worker };
}

// ---------------------------------------------------------------------------------------------------------
// Factories: each test builds the data it needs.
// ---------------------------------------------------------------------------------------------------------

let seq = 0;
const nextCode = (p: string) => `${p}_${Date.now().toString(36).toUpperCase()}_${++seq}`;

export interface BuildUnitInput {
  name?: string;
  kind?: UnitKind;
  parent?: { id: string } | null;
  validFrom?: string;
  validTo?: string | null;
  code?: string;
  hasLegalPersonality?: boolean;
}

export async function buildUnit(env: TestEnv, input: BuildUnitInput = {}) {
  const id = newId();
  const code = input.code ?? nextCode('U');
  const validFrom = input.validFrom ?? '2000-01-01';
  await env.database.db.insert(units).values({
    id,
    code,
    kind: input.kind ?? 'CO_QUAN',
    hasLegalPersonality: input.hasLegalPersonality ?? true,
    validFrom,
    validTo: input.validTo ?? null,
  });
  const name = input.name ?? `Đơn vị thử ${seq}`;
  await env.database.db.insert(unitVersions).values({
    id: newId(),
    unitId: id,
    validFrom,
    validTo: input.validTo ?? null,
    name,
    parentId: input.parent?.id ?? null,
  });
  return { id, code, name };
}

export async function buildPerson(
  env: TestEnv,
  input: {
    fullName?: string;
    unit?: { id: string };
    from?: string;
    nationalId?: string;
    staffCode?: string;
  } = {},
) {
  const id = newId();
  const fullName = input.fullName ?? `Nguyễn Văn Thử ${++seq}`;
  await env.database.db.insert(persons).values({
    id,
    fullName,
    nameSort: nameSortKey(fullName),
    sex: 'NAM',
    dateOfBirth: '1980-05-01',
    nationalId:
      input.nationalId ?? String(100000000000 + Math.floor(Math.random() * 899999999999)).slice(0, 12),
    staffCode: input.staffCode ?? null,
  });
  if (input.unit) {
    await env.database.db.insert(employments).values({
      id: newId(),
      personId: id,
      unitId: input.unit.id,
      dateFrom: input.from ?? '2015-01-01',
      position: 'Chuyên viên',
    });
  }
  return { id, fullName };
}

/** An account with one role on one unit; returns the actor and its password (for HTTP login). */
export async function buildActor(
  env: TestEnv,
  role: Role,
  unit: { id: string },
  personId: string | null = null,
) {
  const id = newId();
  const username = `u${++seq}_${randomBytes(3).toString('hex')}`;
  const password = `mat-khau-${randomBytes(4).toString('hex')}`;
  await env.database.db.insert(accounts).values({
    id,
    username,
    fullName: `Người dùng ${username}`,
    passwordHash: await hashPassword(password, 1024),
    personId,
  });
  await env.database.db.insert(roleGrants).values({ id: newId(), accountId: id, role, unitId: unit.id });
  const actor: Actor = {
    accountId: id,
    username,
    fullName: `Người dùng ${username}`,
    personId,
    grants: [{ role, unitId: unit.id }],
  };
  return { actor, username, password };
}

/** Logs in through the API; returns headers to send with later requests (cookie + CSRF). */
export async function login(app: FastifyInstance, username: string, password: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  return { cookie, 'x-csrf-token': csrf };
}

/** A small tree: province → district → ward, plus a sibling district. */
export async function buildTree(env: TestEnv) {
  const province = await buildUnit(env, { name: 'Thành phố Thử', kind: 'TINH' });
  const district = await buildUnit(env, { name: 'Quận Một', kind: 'HUYEN', parent: province });
  const ward = await buildUnit(env, { name: 'Phường Bến Nghé', kind: 'XA', parent: district });
  const other = await buildUnit(env, { name: 'Quận Hai', kind: 'HUYEN', parent: province });
  return { province, district, ward, other };
}
