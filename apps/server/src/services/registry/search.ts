import { inArray, sql, type SQL } from 'drizzle-orm';
import {
  AWARD_CODE_LEVEL,
  ZRegistryQuery,
  foldVietnamese,
  type Page,
  type RegistryRecord,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { queryRows, type Executor } from '../../db/client';
import { awards } from '../../db/schema';
import { NotFoundError, ServiceError, parseInput } from '../../errors';
import { hasPermission, scopeFor, subtreeUnitIds } from '../../policies/scope';
import { isUuid } from '../../lib/ids';
import { presentRecord } from './present';
import { normalizeVerifyCode } from './verify-code';

/** Up to this many matches the total is exact; beyond it the planner's estimate is shown ("khoảng …"). */
export const REGISTRY_COUNT_CAP = 500;

export function uuidArray(ids: Iterable<string>): SQL {
  return sql`ARRAY[${sql.join(
    [...ids].map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;
}

/**
 * Units whose awards count as a unit's: its subtree across history, and (transitively) the units merged into
 * any of them, with their own subtrees — a merged ward's awards are reachable from its successor.
 */
export async function lineageSubtree(ctx: ServiceContext, unitId: string, db: Executor = ctx.read) {
  const out = new Set<string>();
  let frontier = [unitId];
  while (frontier.length) {
    const next: string[] = [];
    for (const root of frontier) {
      for (const id of await subtreeUnitIds(ctx, root, db)) if (!out.has(id)) out.add(id);
    }
    const preds = await queryRows<{ id: string }>(
      db,
      sql`SELECT DISTINCT f.unit_id AS id FROM lineage_event_units t
        JOIN lineage_events e ON e.id = t.event_id AND e.kind = 'MERGE'
        JOIN lineage_event_units f ON f.event_id = t.event_id AND f.side = 'FROM'
        WHERE t.side = 'TO' AND t.unit_id = ANY(${uuidArray(out)})`,
    );
    for (const p of preds) if (!out.has(p.id)) next.push(p.id);
    frontier = next;
  }
  return out;
}

/** A unit and, transitively, the units merged into it. */
export async function mergedPredecessors(db: Executor, unitId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`WITH RECURSIVE w(id) AS (
      SELECT ${unitId}::uuid
      UNION
      SELECT f.unit_id FROM w
        JOIN lineage_event_units t ON t.unit_id = w.id AND t.side = 'TO'
        JOIN lineage_events e ON e.id = t.event_id AND e.kind = 'MERGE'
        JOIN lineage_event_units f ON f.event_id = t.event_id AND f.side = 'FROM'
    ) SELECT id FROM w`,
  );
  return rows.map((r) => r.id);
}

/**
 * Which registry entries the actor may see: 'ALL', entries of scope units (by the unit on the decision date) and
 * every entry of people who ever worked in scope (awards follow the person), or only their own.
 */
export async function registryVisibility(ctx: ServiceContext): Promise<SQL | undefined> {
  if (!ctx.actor) throw new ServiceError('UNAUTHENTICATED');
  if (hasPermission(ctx, 'registry.read')) {
    const scope = await scopeFor(ctx, 'registry.read');
    if (scope === 'ALL') return undefined;
    if (scope.size === 0) return sql`false`;
    const ids = uuidArray(scope);
    return sql`(${awards.recipientUnitId} = ANY(${ids}) OR ${awards.unitId} = ANY(${ids}) OR (${awards.personId} IS NOT NULL
      AND EXISTS (SELECT 1 FROM employments e WHERE e.person_id = ${awards.personId} AND e.unit_id = ANY(${ids}))))`;
  }
  if (hasPermission(ctx, 'person.read_self') && ctx.actor.personId)
    return sql`${awards.personId} = ${ctx.actor.personId}`;
  throw new ServiceError('FORBIDDEN');
}

async function countMatches(db: Executor, where: SQL): Promise<{ n: number; exact: boolean }> {
  const counted = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${awards} WHERE ${where} LIMIT ${REGISTRY_COUNT_CAP + 1}) c`,
  );
  const n = Number(counted[0]?.n ?? 0);
  if (n <= REGISTRY_COUNT_CAP) return { n, exact: true };
  const plan = await queryRows<Record<string, unknown>>(
    db,
    sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM ${awards} WHERE ${where}`,
  );
  const raw = Object.values(plan[0] ?? {})[0];
  const doc = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan?: { 'Plan Rows'?: number } }[];
  const estimate = Math.round(Number(doc?.[0]?.Plan?.['Plan Rows'] ?? 0));
  return { n: Math.max(estimate, REGISTRY_COUNT_CAP + 1), exact: false };
}

/** LIKE pattern of one folded word (its %, _ and \ taken literally). */
function likeWord(w: string) {
  return `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** How many of the most recent decisions are looked at before falling back to the indexes (see findPage). */
export const searchTuning = { recentWindow: 4000 };

/** The columns search conditions may use; all are in awards_recent_idx (key or INCLUDE). */
const WINDOW_COLUMNS =
  'id, decided_on, search_name, code, recipient_kind, recipient_unit_id, unit_id, person_id, decision_number, verify_code, revoked_at';

function andAll(parts: SQL[]): SQL {
  return parts.length ? sql.join(parts, sql` AND `) : sql`true`;
}

/**
 * One page of matching ids, newest decision first, and the total. Two plans, chosen by what the data says
 * rather than by the planner's guess at how common a name is:
 * 1. Walk the most recent `recentWindow` decisions (in the year range) by the (decided_on, id) index and filter
 *    them. A broad search ("nguyen", a unit, a year) fills its page here after a few dozen rows. If the page
 *    fills, it is exactly the global answer: every match outside the window ranks after all rows inside it.
 * 2. Otherwise the matches are rare: fetch them through the trigram/btree indexes (bitmap scans only — a
 *    sequential or ordered scan of millions of rows is never right here) and sort the few found.
 */
async function findPage(
  db: Executor,
  range: SQL[],
  conds: SQL[],
  page: number,
  pageSize: number,
): Promise<{ ids: string[]; total: { n: number; exact: boolean } }> {
  const offset = (page - 1) * pageSize;
  const need = offset + pageSize;
  const all = andAll([...range, ...conds]);
  if (need <= searchTuning.recentWindow / 4) {
    // Only columns of awards_recent_idx (INCLUDE …): an index-only scan, no heap visits.
    const hits = await queryRows<{ id: string; w: number }>(
      db,
      sql`SELECT awards.id, (SELECT count(*)::int FROM (SELECT 1 FROM ${awards} WHERE ${andAll(range)}
            LIMIT ${searchTuning.recentWindow}) c) AS w
        FROM (SELECT ${sql.raw(WINDOW_COLUMNS)} FROM ${awards} WHERE ${andAll(range)}
              ORDER BY ${awards.decidedOn} DESC, ${awards.id} DESC LIMIT ${searchTuning.recentWindow}) AS awards
        WHERE ${andAll(conds)}
        ORDER BY awards.decided_on DESC, awards.id DESC LIMIT ${need}`,
    );
    const windowFull =
      hits.length > 0 ? Number(hits[0]!.w) >= searchTuning.recentWindow : await rangeIsFull(db, range);
    if (!windowFull) {
      // The window held every row in range: the answer and its total are exact.
      return {
        ids: hits.slice(offset).map((h) => h.id),
        total: { n: hits.length < need ? hits.length : await countIn(db, all), exact: true },
      };
    }
    if (hits.length >= need) {
      return { ids: hits.slice(offset).map((h) => h.id), total: await estimate(db, all, need) };
    }
  }
  return db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL enable_seqscan = off`);
    await tx.execute(sql`SET LOCAL enable_indexscan = off`);
    const rows = await queryRows<{ id: string }>(
      tx,
      sql`SELECT ${awards.id} AS id FROM ${awards} WHERE ${all}
        ORDER BY ${awards.decidedOn} DESC, ${awards.id} DESC LIMIT ${pageSize} OFFSET ${offset}`,
    );
    const total =
      rows.length > 0 && rows.length < pageSize
        ? { n: offset + rows.length, exact: true }
        : await countMatches(tx, all);
    return { ids: rows.map((r) => r.id), total };
  });
}

async function rangeIsFull(db: Executor, range: SQL[]): Promise<boolean> {
  const r = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${awards} WHERE ${andAll(range)} LIMIT ${searchTuning.recentWindow}) c`,
  );
  return Number(r[0]?.n ?? 0) >= searchTuning.recentWindow;
}

async function countIn(db: Executor, where: SQL): Promise<number> {
  const r = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${awards} WHERE ${where}`);
  return Number(r[0]?.n ?? 0);
}

/** A broad match: the planner's estimate, at least what was already seen ("khoảng …"). */
async function estimate(db: Executor, where: SQL, seen: number): Promise<{ n: number; exact: boolean }> {
  const plan = await queryRows<Record<string, unknown>>(
    db,
    sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM ${awards} WHERE ${where}`,
  );
  const raw = Object.values(plan[0] ?? {})[0];
  const doc = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan?: { 'Plan Rows'?: number } }[];
  const n = Math.round(Number(doc?.[0]?.Plan?.['Plan Rows'] ?? 0));
  return { n: Math.max(n, seen + 1), exact: false };
}

