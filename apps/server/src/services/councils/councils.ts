import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  ZAddCouncilMemberInput,
  ZCreateCouncilInput,
  ZEndCouncilMemberInput,
  type Council,
  type CouncilRole,
} from '@vinhdanh/shared';
import { z } from 'zod';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { councilMembers, councils, persons, units } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, ServiceError, ValidationError, parseInput } from '../../errors';
import { authorize, scopeFor } from '../../policies/scope';
import { isUuid, newId } from '../../lib/ids';
import { namesOf } from '../units/queries';
import { authorizeManage, authorizeRead, loadCouncil, personNames, type CouncilRow } from './load';

const ZListQuery = z.object({ unitId: z.string().uuid().optional() });

/** Councils of bodies within the actor's scope (council.read), or those the actor sits on. */
export async function listCouncils(ctx: ServiceContext, input: unknown): Promise<Council[]> {
  if (!ctx.actor) throw new ServiceError('UNAUTHENTICATED');
  const { unitId } = parseInput(ZListQuery, input);
  const ids = new Set<string>();
  if (ctx.actor.grants.length > 0) {
    try {
      const scope = await scopeFor(ctx, 'council.read');
      const rows = await ctx.read
        .select({ id: councils.id, unitId: councils.unitId })
        .from(councils)
        .where(unitId ? eq(councils.unitId, unitId) : undefined);
      for (const r of rows) if (scope === 'ALL' || scope.has(r.unitId)) ids.add(r.id);
    } catch (e) {
      if (!(e instanceof ServiceError)) throw e;
    }
  }
  if (ctx.actor.personId) {
    const seats = await ctx.read
      .select({ id: councilMembers.councilId })
      .from(councilMembers)
      .where(eq(councilMembers.personId, ctx.actor.personId));
    for (const s of seats) ids.add(s.id);
  }
  if (ids.size === 0) return [];
  const rows = await ctx.read
    .select()
    .from(councils)
    .where(and(inArray(councils.id, [...ids]), unitId ? eq(councils.unitId, unitId) : undefined))
    .orderBy(asc(councils.termFrom));
  return Promise.all(rows.map((r) => presentCouncil(ctx, ctx.read, r)));
}

export async function getCouncil(ctx: ServiceContext, id: string): Promise<Council> {
  const c = await loadCouncil(ctx.read, id);
  await authorizeRead(ctx, ctx.read, c);
  return presentCouncil(ctx, ctx.read, c);
}

const ROLE_ORDER: Record<CouncilRole, number> = { CHU_TICH: 0, PHO_CHU_TICH: 1, UY_VIEN: 2, THU_KY: 3 };

export async function presentCouncil(ctx: ServiceContext, db: Executor, c: CouncilRow): Promise<Council> {
  const today = ctx.clock.today();
  const members = await db.select().from(councilMembers).where(eq(councilMembers.councilId, c.id));
  const names = await personNames(
    db,
    members.map((m) => m.personId),
  );
  const unitNames = await namesOf(db, [c.unitId], c.termFrom);
  return {
    id: c.id,
    unitId: c.unitId,
    unitName: unitNames.get(c.unitId) ?? '',
    name: c.name,
    termFrom: c.termFrom,
    termTo: c.termTo,
    basis: c.basis,
    members: members
      .map((m) => ({
        id: m.id,
        personId: m.personId,
        fullName: names.get(m.personId) ?? '',
        role: m.role as CouncilRole,
        position: m.position,
        voting: m.voting,
        fromDate: m.fromDate,
        toDate: m.toDate,
        inOffice: m.fromDate <= today && (m.toDate === null || m.toDate >= today),
      }))
      .sort(
        (a, b) =>
          ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
          a.fromDate.localeCompare(b.fromDate) ||
          a.fullName.localeCompare(b.fullName, 'vi'),
      ),
  };
}

