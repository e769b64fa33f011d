import { sql, type SQL } from 'drizzle-orm';
import { ZMovementQuery, type Movement, type MovementSummary, type Page } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { queryRows, type Executor } from '../../db/client';
import { NotFoundError, parseInput } from '../../errors';
import { authorize, hasPermission, scopeFor } from '../../policies/scope';
import { isUuid } from '../../lib/ids';
import { namesOf } from '../units/queries';
import { loadMovementRow, presentMovement, STATUS_SQL, uuidArray } from './common';

/**
 * Which movements the actor sees (`m` = movements alias): launched ones launched within, or reaching into, the
 * actor's scope; drafts only where the actor may manage the launching unit.
 */
export async function visibleMovements(ctx: ServiceContext, db: Executor = ctx.read): Promise<SQL> {
  const read = await scopeFor(ctx, 'movement.read', db);
  const manage = hasPermission(ctx, 'movement.manage')
    ? await scopeFor(ctx, 'movement.manage', db)
    : new Set<string>();
  const inRead =
    read === 'ALL'
      ? sql`true`
      : sql`(m.launching_unit_id = ANY(${uuidArray(read)}) OR EXISTS (SELECT 1 FROM movement_units mu
              WHERE mu.movement_id = m.id AND mu.unit_id = ANY(${uuidArray(read)})))`;
  const launched = sql`EXISTS (SELECT 1 FROM movement_steps s WHERE s.movement_id = m.id AND s.kind = 'LAUNCH')`;
  const draftOk = manage === 'ALL' ? sql`true` : sql`m.launching_unit_id = ANY(${uuidArray(manage)})`;
  return sql`(${inRead} AND (${launched} OR ${draftOk}))`;
}

interface ListRow {
  id: string;
  slug: string;
  name: string;
  kind: string;
  year: number | null;
  launching_unit_id: string;
  launch_date: string | Date | null;
  start_date: string | Date | null;
  end_date: string | Date | null;
  status: string;
  participant_count: number;
}
const day = (v: string | Date | null) =>
  v === null ? null : typeof v === 'string' ? v.slice(0, 10) : v.toISOString().slice(0, 10);

/** Tìm phong trào: name without diacritics (vd_norm), status, kind, year, participating unit; newest first. */
export async function searchMovements(ctx: ServiceContext, input: unknown): Promise<Page<MovementSummary>> {
  await authorize(ctx, 'movement.read');
  const q = parseInput(ZMovementQuery, input ?? {});
  const conds: SQL[] = [await visibleMovements(ctx)];
  if (q.q) conds.push(sql`(vd_norm(m.name) LIKE '%' || vd_norm(${q.q}) || '%' OR m.slug = ${q.q})`);
  if (q.kind) conds.push(sql`m.kind = ${q.kind}`);
  if (q.year) conds.push(sql`m.year = ${q.year}`);
  if (q.unitId) {
    if (!isUuid(q.unitId)) throw new NotFoundError('Không tìm thấy đơn vị.');
    conds.push(
      sql`EXISTS (SELECT 1 FROM movement_units mu WHERE mu.movement_id = m.id AND mu.unit_id = ${q.unitId})`,
    );
  }
  const where = sql.join(conds, sql` AND `);
  const statusFilter = q.status ? sql`WHERE x.status = ${q.status}` : sql``;
  const base = sql`SELECT m.*, ${STATUS_SQL} AS status FROM movements m WHERE ${where}`;
  const [count] = await queryRows<{ n: number }>(
    ctx.read,
    sql`SELECT count(*)::int AS n FROM (${base}) x ${statusFilter}`,
  );
  const rows = await queryRows<ListRow>(
    ctx.read,
    sql`SELECT x.id, x.slug, x.name, x.kind, x.year, x.launching_unit_id, x.launch_date::text AS launch_date,
               x.start_date::text AS start_date, x.end_date::text AS end_date,
               x.status, (SELECT count(*)::int FROM movement_units mu WHERE mu.movement_id = x.id) AS participant_count
          FROM (${base}) x ${statusFilter}
         ORDER BY coalesce(x.launch_date, x.start_date) DESC NULLS FIRST, x.created_at DESC, x.id
         LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  const names = await namesOf(
    ctx.read,
    rows.map((r) => r.launching_unit_id),
    ctx.clock.today(),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      kind: r.kind as MovementSummary['kind'],
      year: r.year,
      launchingUnitId: r.launching_unit_id,
      launchingUnitName: names.get(r.launching_unit_id) ?? '',
      launchDate: day(r.launch_date),
      startDate: day(r.start_date),
      endDate: day(r.end_date),
      status: r.status as MovementSummary['status'],
      participantCount: Number(r.participant_count),
    })),
    total: Number(count?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Throws NOT_FOUND unless the actor may see the movement (an invisible movement does not exist for them). */
export async function assertVisible(ctx: ServiceContext, id: string, db: Executor = ctx.read) {
  await authorize(ctx, 'movement.read');
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy phong trào thi đua.');
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT m.id FROM movements m WHERE m.id = ${id} AND ${await visibleMovements(ctx, db)}`,
  );
  if (!rows[0]) throw new NotFoundError('Không tìm thấy phong trào thi đua.');
}

/** Chi tiết phong trào: content items, dates, milestones, participants, steps. */
export async function getMovement(ctx: ServiceContext, id: string): Promise<Movement> {
  await assertVisible(ctx, id);
  const row = await loadMovementRow(ctx.read, id);
  return presentMovement(ctx, ctx.read, row);
}
