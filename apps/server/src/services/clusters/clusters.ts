import { and, asc, eq, inArray } from 'drizzle-orm';
import { ZSaveClusterInput, type Cluster, type ClusterKind } from '@vinhdanh/shared';
import { z } from 'zod';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { clusterMembers, clusters, units } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, ServiceError, parseInput } from '../../errors';
import { authorize, scopeFor } from '../../policies/scope';
import { newId, isUuid } from '../../lib/ids';
import { namesOf } from '../units/queries';

const ZYear = z.object({ year: z.coerce.number().int().min(1945).max(2100).optional() });

/** Cụm, khối thi đua of a year (default: this year), those organised within the actor's scope. */
export async function listClusters(ctx: ServiceContext, input: unknown): Promise<Cluster[]> {
  await authorize(ctx, 'unit.read');
  const { year } = parseInput(ZYear, input);
  const y = year ?? Number(ctx.clock.today().slice(0, 4));
  const scope = await scopeFor(ctx, 'unit.read');
  const rows = await ctx.read
    .select()
    .from(clusters)
    .where(and(eq(clusters.year, y), scope === 'ALL' ? undefined : inArray(clusters.organiserId, [...scope])))
    .orderBy(asc(clusters.name));
  return Promise.all(rows.map((r) => presentCluster(ctx.read, r)));
}

async function presentCluster(db: Executor, c: typeof clusters.$inferSelect): Promise<Cluster> {
  const members = await db.select().from(clusterMembers).where(eq(clusterMembers.clusterId, c.id));
  const day = `${c.year}-12-31`;
  const names = await namesOf(db, [c.organiserId, ...members.map((m) => m.unitId)], day);
  const order = { HEAD: 0, DEPUTY: 1, MEMBER: 2 } as const;
  return {
    id: c.id,
    name: c.name,
    kind: c.kind as ClusterKind,
    year: c.year,
    organiserId: c.organiserId,
    organiserName: names.get(c.organiserId) ?? '',
    headUnitId: members.find((m) => m.role === 'HEAD')?.unitId ?? null,
    members: members
      .map((m) => ({
        unitId: m.unitId,
        name: names.get(m.unitId) ?? '',
        role: m.role as 'HEAD' | 'DEPUTY' | 'MEMBER',
      }))
      .sort((a, b) => order[a.role] - order[b.role] || a.name.localeCompare(b.name, 'vi')),
  };
}

/** Unknown units would otherwise surface as a foreign-key failure (500). */
async function checkUnitsExist(db: Executor, data: z.infer<typeof ZSaveClusterInput>) {
  const ids = [...new Set([data.organiserId, ...data.members.map((m) => m.unitId)])];
  const found = await db.select({ id: units.id }).from(units).where(inArray(units.id, ids));
  if (found.length !== ids.length) {
    throw new ServiceError('VALIDATION_FAILED', 'Có đơn vị không tồn tại trong cụm/khối.', [
      { path: 'members', message: 'Không tìm thấy đơn vị.' },
    ]);
  }
}

function checkMembers(data: z.infer<typeof ZSaveClusterInput>) {
  const heads = data.members.filter((m) => m.role === 'HEAD').length;
  if (heads !== 1) {
    throw new ServiceError('VALIDATION_FAILED', 'Cụm/khối phải có đúng một đơn vị trưởng cụm/khối.', [
      { path: 'members', message: 'Chọn đúng một trưởng cụm/khối.' },
    ]);
  }
  if (new Set(data.members.map((m) => m.unitId)).size !== data.members.length) {
    throw new ServiceError('VALIDATION_FAILED', 'Một đơn vị chỉ xuất hiện một lần trong cụm/khối.', [
      { path: 'members', message: 'Đơn vị bị trùng.' },
    ]);
  }
}

/** Lập cụm/khối thi đua for a year: organiser and members must be in the actor's scope. */
export async function createCluster(ctx: ServiceContext, input: unknown): Promise<Cluster> {
  const data = parseInput(ZSaveClusterInput, input);
  await authorize(ctx, 'cluster.manage', [data.organiserId, ...data.members.map((m) => m.unitId)]);
  checkMembers(data);
  await checkUnitsExist(ctx.db, data);
  return ctx.db.transaction(async (tx) => {
    const id = newId();
    const [c] = await tx
      .insert(clusters)
      .values({ id, name: data.name, kind: data.kind, year: data.year, organiserId: data.organiserId })
      .returning();
    await tx
      .insert(clusterMembers)
      .values(data.members.map((m) => ({ clusterId: id, unitId: m.unitId, role: m.role })));
    const out = await presentCluster(tx, c!);
    await emitAudit(tx, ctx, { action: 'cluster.create', entity: 'cluster', entityId: id, after: out });
    return out;
  });
}

/** Sửa cụm/khối: name, members and the head unit (the head rotates per period). */
export async function updateCluster(ctx: ServiceContext, id: string, input: unknown): Promise<Cluster> {
  const data = parseInput(ZSaveClusterInput, input);
  if (!isUuid(id)) throw new NotFoundError();
  const [existing] = await ctx.db.select().from(clusters).where(eq(clusters.id, id));
  if (!existing) throw new NotFoundError('Không tìm thấy cụm/khối thi đua.');
  await authorize(ctx, 'cluster.manage', [
    existing.organiserId,
    data.organiserId,
    ...data.members.map((m) => m.unitId),
  ]);
  checkMembers(data);
  await checkUnitsExist(ctx.db, data);
  return ctx.db.transaction(async (tx) => {
    const before = await presentCluster(tx, existing);
    const [c] = await tx
      .update(clusters)
      .set({
        name: data.name,
        kind: data.kind,
        year: data.year,
        organiserId: data.organiserId,
        updatedAt: ctx.clock.now(),
      })
      .where(eq(clusters.id, id))
      .returning();
    await tx.delete(clusterMembers).where(eq(clusterMembers.clusterId, id));
    await tx
      .insert(clusterMembers)
      .values(data.members.map((m) => ({ clusterId: id, unitId: m.unitId, role: m.role })));
    const after = await presentCluster(tx, c!);
    await emitAudit(tx, ctx, { action: 'cluster.update', entity: 'cluster', entityId: id, before, after });
    return after;
  });
}