/** Thành lập Hội đồng TĐKT of a body for a term. */
export async function createCouncil(ctx: ServiceContext, input: unknown): Promise<Council> {
  await authorize(ctx, 'council.manage');
  const data = parseInput(ZCreateCouncilInput, input);
  await authorize(ctx, 'council.manage', [data.unitId]);
  if (data.termTo && data.termTo < data.termFrom) throw new ServiceError('INVALID_PERIOD');
  const id = newId();
  return ctx.db.transaction(async (tx) => {
    const [u] = await tx.select({ id: units.id }).from(units).where(eq(units.id, data.unitId));
    if (!u) throw new ValidationError([{ path: 'unitId', message: 'Đơn vị không tồn tại.' }]);
    const row = {
      id,
      unitId: data.unitId,
      name: data.name,
      termFrom: data.termFrom,
      termTo: data.termTo ?? null,
      basis: data.basis,
    };
    await tx.insert(councils).values(row);
    await emitAudit(tx, ctx, { action: 'council.create', entity: 'council', entityId: id, after: row });
    return presentCouncil(ctx, tx, (await loadCouncil(tx, id))!);
  });
}

/** Adds a seat (chair, vice-chair, member, secretary) for a period within the term. */
export async function addCouncilMember(
  ctx: ServiceContext,
  councilId: string,
  input: unknown,
): Promise<Council> {
  const c = await loadCouncil(ctx.read, councilId);
  await authorizeManage(ctx, c);
  const data = parseInput(ZAddCouncilMemberInput, input);
  const toDate = data.toDate ?? null;
  if (toDate && toDate < data.fromDate) throw new ServiceError('INVALID_PERIOD');
  if (data.fromDate < c.termFrom || (c.termTo !== null && data.fromDate > c.termTo))
    throw new ValidationError([
      { path: 'fromDate', message: 'Thời gian giữ chức danh phải nằm trong nhiệm kỳ.' },
    ]);
  return ctx.db.transaction(async (tx) => {
    const [p] = await tx.select({ id: persons.id }).from(persons).where(eq(persons.id, data.personId));
    if (!p) throw new ValidationError([{ path: 'personId', message: 'Cán bộ không tồn tại.' }]);
    const existing = await tx
      .select()
      .from(councilMembers)
      .where(and(eq(councilMembers.councilId, c.id), eq(councilMembers.personId, data.personId)));
    const overlaps = existing.some(
      (m) => (m.toDate === null || m.toDate >= data.fromDate) && (toDate === null || m.fromDate <= toDate),
    );
    if (overlaps)
      throw new ValidationError([
        { path: 'personId', message: 'Cán bộ đã là thành viên Hội đồng trong khoảng thời gian này.' },
      ]);
    const row = {
      id: newId(),
      councilId: c.id,
      personId: data.personId,
      role: data.role,
      position: data.position ?? null,
      voting: data.voting,
      fromDate: data.fromDate,
      toDate,
    };
    await tx.insert(councilMembers).values(row);
    await emitAudit(tx, ctx, { action: 'council.add_member', entity: 'council', entityId: c.id, after: row });
    return presentCouncil(ctx, tx, c);
  });
}

/** Ends a seat on a date (miễn nhiệm, thay thế); the history stays. */
export async function endCouncilMember(
  ctx: ServiceContext,
  councilId: string,
  memberId: string,
  input: unknown,
): Promise<Council> {
  const c = await loadCouncil(ctx.read, councilId);
  await authorizeManage(ctx, c);
  const { toDate } = parseInput(ZEndCouncilMemberInput, input);
  if (!isUuid(memberId)) throw new NotFoundError('Không tìm thấy thành viên.');
  return ctx.db.transaction(async (tx) => {
    const [m] = await tx
      .select()
      .from(councilMembers)
      .where(and(eq(councilMembers.id, memberId), eq(councilMembers.councilId, c.id)))
      .for('update');
    if (!m) throw new NotFoundError('Không tìm thấy thành viên.');
    if (toDate < m.fromDate) throw new ServiceError('INVALID_PERIOD');
    await tx.update(councilMembers).set({ toDate }).where(eq(councilMembers.id, m.id));
    await emitAudit(tx, ctx, {
      action: 'council.end_member',
      entity: 'council',
      entityId: c.id,
      before: { memberId: m.id, toDate: m.toDate },
      after: { memberId: m.id, toDate },
    });
    return presentCouncil(ctx, tx, c);
  });
}
