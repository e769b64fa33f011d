import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import {
  ZPeopleQuery,
  type Page,
  type Person,
  type PersonStatus,
  type PersonSummary,
  type Sex,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { queryRows, type Executor } from '../../db/client';
import { employments, persons } from '../../db/schema';
import { NotFoundError, ServiceError, parseInput } from '../../errors';
import { hasPermission, scopeFor, subtreeUnitIds } from '../../policies/scope';
import { maskNationalId } from '../../lib/names';
import { isUuid } from '../../lib/ids';
import { cacheFor, dataVersion, readDataVersion } from '../../lib/versioned-cache';
import { canonicalJson } from '../../audit/emit';
import { namesOf } from '../units/queries';

/** Up to this many matches the total is exact; beyond it the planner's estimate is shown ("khoảng …"). */
export const COUNT_CAP = 500;

/**
 * Counts matches exactly while they are few; a broad search ("nguyen") would otherwise scan tens of
 * thousands of rows just to print a number, so it answers with the planner's estimate instead.
 */
async function countMatches(db: Executor, where: SQL | undefined): Promise<{ n: number; exact: boolean }> {
  const cond = where ?? sql`true`;
  const counted = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${persons} WHERE ${cond} LIMIT ${COUNT_CAP + 1}) c`,
  );
  const n = Number(counted[0]?.n ?? 0);
  if (n <= COUNT_CAP) return { n, exact: true };
  const plan = await queryRows<Record<string, unknown>>(
    db,
    sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM ${persons} WHERE ${cond}`,
  );
  const raw = Object.values(plan[0] ?? {})[0];
  const doc = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan?: { 'Plan Rows'?: number } }[];
  const estimate = Math.round(Number(doc?.[0]?.Plan?.['Plan Rows'] ?? 0));
  return { n: Math.max(estimate, COUNT_CAP + 1), exact: false };
}

type PersonRow = typeof persons.$inferSelect;
interface PageRow {
  id: string;
  full_name: string;
  sex: string;
  date_of_birth: string | Date | null;
  ethnicity: string;
  staff_code: string | null;
  national_id: string | null;
  status: string;
  cur_unit_id: string | null;
  cur_unit_name: string | null;
  cur_position: string | null;
}

/** Raw rows may carry a date as text (pg, parser set) or as a Date (PGlite): normalise to YYYY-MM-DD. */
function toLegalDate(v: string | Date): string {
  return typeof v === 'string' ? v.slice(0, 10) : v.toISOString().slice(0, 10);
}

