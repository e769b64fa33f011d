import { and, asc, eq, inArray, isNull, lte, or, gte, sql, type Column, type SQL } from 'drizzle-orm';
import {
  ZUnitSearchQuery,
  type Page,
  type Unit,
  type UnitDetail,
  type UnitKind,
  type UnitTree,
  type LineageEventKind,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { queryRows, type Executor } from '../../db/client';
import { lineageEventUnits, lineageEvents, units, unitVersions } from '../../db/schema';
import { NotFoundError, parseInput } from '../../errors';
import { authorize, scopeFor } from '../../policies/scope';
import { isUuid } from '../../lib/ids';

/** Condition: a dated row [from, to] covers day d (to inclusive, null = open). */
export function coversDay(from: Column, to: Column, d: string): SQL {
  return and(lte(from, d), or(isNull(to), gte(to, d)))!;
}

type UnitRow = typeof units.$inferSelect;
type VersionRow = typeof unitVersions.$inferSelect;

export function presentUnit(u: UnitRow, v: Pick<VersionRow, 'name' | 'shortName' | 'parentId'>): Unit {
  return {
    id: u.id,
    code: u.code,
    name: v.name,
    shortName: v.shortName,
    kind: u.kind as UnitKind,
    parentId: v.parentId,
    hasLegalPersonality: u.hasLegalPersonality,
    validFrom: u.validFrom,
    validTo: u.validTo,
    field: u.field,
    address: u.address,
  };
}

/** The version of a unit in force on d, or its last version if d is outside its life. */
export async function versionOn(db: Executor, unitId: string, d: string): Promise<VersionRow | undefined> {
  const [inForce] = await db
    .select()
    .from(unitVersions)
    .where(and(eq(unitVersions.unitId, unitId), coversDay(unitVersions.validFrom, unitVersions.validTo, d)));
  if (inForce) return inForce;
  const [last] = await db
    .select()
    .from(unitVersions)
    .where(eq(unitVersions.unitId, unitId))
    .orderBy(sql`${unitVersions.validFrom} DESC`)
    .limit(1);
  return last;
}

/** Cây tổ chức as of a date: units alive that day with the name and parent in force that day. */
export async function getUnitTree(ctx: ServiceContext, query: { asOf?: string }): Promise<UnitTree> {
  await authorize(ctx, 'unit.read');
  const asOf = query.asOf ?? ctx.clock.today();
  const scope = await scopeFor(ctx, 'unit.read');
  const rows = await ctx.read
    .select({ u: units, v: unitVersions })
    .from(units)
    .innerJoin(unitVersions, eq(unitVersions.unitId, units.id))
    .where(
      and(
        coversDay(units.validFrom, units.validTo, asOf),
        coversDay(unitVersions.validFrom, unitVersions.validTo, asOf),
        scope === 'ALL' ? undefined : inArray(units.id, [...scope]),
      ),
    )
    .orderBy(asc(unitVersions.name));
  const list = rows.map((r) => presentUnit(r.u, r.v));
  const present = new Set(list.map((u) => u.id));
  // A unit whose parent is outside the viewer's scope is shown as a root.
  for (const u of list) if (u.parentId && !present.has(u.parentId)) u.parentId = null;
  return { asOf, units: list };
}

export async function searchUnits(ctx: ServiceContext, input: unknown): Promise<Page<Unit>> {
  await authorize(ctx, 'unit.read');
  const q = parseInput(ZUnitSearchQuery, input);
  const asOf = q.asOf ?? null;
  const scope = await scopeFor(ctx, 'unit.read');
  const conds: (SQL | undefined)[] = [
    asOf
      ? and(
          coversDay(units.validFrom, units.validTo, asOf),
          coversDay(unitVersions.validFrom, unitVersions.validTo, asOf),
        )
      : // without a date: each unit once, by its latest version
        sql`${unitVersions.validFrom} = (SELECT max(v2.valid_from) FROM unit_versions v2 WHERE v2.unit_id = ${units.id})`,
    q.kind ? eq(units.kind, q.kind) : undefined,
    q.q ? sql`vd_norm(${unitVersions.name}) LIKE '%' || vd_norm(${q.q}) || '%'` : undefined,
    scope === 'ALL' ? undefined : inArray(units.id, [...scope]),
  ];
  const where = and(...conds);
  const order =
    q.sort === 'name'
      ? sql`vd_norm(${unitVersions.name}) ASC`
      : q.sort === '-name'
        ? sql`vd_norm(${unitVersions.name}) DESC`
        : q.sort === 'validFrom'
          ? sql`${units.validFrom} ASC`
          : sql`${units.validFrom} DESC`;
  const [countRow] = await ctx.read
    .select({ n: sql<number>`count(*)::int` })
    .from(units)
    .innerJoin(unitVersions, eq(unitVersions.unitId, units.id))
    .where(where);
  const rows = await ctx.read
    .select({ u: units, v: unitVersions })
    .from(units)
    .innerJoin(unitVersions, eq(unitVersions.unitId, units.id))
    .where(where)
    .orderBy(order, asc(units.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    items: rows.map((r) => presentUnit(r.u, r.v)),
    total: Number(countRow?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** A unit with its versions, lineage events, and predecessors/successors (transitively). */
export async function getUnit(
  ctx: ServiceContext,
  id: string,
  query: { asOf?: string } = {},
): Promise<UnitDetail> {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy đơn vị.');
  const [u] = await ctx.read.select().from(units).where(eq(units.id, id));
  if (!u) throw new NotFoundError('Không tìm thấy đơn vị.');
  await authorize(ctx, 'unit.read', [id]);
  const asOf = query.asOf ?? ctx.clock.today();
  const versions = await ctx.read
    .select()
    .from(unitVersions)
    .where(eq(unitVersions.unitId, id))
    .orderBy(asc(unitVersions.validFrom));
  const current = (await versionOn(ctx.read, id, asOf))!;
  const names = await namesOf(
    ctx.read,
    versions.map((v) => v.parentId).filter((x): x is string => !!x),
    asOf,
  );
  const evIds = await ctx.read
    .selectDistinct({ id: lineageEventUnits.eventId })
    .from(lineageEventUnits)
    .where(eq(lineageEventUnits.unitId, id));
  const events = await loadEvents(
    ctx.read,
    evIds.map((e) => e.id),
  );
  const predecessors = await lineageWalk(ctx.read, id, 'back');
  const successors = await lineageWalk(ctx.read, id, 'forward');
  return {
    ...presentUnit(u, current),
    versions: versions.map((v) => ({
      id: v.id,
      validFrom: v.validFrom,
      validTo: v.validTo,
      name: v.name,
      shortName: v.shortName,
      parentId: v.parentId,
      parentName: v.parentId ? (names.get(v.parentId) ?? null) : null,
    })),
    events,
    predecessors: predecessors.map((p) => ({ id: p.id, name: p.name, validTo: p.validTo })),
    successors: successors.map((p) => ({ id: p.id, name: p.name, validFrom: p.validFrom })),
  };
}

/** Names of units (the version in force on d, else the latest). */
export async function namesOf(db: Executor, ids: string[], d: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const uniq = [...new Set(ids)];
  if (uniq.length === 0) return out;
  const rows = await db
    .select()
    .from(unitVersions)
    .where(inArray(unitVersions.unitId, uniq))
    .orderBy(asc(unitVersions.validFrom));
  for (const r of rows) {
    if (!out.has(r.unitId) || r.validFrom <= d) out.set(r.unitId, r.name);
  }
  return out;
}

export async function loadEvents(db: Executor, ids: string[]): Promise<UnitDetail['events']> {
  if (ids.length === 0) return [];
  const evs = await db
    .select()
    .from(lineageEvents)
    .where(inArray(lineageEvents.id, ids))
    .orderBy(asc(lineageEvents.eventDate));
  const links = await db.select().from(lineageEventUnits).where(inArray(lineageEventUnits.eventId, ids));
  const names = await namesOf(
    db,
    links.map((l) => l.unitId),
    '9999-12-31',
  );
  return evs.map((e) => ({
    id: e.id,
    kind: e.kind as LineageEventKind,
    eventDate: e.eventDate,
    legalBasis: e.legalBasis,
    note: e.note,
    from: links
      .filter((l) => l.eventId === e.id && l.side === 'FROM')
      .map((l) => ({ id: l.unitId, name: names.get(l.unitId) ?? '' })),
    to: links
      .filter((l) => l.eventId === e.id && l.side === 'TO')
      .map((l) => ({ id: l.unitId, name: names.get(l.unitId) ?? '' })),
  }));
}

/**
 * Follows MERGE/SPLIT links: 'forward' gives the units this one became; 'back' the ones it came from.
 * TRANSFER and RENAME keep identity and are not lineage steps.
 */
export async function lineageWalk(db: Executor, id: string, dir: 'forward' | 'back') {
  const [a, b] = dir === 'forward' ? ['FROM', 'TO'] : ['TO', 'FROM'];
  const res = await queryRows<{ id: string }>(
    db,
    sql`
    WITH RECURSIVE w(id) AS (
      SELECT ${id}::uuid
      UNION
      SELECT l2.unit_id FROM w
        JOIN lineage_event_units l1 ON l1.unit_id = w.id AND l1.side = ${a}
        JOIN lineage_events e ON e.id = l1.event_id AND e.kind IN ('MERGE', 'SPLIT')
        JOIN lineage_event_units l2 ON l2.event_id = l1.event_id AND l2.side = ${b}
    ) SELECT id FROM w WHERE id <> ${id}::uuid`,
  );
  const ids = res.map((r) => r.id);
  if (ids.length === 0) return [];
  const rows = await db.select().from(units).where(inArray(units.id, ids));
  const names = await namesOf(db, ids, '9999-12-31');
  return rows
    .map((u) => ({ id: u.id, name: names.get(u.id) ?? u.code, validFrom: u.validFrom, validTo: u.validTo }))
    .sort((x, y) => x.validFrom.localeCompare(y.validFrom));
}
