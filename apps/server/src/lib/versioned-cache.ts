/**
 * In-process cache of read results that is never stale: each entry records the data version it was computed
 * under (table data_versions, bumped by triggers in the same transaction as every change to the data behind it),
 * and a lookup hits only when the caller's current version is the same. App nodes stay stateless: a node that
 * has not seen a change simply misses. See docs/adr/0008-versioned-read-cache.md.
 */
import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { queryRows, type Executor } from '../db/client';

interface Entry<V> {
  version: number;
  at: number;
  value: V;
}

export class VersionedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(
    private readonly maxEntries = 1000,
    private readonly maxAgeMs = 5 * 60_000,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The value stored for `key` under exactly `version`, if it is younger than the maximum age. */
  get(key: string, version: number, now = Date.now()): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.version !== version || now - e.at > this.maxAgeMs) {
      this.entries.delete(key);
      return undefined;
    }
    // Least recently used goes first: re-insert on a hit.
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.value;
  }

  set(key: string, version: number, value: V, now = Date.now()): void {
    this.entries.delete(key);
    this.entries.set(key, { version, at: now, value });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}

const caches = new WeakMap<object, Map<string, VersionedCache<unknown>>>();

/** One cache per database handle and name (tests run many databases in one process). */
export function cacheFor<V>(owner: object, name: string, maxEntries?: number): VersionedCache<V> {
  let byName = caches.get(owner);
  if (!byName) {
    byName = new Map();
    caches.set(owner, byName);
  }
  let c = byName.get(name);
  if (!c) {
    c = new VersionedCache<unknown>(maxEntries);
    byName.set(name, c);
  }
  return c as VersionedCache<V>;
}

export type DataVersionName = 'people';

const memoKey = (name: DataVersionName) => `dataVersion:${name}`;

/** Records a version read elsewhere in this request (the session lookup reads 'people' in the same round trip). */
export function rememberDataVersion(ctx: ServiceContext, name: DataVersionName, version: number): void {
  ctx.memo.set(memoKey(name), version);
}

/**
 * The data version this request saw with its session (one round trip), or — outside a request (jobs, CLI,
 * tests) — the version `db` shows now. Not memoised otherwise: a long-lived context must not reuse an old one.
 */
export async function dataVersion(
  ctx: ServiceContext,
  name: DataVersionName,
  db: Executor = ctx.read,
): Promise<number> {
  const hit = ctx.memo.get(memoKey(name));
  if (typeof hit === 'number') return hit;
  return readDataVersion(db, name);
}

/** The committed version as `db` sees it now (not memoised). */
export async function readDataVersion(db: Executor, name: DataVersionName): Promise<number> {
  const rows = await queryRows<{ version: number | string }>(
    db,
    sql`SELECT version FROM data_versions WHERE name = ${name}`,
  );
  return Number(rows[0]?.version ?? -1);
}