function uuidArray(ids: Iterable<string>): SQL {
  return sql`ARRAY[${sql.join(
    [...ids].map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;
}

/** Which people the actor may see: 'ALL', only themselves, or those ever employed in scope units. */
async function visibility(ctx: ServiceContext): Promise<SQL | undefined> {
  if (hasPermission(ctx, 'person.read')) {
    const scope = await scopeFor(ctx, 'person.read');
    if (scope === 'ALL') return undefined;
    if (scope.size === 0) return sql`false`;
    return sql`EXISTS (SELECT 1 FROM employments e WHERE e.person_id = ${persons.id} AND e.unit_id = ANY(${uuidArray(scope)}))`;
  }
  if (hasPermission(ctx, 'person.read_self') && ctx.actor?.personId)
    return eq(persons.id, ctx.actor.personId);
  throw new ServiceError('FORBIDDEN');
}

/** Tìm cán bộ: diacritic-insensitive name search (or exact CCCD / staff code), filters, paging, sorting. */
export async function searchPeople(ctx: ServiceContext, input: unknown): Promise<Page<PersonSummary>> {
  if (!ctx.actor) throw new ServiceError('UNAUTHENTICATED');
  const q = parseInput(ZPeopleQuery, input);
  const today = ctx.clock.today();
  if (!hasPermission(ctx, 'person.read') && !(hasPermission(ctx, 'person.read_self') && ctx.actor.personId))
    throw new ServiceError('FORBIDDEN');
  // The same search by the same actor (grants included) on the same day, while the people data version is
  // unchanged, has the same answer: serve it from the versioned cache (never stale, see lib/versioned-cache.ts).
  const cache = cacheFor<Page<PersonSummary>>(ctx.read, 'people.search');
  const key = canonicalJson({ a: ctx.actor.accountId, g: ctx.actor.grants, p: ctx.actor.personId, today, q });
  const current = await dataVersion(ctx, 'people');
  const hit = cache.get(key, current);
  if (hit) return hit;
  // A read replica may lag the primary the session was read from: store under the version the replica shows.
  const storeUnder = ctx.read === ctx.db ? current : await readDataVersion(ctx.read, 'people');
  const page = await runPeopleSearch(ctx, q, today);
  cache.set(key, storeUnder, page);
  return page;
}

async function runPeopleSearch(
  ctx: ServiceContext,
  q: ReturnType<typeof ZPeopleQuery.parse>,
  today: string,
): Promise<Page<PersonSummary>> {
  const conds: (SQL | undefined)[] = [await visibility(ctx)];
  if (q.q) {
    // Looking a person up by CCCD is itself access to the number: only for roles that may see it.
    const digits = /^\d{6,12}$/.test(q.q) && hasPermission(ctx, 'person.read_national_id');
    conds.push(
      digits
        ? sql`(${persons.nationalId} = ${q.q} OR ${persons.staffCode} = ${q.q})`
        : sql`(vd_norm(${persons.fullName}) LIKE '%' || vd_norm(${q.q}) || '%' OR ${persons.staffCode} = ${q.q})`,
    );
  }
  if (q.sex) conds.push(eq(persons.sex, q.sex));
  if (q.status) conds.push(eq(persons.status, q.status));
  if (q.ethnicity) conds.push(eq(persons.ethnicity, q.ethnicity));
  if (q.unitId) {
    if (!isUuid(q.unitId)) throw new NotFoundError('Không tìm thấy đơn vị.');
    const ids = q.includeSubunits ? await subtreeUnitIds(ctx, q.unitId) : new Set([q.unitId]);
    conds.push(
      sql`EXISTS (SELECT 1 FROM employments e WHERE e.person_id = ${persons.id} AND e.unit_id = ANY(${uuidArray(ids)})
        AND e.date_from <= ${today} AND (e.date_to IS NULL OR e.date_to >= ${today}))`,
    );
  }
  const where = and(...conds) ?? sql`true`;
  const orderOf = (t: string) => {
    const a = sql.raw(t);
    return q.sort === 'name'
      ? sql`${a}.name_sort ASC, ${a}.id ASC`
      : q.sort === '-name'
        ? sql`${a}.name_sort DESC, ${a}.id DESC`
        : q.sort === 'dateOfBirth'
          ? sql`${a}.date_of_birth ASC NULLS LAST, ${a}.id ASC`
          : sql`${a}.date_of_birth DESC NULLS LAST, ${a}.id ASC`;
  };
  // One round trip: the page of people, then (for those 20 only) the current post and the unit's name.
  const rows = await queryRows<PageRow>(
    ctx.read,
    sql`SELECT p.*, ce.unit_id AS cur_unit_id, ce.position AS cur_position, cv.name AS cur_unit_name
      FROM (SELECT * FROM ${persons} WHERE ${where} ORDER BY ${orderOf('persons')}
            LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}) p
      LEFT JOIN LATERAL (
        SELECT e.unit_id, e.position FROM employments e
        WHERE e.person_id = p.id AND e.date_from <= ${today} AND (e.date_to IS NULL OR e.date_to >= ${today})
        ORDER BY e.is_leader DESC, e.date_from DESC LIMIT 1) ce ON true
      LEFT JOIN LATERAL (
        SELECT v.name FROM unit_versions v WHERE v.unit_id = ce.unit_id
        ORDER BY (v.valid_from <= ${today}) DESC, v.valid_from DESC LIMIT 1) cv ON true
      ORDER BY ${orderOf('p')}`,
  );
  // A first page that is not full already tells the total.
  const total =
    q.page === 1 && rows.length < q.pageSize
      ? { n: rows.length, exact: true }
      : await countMatches(ctx.read, where);
  const idScope = hasPermission(ctx, 'person.read_national_id')
    ? await scopeFor(ctx, 'person.read_national_id')
    : null;
  const items: PersonSummary[] = rows.map((r) => {
    const seeId = idScope === 'ALL' || (!!r.cur_unit_id && !!idScope && idScope.has(r.cur_unit_id));
    return {
      id: r.id,
      fullName: r.full_name,
      sex: r.sex as Sex,
      dateOfBirth: r.date_of_birth ? toLegalDate(r.date_of_birth) : null,
      ethnicity: r.ethnicity,
      staffCode: r.staff_code,
      nationalId: seeId ? r.national_id : maskNationalId(r.national_id),
      status: r.status as PersonStatus,
      currentUnitId: r.cur_unit_id,
      currentUnitName: r.cur_unit_name,
      currentPosition: r.cur_position,
    };
  });
  return { items, total: total.n, totalExact: total.exact, page: q.page, pageSize: q.pageSize };
}

/** Current employment (on d) of each person: a leader post first, then the latest. */
async function currentEmployments(db: Executor, ids: string[], d: string) {
  if (ids.length === 0) return new Map<string, typeof employments.$inferSelect>();
  const rows = await db
    .select()
    .from(employments)
    .where(
      and(
        sql`${employments.personId} = ANY(${uuidArray(ids)})`,
        sql`${employments.dateFrom} <= ${d} AND (${employments.dateTo} IS NULL OR ${employments.dateTo} >= ${d})`,
      ),
    )
    .orderBy(desc(employments.isLeader), desc(employments.dateFrom));
  const out = new Map<string, typeof employments.$inferSelect>();
  for (const r of rows) if (!out.has(r.personId)) out.set(r.personId, r);
  return out;
}

async function summaries(
  ctx: ServiceContext,
  db: Executor,
  rows: PersonRow[],
  d: string,
): Promise<PersonSummary[]> {
  const cur = await currentEmployments(
    db,
    rows.map((r) => r.id),
    d,
  );
  const names = await namesOf(
    db,
    [...cur.values()].map((e) => e.unitId),
    d,
  );
  const idScope = hasPermission(ctx, 'person.read_national_id')
    ? await scopeFor(ctx, 'person.read_national_id', db)
    : null;
  return rows.map((r) => {
    const e = cur.get(r.id);
    const seeId = idScope === 'ALL' || (!!e && !!idScope && idScope.has(e.unitId));
    return {
      id: r.id,
      fullName: r.fullName,
      sex: r.sex as Sex,
      dateOfBirth: r.dateOfBirth,
      ethnicity: r.ethnicity,
      staffCode: r.staffCode,
      nationalId: seeId ? r.nationalId : maskNationalId(r.nationalId),
      status: r.status as PersonStatus,
      currentUnitId: e?.unitId ?? null,
      currentUnitName: e ? (names.get(e.unitId) ?? null) : null,
      currentPosition: e?.position ?? null,
    };
  });
}

/** Units a person has ever worked in. */
export async function personUnitIds(db: Executor, personId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ u: employments.unitId })
    .from(employments)
    .where(eq(employments.personId, personId));
  return rows.map((r) => r.u);
}

/** Authorizes reading one person: through any unit of their history, or oneself. */
export async function authorizePersonRead(ctx: ServiceContext, personId: string) {
  if (!ctx.actor) throw new ServiceError('UNAUTHENTICATED');
  if (ctx.actor.personId === personId && hasPermission(ctx, 'person.read_self')) return;
  const unitIds = await personUnitIds(ctx.read, personId);
  const scope = await scopeFor(ctx, 'person.read');
  if (!hasPermission(ctx, 'person.read')) throw new ServiceError('FORBIDDEN');
  if (scope === 'ALL') return;
  if (!unitIds.some((u) => scope.has(u))) throw new ServiceError('OUT_OF_SCOPE');
}

export async function getPerson(ctx: ServiceContext, id: string): Promise<Person> {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy cán bộ.');
  const [row] = await ctx.read.select().from(persons).where(eq(persons.id, id));
  if (!row) throw new NotFoundError('Không tìm thấy cán bộ.');
  await authorizePersonRead(ctx, id);
  return loadPerson(ctx, ctx.read, row);
}

export async function loadPerson(ctx: ServiceContext, db: Executor, row: PersonRow): Promise<Person> {
  const today = ctx.clock.today();
  const [summary] = await summaries(ctx, db, [row], today);
  const emps = await db
    .select()
    .from(employments)
    .where(eq(employments.personId, row.id))
    .orderBy(desc(employments.dateFrom));
  const names = await namesOf(
    db,
    emps.map((e) => e.unitId),
    today,
  );
  // A person may see their own CCCD.
  const own = ctx.actor?.personId === row.id;
  return {
    ...summary!,
    nationalId: own ? row.nationalId : summary!.nationalId,
    email: row.email,
    phone: row.phone,
    version: row.version,
    employments: emps.map((e) => ({
      id: e.id,
      unitId: e.unitId,
      unitName: names.get(e.unitId) ?? '',
      from: e.dateFrom,
      to: e.dateTo,
      position: e.position,
      isLeader: e.isLeader,
      isDirectWorker: e.isDirectWorker,
    })),
  };
}

export async function requirePersonRow(db: Executor, id: string): Promise<PersonRow> {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy cán bộ.');
  const [row] = await db.select().from(persons).where(eq(persons.id, id));
  if (!row) throw new NotFoundError('Không tìm thấy cán bộ.');
  return row;
}
