import { and, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import { ZRecordLineageEventInput, previousDay, type LineageEvent } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { queryRows, type Tx } from '../../db/client';
import { employments, lineageEvents, lineageEventUnits, units, unitVersions } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ServiceError, parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { newId } from '../../lib/ids';
import { insertUnit } from './create-unit';
import { coversDay, loadEvents } from './queries';

const invalid = (message: string) => new ServiceError('INVALID_LINEAGE_EVENT', message);

/**
 * Ghi nhận sự kiện tổ chức (rename, transfer, merge, split, dissolve, establish) on a date with its legal basis.
 * History is never rewritten: versions in force are closed the day before and new ones begin on the date.
 * Open employments in units that end move to the single successor (if exactly one), so people keep a
 * continuous history; otherwise they end the day before.
 */
export async function recordLineageEvent(ctx: ServiceContext, input: unknown): Promise<LineageEvent> {
  const data = parseInput(ZRecordLineageEventInput, input);
  const d = data.eventDate;
  const eve = previousDay(d);
  const involved = [...data.fromUnitIds, ...data.toUnitIds, data.newParentId ?? null];
  for (const nu of data.newUnits) involved.push(nu.parentId);
  await authorize(ctx, 'unit.manage', involved);

  return ctx.db.transaction(async (tx) => {
    const alive = async (ids: string[], day: string) => {
      if (ids.length === 0) return;
      const rows = await tx
        .select({ id: units.id })
        .from(units)
        .where(and(inArray(units.id, ids), coversDay(units.validFrom, units.validTo, day)));
      if (rows.length !== new Set(ids).size) {
        throw new ServiceError(
          'UNIT_NOT_VALID_ON_DATE',
          'Có đơn vị không còn hiệu lực vào ngày của sự kiện.',
        );
      }
    };
    await alive(data.fromUnitIds, eve);
    const created: string[] = [];
    for (const nu of data.newUnits) created.push((await insertUnit(tx, nu, d)).id);
    const targets = [...data.toUnitIds, ...created];
    let ending: string[] = [];

    switch (data.kind) {
      case 'RENAME': {
        if (data.fromUnitIds.length !== 1 || !data.newName)
          throw invalid('Đổi tên cần đúng một đơn vị và tên mới.');
        await newVersion(tx, data.fromUnitIds[0]!, d, { name: data.newName });
        break;
      }
      case 'TRANSFER': {
        if (data.fromUnitIds.length === 0 || data.newParentId === undefined) {
          throw invalid('Chuyển đơn vị cần đơn vị được chuyển và đơn vị cấp trên mới.');
        }
        if (data.newParentId) {
          await alive([data.newParentId], d);
          if (data.fromUnitIds.includes(data.newParentId)) throw new ServiceError('PARENT_CYCLE');
          if (await underAnyOn(tx, data.fromUnitIds, data.newParentId, d))
            throw new ServiceError('PARENT_CYCLE');
        }
        for (const id of data.fromUnitIds) await newVersion(tx, id, d, { parentId: data.newParentId });
        if (data.newParentId) targets.push(data.newParentId);
        break;
      }
      case 'MERGE': {
        if (data.fromUnitIds.length === 0 || targets.length !== 1) {
          throw invalid('Sáp nhập cần các đơn vị bị sáp nhập và đúng một đơn vị tiếp nhận.');
        }
        await alive(targets, d);
        ending = data.fromUnitIds.filter((id) => id !== targets[0]);
        break;
      }
      case 'SPLIT': {
        if (data.fromUnitIds.length !== 1 || targets.length < 1) {
          throw invalid('Chia tách cần một đơn vị bị chia và ít nhất một đơn vị mới/tiếp nhận.');
        }
        await alive(targets, d);
        ending = data.fromUnitIds.filter((id) => !targets.includes(id));
        break;
      }
      case 'DISSOLVE': {
        if (data.fromUnitIds.length === 0) throw invalid('Giải thể cần ít nhất một đơn vị.');
        ending = data.fromUnitIds;
        break;
      }
      case 'ESTABLISH': {
        if (created.length === 0) throw invalid('Thành lập cần ít nhất một đơn vị mới.');
        break;
      }
    }

    for (const id of ending) await endUnit(tx, id, d, targets.length === 1 ? targets[0]! : null);

    const eventId = newId();
    await tx.insert(lineageEvents).values({
      id: eventId,
      kind: data.kind,
      eventDate: d,
      legalBasis: data.legalBasis,
      note: data.note ?? null,
      createdBy: ctx.actor?.accountId ?? null,
    });
    const links = [
      ...data.fromUnitIds.map((unitId) => ({ eventId, unitId, side: 'FROM' })),
      ...[...new Set(targets)].map((unitId) => ({ eventId, unitId, side: 'TO' })),
    ];
    if (links.length) await tx.insert(lineageEventUnits).values(links);
    const [event] = await loadEvents(tx, [eventId]);
    await emitAudit(tx, ctx, {
      action: 'lineage.record',
      entity: 'lineage_event',
      entityId: eventId,
      after: event,
    });
    return event!;
  });
}

/** Is `unitId` below one of `roots` on or after d? (Moving a unit under its own descendant makes a cycle.) */
async function underAnyOn(tx: Tx, roots: string[], unitId: string, d: string): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`
    WITH RECURSIVE t(id) AS (
      SELECT unnest(${sql`ARRAY[${sql.join(
        roots.map((r) => sql`${r}`),
        sql`, `,
      )}]::uuid[]`})
      UNION
      SELECT v.unit_id FROM unit_versions v JOIN t ON v.parent_id = t.id
      WHERE v.valid_to IS NULL OR v.valid_to >= ${d}
    ) SELECT id FROM t WHERE id = ${unitId}::uuid`,
  );
  return rows.length > 0;
}