/**
 * Tra cứu sổ vàng: every word of `q` in the recipient's name, ignoring diacritics and order ("tran hong" finds
 * "Trần Thị Hồng"), or `q` as a decision number or a verification code; filters by code, level, year range,
 * unit (subtree and merged predecessors), decision number, person; newest decisions first.
 */
export async function searchRegistry(ctx: ServiceContext, input: unknown): Promise<Page<RegistryRecord>> {
  const q = parseInput(ZRegistryQuery, input);
  const conds: SQL[] = [];
  const vis = await registryVisibility(ctx);
  if (vis) conds.push(vis);
  if (q.q) {
    const words = foldVietnamese(q.q).split(' ').filter(Boolean);
    const alts: SQL[] = [];
    if (words.length)
      alts.push(
        sql`(${sql.join(
          words.map((w) => sql`${awards.searchName} LIKE ${likeWord(w)}`),
          sql` AND `,
        )})`,
      );
    alts.push(sql`${awards.decisionNumber} = ${q.q}`);
    const code = normalizeVerifyCode(q.q);
    if (code) alts.push(sql`${awards.verifyCode} = ${code}`);
    conds.push(sql`(${sql.join(alts, sql` OR `)})`);
  }
  if (q.code) conds.push(sql`${awards.code} = ${q.code}`);
  if (q.level) {
    const codes = Object.entries(AWARD_CODE_LEVEL)
      .filter(([, l]) => l === q.level)
      .map(([c]) => c);
    conds.push(
      sql`${awards.code} IN (${sql.join(
        codes.map((c) => sql`${c}`),
        sql`, `,
      )})`,
    );
  }
  if (q.recipientKind) conds.push(sql`${awards.recipientKind} = ${q.recipientKind}`);
  // Date range conditions are kept apart: they also bound the recent-decisions window below.
  const range: SQL[] = [];
  if (q.yearFrom !== undefined) range.push(sql`${awards.decidedOn} >= ${`${q.yearFrom}-01-01`}`);
  if (q.yearTo !== undefined) range.push(sql`${awards.decidedOn} <= ${`${q.yearTo}-12-31`}`);
  if (q.decisionNumber) conds.push(sql`${awards.decisionNumber} = ${q.decisionNumber}`);
  if (q.personId) {
    if (!isUuid(q.personId)) throw new NotFoundError('Không tìm thấy cán bộ.');
    conds.push(sql`${awards.personId} = ${q.personId}`);
  }
  if (q.collectiveUnitId) {
    if (!isUuid(q.collectiveUnitId)) throw new NotFoundError('Không tìm thấy đơn vị.');
    const ids = uuidArray(await mergedPredecessors(ctx.read, q.collectiveUnitId));
    conds.push(sql`${awards.unitId} = ANY(${ids})`);
  }
  if (q.unitId) {
    if (!isUuid(q.unitId)) throw new NotFoundError('Không tìm thấy đơn vị.');
    const ids = uuidArray(await lineageSubtree(ctx, q.unitId));
    conds.push(sql`(${awards.recipientUnitId} = ANY(${ids}) OR ${awards.unitId} = ANY(${ids}))`);
  }
  if (!q.includeRevoked) conds.push(sql`${awards.revokedAt} IS NULL`);
  const { ids, total } = await findPage(ctx.read, range, conds, q.page, q.pageSize);
  const found = ids.length ? await ctx.read.select().from(awards).where(inArray(awards.id, ids)) : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = ids.map((id) => byId.get(id)!).filter(Boolean);
  return {
    items: rows.map((r) => presentRecord(ctx, r)),
    total: total.n,
    totalExact: total.exact,
    page: q.page,
    pageSize: q.pageSize,
  };
}
