import { and, eq, inArray, isNull, lte, or, gte } from 'drizzle-orm';
import { ZSaveRegistrationInput, type Registration, type TargetType } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import {
  employments,
  movementItems,
  registrationPersons,
  registrationTargets,
  registrations,
} from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { parseInput, ServiceError } from '../../errors';
import { authorize } from '../../policies/scope';
import { isUuid, newId } from '../../lib/ids';
import { checkValue, valueColumns } from '../movements/common';
import {
  activeMovement,
  assertBeforeDeadline,
  assertParticipant,
  COLLECTIVE_PLEDGE_CODES,
  INDIVIDUAL_PLEDGE_CODES,
  presentRegistration,
  registrationStatus,
} from './common';

/**
 * Đăng ký thi đua (unit clerk): the unit's pledged collective title, individuals with their pledged titles and
 * the unit's own target per content item. Before the deadline, for a participating unit, while the
 * registration is a draft or was returned. Everything is checked before anything is written.
 */
export async function saveRegistration(
  ctx: ServiceContext,
  movementId: string,
  input: unknown,
): Promise<Registration> {
  await authorize(ctx, 'registration.edit');
  const d = parseInput(ZSaveRegistrationInput, input);
  await authorize(ctx, 'registration.edit', [d.unitId]);
  const m = await activeMovement(ctx.db, movementId);
  await assertParticipant(ctx.db, movementId, d.unitId);
  assertBeforeDeadline(ctx, m);
  const [existing] = await ctx.db
    .select()
    .from(registrations)
    .where(and(eq(registrations.movementId, movementId), eq(registrations.unitId, d.unitId)));
  const status = await registrationStatus(ctx.db, existing);
  if (!['NOT_REGISTERED', 'DRAFT', 'RETURNED'].includes(status))
    throw new ServiceError('REGISTRATION_NOT_EDITABLE');
  if (existing && d.version !== undefined && d.version !== existing.version)
    throw new ServiceError('CONFLICT');
  if (d.pledgedTitle && !COLLECTIVE_PLEDGE_CODES.has(d.pledgedTitle))
    throw new ServiceError('VALIDATION_FAILED', undefined, [
      { path: 'pledgedTitle', message: 'Danh hiệu tập thể không có trong danh mục.' },
    ]);
  const items = await ctx.db
    .select({ id: movementItems.id, type: movementItems.targetType, seq: movementItems.seq })
    .from(movementItems)
    .where(eq(movementItems.movementId, movementId));
  const typeOf = new Map(items.map((i) => [i.id, i.type as TargetType]));
  d.targets.forEach((t, i) => {
    const type = typeOf.get(t.itemId);
    if (!type)
      throw new ServiceError('VALIDATION_FAILED', undefined, [
        { path: `targets.${i}.itemId`, message: 'Nội dung thi đua không thuộc phong trào này.' },
      ]);
    checkValue(type, t.value, `targets.${i}.value`);
  });
  if (new Set(d.targets.map((t) => t.itemId)).size !== d.targets.length)
    throw new ServiceError('VALIDATION_FAILED', undefined, [
      { path: 'targets', message: 'Một nội dung chỉ đăng ký một chỉ tiêu.' },
    ]);
  d.persons.forEach((p, i) => {
    if (!INDIVIDUAL_PLEDGE_CODES.has(p.pledgedTitle))
      throw new ServiceError('VALIDATION_FAILED', undefined, [
        { path: `persons.${i}.pledgedTitle`, message: 'Danh hiệu cá nhân không có trong danh mục.' },
      ]);
    if (!isUuid(p.personId))
      throw new ServiceError('VALIDATION_FAILED', undefined, [
        { path: `persons.${i}.personId`, message: 'Mã cá nhân không hợp lệ.' },
      ]);
  });
  const personIds = [...new Set(d.persons.map((p) => p.personId))];
  if (personIds.length !== d.persons.length)
    throw new ServiceError('VALIDATION_FAILED', undefined, [
      { path: 'persons', message: 'Một cá nhân chỉ đăng ký một lần.' },
    ]);
  if (personIds.length) {
    const today = ctx.clock.today();
    const day = m.startDate && m.startDate > today ? m.startDate : today;
    const emp = await ctx.db
      .selectDistinct({ personId: employments.personId })
      .from(employments)
      .where(
        and(
          eq(employments.unitId, d.unitId),
          inArray(employments.personId, personIds),
          lte(employments.dateFrom, m.endDate ?? day),
          or(isNull(employments.dateTo), gte(employments.dateTo, m.startDate ?? day)),
        ),
      );
    const ok = new Set(emp.map((e) => e.personId));
    const bad = d.persons.findIndex((p) => !ok.has(p.personId));
    if (bad >= 0)
      throw new ServiceError('VALIDATION_FAILED', undefined, [
        {
          path: `persons.${bad}.personId`,
          message: 'Cá nhân không công tác tại đơn vị trong thời gian của phong trào.',
        },
      ]);
  }
  return ctx.db.transaction(async (tx) => {
    const before = existing ? await presentRegistration(ctx, tx, m, d.unitId, existing) : null;
    let row = existing;
    if (!row) {
      [row] = await tx
        .insert(registrations)
        .values({
          id: newId(),
          movementId,
          unitId: d.unitId,
          pledgedTitle: d.pledgedTitle ?? null,
          note: d.note ?? null,
          createdBy: ctx.actor?.accountId ?? null,
        })
        .returning();
    } else {
      [row] = await tx
        .update(registrations)
        .set({
          pledgedTitle: d.pledgedTitle ?? null,
          note: d.note ?? null,
          version: row.version + 1,
          updatedAt: ctx.clock.now(),
        })
        .where(eq(registrations.id, row.id))
        .returning();
    }
    const regId = row!.id;
    await tx.delete(registrationPersons).where(eq(registrationPersons.registrationId, regId));
    await tx.delete(registrationTargets).where(eq(registrationTargets.registrationId, regId));
    for (let i = 0; i < d.persons.length; i += 500)
      await tx
        .insert(registrationPersons)
        .values(
          d.persons
            .slice(i, i + 500)
            .map((p) => ({ registrationId: regId, personId: p.personId, pledgedTitle: p.pledgedTitle })),
        );
    if (d.targets.length)
      await tx.insert(registrationTargets).values(
        d.targets.map((t) => {
          const v = valueColumns(typeOf.get(t.itemId)!, t.value);
          return {
            registrationId: regId,
            itemId: t.itemId,
            valueNum: v.num,
            valueDay: v.day,
            valueFlag: v.flag,
            note: t.note ?? null,
          };
        }),
      );
    const out = await presentRegistration(ctx, tx, m, d.unitId, row);
    await emitAudit(tx, ctx, {
      action: 'registration.save',
      entity: 'registration',
      entityId: regId,
      before,
      after: out,
    });
    return out;
  });
}
