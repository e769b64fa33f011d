import { eq, inArray } from 'drizzle-orm';
import type { ZSaveMovementInput } from '@vinhdanh/shared';
import { type MovementLaunchLevel, type SaveMovementInput } from '@vinhdanh/shared';
import type { z } from 'zod';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import {
  movementItems,
  movementMilestones,
  movementParticipantPicks,
  movementReportPeriods,
  movementUnits,
  units,
} from '../../db/schema';
import { ServiceError } from '../../errors';
import { authorize } from '../../policies/scope';
import { isUuid, newId } from '../../lib/ids';
import { checkValue, resolvePicks, valueColumns } from './common';

export type DraftInput = z.output<typeof ZSaveMovementInput>;
export type { SaveMovementInput };

/** Cấp phát động by the launching unit's kind: a province is "bộ, ngành, tỉnh"; anything below is "cơ quan, đơn vị". */
export async function defaultLaunchLevel(db: Executor, unitId: string): Promise<MovementLaunchLevel> {
  const [u] = await db.select({ kind: units.kind }).from(units).where(eq(units.id, unitId));
  return u?.kind === 'TINH' ? 'BO_NGANH_TINH' : 'CO_QUAN_DON_VI';
}

/** Field checks shared by create and update (types of targets, dates, owners). Throws before any write. */
export async function checkDraft(ctx: ServiceContext, db: Executor, d: DraftInput) {
  if (!isUuid(d.launchingUnitId))
    throw new ServiceError('VALIDATION_FAILED', undefined, [
      { path: 'launchingUnitId', message: 'Không tìm thấy đơn vị phát động.' },
    ]);
  const [u] = await db.select({ id: units.id }).from(units).where(eq(units.id, d.launchingUnitId));
  if (!u)
    throw new ServiceError('VALIDATION_FAILED', undefined, [
      { path: 'launchingUnitId', message: 'Không tìm thấy đơn vị phát động.' },
    ]);
  if (d.startDate && d.endDate && d.endDate < d.startDate)
    throw new ServiceError('INVALID_PERIOD', undefined, [
      { path: 'endDate', message: 'Ngày kết thúc trước ngày bắt đầu.' },
    ]);
  d.items.forEach((it, i) => checkValue(it.targetType, it.target, `items.${i}.target`));
  const owners = d.items.flatMap((it) => (it.ownerUnitId ? [it.ownerUnitId] : []));
  if (owners.some((o) => !isUuid(o)))
    throw new ServiceError('VALIDATION_FAILED', undefined, [
      { path: 'items', message: 'Đơn vị chủ trì không hợp lệ.' },
    ]);
  if (owners.length) {
    const found = await db.select({ id: units.id }).from(units).where(inArray(units.id, owners));
    if (found.length !== new Set(owners).size)
      throw new ServiceError('VALIDATION_FAILED', undefined, [
        { path: 'items', message: 'Không tìm thấy đơn vị chủ trì.' },
      ]);
  }
  d.reportPeriods.forEach((p, i) => {
    if (p.dueDate < p.asOf)
      throw new ServiceError('INVALID_PERIOD', undefined, [
        { path: `reportPeriods.${i}.dueDate`, message: 'Hạn nộp báo cáo trước ngày chốt số liệu.' },
      ]);
  });
}

/** Resolves participants and checks the actor may manage every one of them (and the launching unit). */
export async function resolveAndAuthorize(ctx: ServiceContext, db: Executor, d: DraftInput, day: string) {
  const unitIds = await resolvePicks(db, d.participants, day);
  await authorize(ctx, 'movement.manage', [d.launchingUnitId, ...unitIds]);
  return unitIds;
}

/** Replaces picks, resolved units, items, milestones and report periods of a draft. */
export async function writeChildren(tx: Executor, movementId: string, d: DraftInput, unitIds: string[]) {
  await tx.delete(movementParticipantPicks).where(eq(movementParticipantPicks.movementId, movementId));
  await tx.delete(movementUnits).where(eq(movementUnits.movementId, movementId));
  await tx.delete(movementItems).where(eq(movementItems.movementId, movementId));
  await tx.delete(movementMilestones).where(eq(movementMilestones.movementId, movementId));
  await tx.delete(movementReportPeriods).where(eq(movementReportPeriods.movementId, movementId));
  const picks = [...new Map(d.participants.map((p) => [`${p.kind}:${p.id}`, p])).values()];
  if (picks.length)
    await tx
      .insert(movementParticipantPicks)
      .values(picks.map((p) => ({ movementId, kind: p.kind, refId: p.id })));
  for (let i = 0; i < unitIds.length; i += 1000)
    await tx
      .insert(movementUnits)
      .values(unitIds.slice(i, i + 1000).map((unitId) => ({ movementId, unitId })));
  if (d.items.length)
    await tx.insert(movementItems).values(
      d.items.map((it, i) => {
        const v = valueColumns(it.targetType, it.target);
        return {
          id: it.id && isUuid(it.id) ? it.id : newId(),
          movementId,
          seq: i + 1,
          title: it.title,
          description: it.description ?? null,
          targetType: it.targetType,
          targetNum: v.num,
          targetDay: v.day,
          targetFlag: v.flag,
          measureUnit: it.measureUnit ?? null,
          ownerUnitId: it.ownerUnitId ?? null,
          ownerName: it.ownerName ?? null,
          evidenceRequired: it.evidenceRequired ?? false,
        };
      }),
    );
  if (d.milestones.length)
    await tx
      .insert(movementMilestones)
      .values(
        d.milestones.map((x) => ({ id: newId(), movementId, kind: x.kind, name: x.name, onDate: x.date })),
      );
  if (d.reportPeriods.length)
    await tx.insert(movementReportPeriods).values(
      d.reportPeriods.map((p, i) => ({
        id: newId(),
        movementId,
        seq: i + 1,
        name: p.name,
        asOf: p.asOf,
        dueDate: p.dueDate,
      })),
    );
}

/** Scalar columns of a draft. */
export function draftColumns(d: DraftInput) {
  return {
    name: d.name,
    kind: d.kind,
    year: d.year ?? (d.startDate ? Number(d.startDate.slice(0, 4)) : null),
    launchingUnitId: d.launchingUnitId,
    scope: d.scope,
    signerName: d.signerName ?? null,
    signerPosition: d.signerPosition ?? null,
    launchDate: d.launchDate ?? null,
    launchEvent: d.launchEvent ?? null,
    startDate: d.startDate ?? null,
    endDate: d.endDate ?? null,
    registrationDeadline: d.registrationDeadline ?? null,
    objectives: d.objectives ?? null,
    targetGroups: d.targetGroups ?? null,
    criteria: d.criteria ?? null,
    plan: d.plan ?? null,
    measures: d.measures ?? null,
    occasion: d.occasion ?? null,
    relatedPlans: d.relatedPlans ?? null,
  };
}
