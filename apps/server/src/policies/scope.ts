import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { queryRows, type Executor } from '../db/client';
import { ForbiddenError, ServiceError, ValidationError } from '../errors';
import { isUuid } from '../lib/ids';
import { ROLE_PERMISSIONS, type Permission } from './permissions';

/** Unit ids in a subtree, across all of history: a unit that was ever under the root is in its subtree. */
/**
 * `db` lets a caller inside a transaction use it: PGlite has a single connection, so a query on another
 * handle would wait for the transaction forever.
 */
export async function subtreeUnitIds(
  ctx: ServiceContext,
  rootId: string,
  db: Executor = ctx.read,
): Promise<Set<string>> {
  const key = `subtree:${rootId}`;
  const hit = ctx.memo.get(key);
  if (hit) return hit as Set<string>;
  // The subtree and the total unit count in one round trip (the count tells whether the scope is 'ALL').
  const res = await queryRows<{ id: string; total: number }>(
    db,
    sql`
    WITH RECURSIVE t(id) AS (
      SELECT ${rootId}::uuid
      UNION
      SELECT v.unit_id FROM unit_versions v JOIN t ON v.parent_id = t.id
    ) SELECT id, (SELECT count(*)::int FROM units) AS total FROM t`,
  );
  const set = new Set(res.map((r) => r.id));
  ctx.memo.set(key, set);
  if (res[0]) ctx.memo.set('unitCount', Number(res[0].total));
  return set;
}

async function unitCount(ctx: ServiceContext, db: Executor): Promise<number> {
  const hit = ctx.memo.get('unitCount');
  if (typeof hit === 'number') return hit;
  const total = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM units`);
  const n = Number(total[0]?.n ?? 0);
  ctx.memo.set('unitCount', n);
  return n;
}

/** 'ALL' when the actor's scope for `perm` covers every unit (no filter needed), else the unit ids. */
export type Scope = 'ALL' | Set<string>;

export async function scopeFor(
  ctx: ServiceContext,
  perm: Permission,
  db: Executor = ctx.read,
): Promise<Scope> {
  const actor = ctx.actor;
  if (!actor) throw new ServiceError('UNAUTHENTICATED');
  const key = `scope:${perm}`;
  const hit = ctx.memo.get(key);
  if (hit) return hit as Scope;
  const roots = actor.grants.filter((g) => ROLE_PERMISSIONS[g.role].includes(perm)).map((g) => g.unitId);
  let scope: Scope = new Set<string>();
  if (roots.length > 0) {
    const all = new Set<string>();
    for (const r of roots) for (const id of await subtreeUnitIds(ctx, r, db)) all.add(id);
    scope = all.size >= (await unitCount(ctx, db)) ? 'ALL' : all;
  }
  ctx.memo.set(key, scope);
  return scope;
}

export function hasPermission(ctx: ServiceContext, perm: Permission): boolean {
  return !!ctx.actor?.grants.some((g) => ROLE_PERMISSIONS[g.role].includes(perm));
}

/**
 * Authorizes `perm` on the given units (all must be in scope). Without units, checks only that some grant
 * carries the permission. Throws UNAUTHENTICATED, FORBIDDEN or OUT_OF_SCOPE.
 */
export async function authorize(
  ctx: ServiceContext,
  perm: Permission,
  unitIds: (string | null | undefined)[] = [],
) {
  if (!ctx.actor) throw new ServiceError('UNAUTHENTICATED');
  if (!hasPermission(ctx, perm)) throw new ForbiddenError();
  const ids = unitIds.filter((x): x is string => !!x);
  // A malformed id would otherwise reach SQL as a uuid cast error (500) for actors whose scope is ALL.
  if (ids.some((id) => !isUuid(id)))
    throw new ValidationError([{ path: 'unitId', message: 'Mã đơn vị không hợp lệ.' }]);
  if (ids.length === 0) return;
  const scope = await scopeFor(ctx, perm);
  if (scope === 'ALL') return;
  for (const id of ids) if (!scope.has(id)) throw new ForbiddenError(undefined, 'OUT_OF_SCOPE');
}

/** Same as authorize but answers with a boolean (for presenters: e.g. whether to unmask a CCCD). */
export async function allowed(ctx: ServiceContext, perm: Permission, unitIds: string[]): Promise<boolean> {
  try {
    await authorize(ctx, perm, unitIds);
    return true;
  } catch (e) {
    if (e instanceof ServiceError) return false;
    throw e;
  }
}