/** Closes the version in force on d-1 and starts a new one on d with the changed fields. */
async function newVersion(
  tx: Tx,
  unitId: string,
  d: string,
  change: { name?: string; parentId?: string | null },
) {
  const eve = previousDay(d);
  const [later] = await tx
    .select({ id: unitVersions.id })
    .from(unitVersions)
    .where(and(eq(unitVersions.unitId, unitId), gte(unitVersions.validFrom, d)));
  if (later)
    throw invalid('Đơn vị đã có thay đổi ghi nhận sau ngày này; hãy ghi sự kiện theo thứ tự thời gian.');
  const [cur] = await tx
    .select()
    .from(unitVersions)
    .where(
      and(eq(unitVersions.unitId, unitId), coversDay(unitVersions.validFrom, unitVersions.validTo, eve)),
    );
  if (!cur) throw new ServiceError('UNIT_NOT_VALID_ON_DATE');
  const [u] = await tx.select().from(units).where(eq(units.id, unitId));
  await tx.update(unitVersions).set({ validTo: eve }).where(eq(unitVersions.id, cur.id));
  await tx.insert(unitVersions).values({
    id: newId(),
    unitId,
    validFrom: d,
    validTo: u?.validTo ?? cur.validTo,
    name: change.name ?? cur.name,
    shortName: change.name ? null : cur.shortName,
    parentId: change.parentId === undefined ? cur.parentId : change.parentId,
  });
}

/** Ends a unit the day before d; refuses while it still has units under it on d. */
async function endUnit(tx: Tx, unitId: string, d: string, successor: string | null) {
  const eve = previousDay(d);
  const children = await tx
    .select({ id: unitVersions.unitId })
    .from(unitVersions)
    .innerJoin(units, eq(units.id, unitVersions.unitId))
    .where(
      and(
        eq(unitVersions.parentId, unitId),
        coversDay(unitVersions.validFrom, unitVersions.validTo, d),
        coversDay(units.validFrom, units.validTo, d),
      ),
    );
  if (children.length > 0) {
    throw new ServiceError(
      'UNIT_HAS_ACTIVE_CHILDREN',
      'Đơn vị còn đơn vị trực thuộc sau ngày sự kiện: hãy chuyển, sáp nhập hoặc giải thể các đơn vị đó trước.',
    );
  }
  const [later] = await tx
    .select({ id: unitVersions.id })
    .from(unitVersions)
    .where(and(eq(unitVersions.unitId, unitId), gte(unitVersions.validFrom, d)));
  if (later) throw invalid('Đơn vị đã có thay đổi ghi nhận sau ngày này.');
  await tx.update(units).set({ validTo: eve }).where(eq(units.id, unitId));
  await tx
    .update(unitVersions)
    .set({ validTo: eve })
    .where(
      and(eq(unitVersions.unitId, unitId), or(isNull(unitVersions.validTo), gte(unitVersions.validTo, d))),
    );
  const open = await tx
    .select()
    .from(employments)
    .where(and(eq(employments.unitId, unitId), or(isNull(employments.dateTo), gte(employments.dateTo, d))));
  for (const e of open) {
    await tx.update(employments).set({ dateTo: eve }).where(eq(employments.id, e.id));
    if (successor && e.dateFrom <= eve) {
      await tx.insert(employments).values({
        id: newId(),
        personId: e.personId,
        unitId: successor,
        dateFrom: d,
        dateTo: e.dateTo,
        position: e.position,
        isLeader: e.isLeader,
        isDirectWorker: e.isDirectWorker,
      });
    }
  }
}
