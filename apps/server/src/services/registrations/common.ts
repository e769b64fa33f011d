import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { AWARD_FORMS, COLLECTIVE_TITLES, COMMUNITY_TITLES, INDIVIDUAL_TITLES } from '@vinhdanh/rules';
import type { Registration, RegistrationStatus, RegistrationStepKind, TargetType } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import {
  employments,
  movementItems,
  persons,
  registrationPersons,
  registrationSteps,
  registrationTargets,
  registrations,
} from '../../db/schema';
import { NotFoundError, ServiceError } from '../../errors';
import { isUuid, newId } from '../../lib/ids';
import { namesOf } from '../units/queries';
import { asOfDay, loadMovementRow, movementStatus, valueOf, type MovementRow } from '../movements/common';

export type RegistrationRow = typeof registrations.$inferSelect;

export const COLLECTIVE_PLEDGE_CODES = new Set<string>(
  [...COLLECTIVE_TITLES, ...COMMUNITY_TITLES, ...AWARD_FORMS].map((t) => t.code),
);
export const INDIVIDUAL_PLEDGE_CODES = new Set<string>(
  [...INDIVIDUAL_TITLES, ...AWARD_FORMS].map((t) => t.code),
);

export function statusFromRegSteps(last: string | undefined, exists: boolean): RegistrationStatus {
  if (!exists) return 'NOT_REGISTERED';
  switch (last) {
    case 'REQUEST_APPROVAL':
      return 'PENDING_APPROVAL';
    case 'SUBMIT':
      return 'SUBMITTED';
    case 'RETURN':
      return 'RETURNED';
    case 'ACCEPT':
      return 'ACCEPTED';
    default:
      return 'DRAFT';
  }
}

export async function registrationStatus(db: Executor, reg: RegistrationRow | undefined) {
  if (!reg) return 'NOT_REGISTERED' as const;
  const [last] = await db
    .select({ kind: registrationSteps.kind })
    .from(registrationSteps)
    .where(eq(registrationSteps.registrationId, reg.id))
    .orderBy(desc(registrationSteps.at), desc(registrationSteps.id))
    .limit(1);
  return statusFromRegSteps(last?.kind, true);
}

/** The movement must be launched and not closed. */
export async function activeMovement(db: Executor, movementId: string): Promise<MovementRow> {
  const m = await loadMovementRow(db, movementId);
  const st = await movementStatus(db, movementId);
  if (st === 'DRAFT' || st === 'CLOSED') throw new ServiceError('MOVEMENT_NOT_ACTIVE');
  return m;
}

export async function assertParticipant(db: Executor, movementId: string, unitId: string) {
  const rows = await db.execute(
    sql`SELECT 1 FROM movement_units WHERE movement_id = ${movementId} AND unit_id = ${unitId}`,
  );
  if ((rows as unknown as { rows: unknown[] }).rows.length === 0)
    throw new ServiceError('UNIT_NOT_IN_MOVEMENT', undefined, [
      { path: 'unitId', message: 'Đơn vị không tham gia phong trào này.' },
    ]);
}

export function assertBeforeDeadline(ctx: ServiceContext, m: MovementRow) {
  if (m.registrationDeadline && ctx.clock.today() > m.registrationDeadline) {
    const [y, mo, d] = m.registrationDeadline.split('-');
    throw new ServiceError(
      'REGISTRATION_DEADLINE_PASSED',
      `Đã hết hạn đăng ký thi đua (hạn cuối ${d}/${mo}/${y}).`,
    );
  }
}

export async function loadRegistration(db: Executor, id: string): Promise<RegistrationRow> {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy bản đăng ký thi đua.');
  const [r] = await db.select().from(registrations).where(eq(registrations.id, id));
  if (!r) throw new NotFoundError('Không tìm thấy bản đăng ký thi đua.');
  return r;
}

export async function addRegStep(
  tx: Executor,
  ctx: ServiceContext,
  registrationId: string,
  kind: RegistrationStepKind,
  reason: string | null = null,
) {
  await tx.insert(registrationSteps).values({
    id: newId(),
    registrationId,
    kind,
    reason,
    actorId: ctx.actor?.accountId ?? null,
    actorName: ctx.actor?.fullName ?? 'Hệ thống',
    at: ctx.clock.now(),
  });
}

/** A unit's registration for the API (an empty draft when the unit has not registered). */
export async function presentRegistration(
  ctx: ServiceContext,
  db: Executor,
  m: MovementRow,
  unitId: string,
  reg: RegistrationRow | undefined,
): Promise<Registration> {
  const day = asOfDay(ctx, m);
  const names = await namesOf(db, [unitId], day);
  if (!reg)
    return {
      id: null,
      movementId: m.id,
      unitId,
      unitName: names.get(unitId) ?? '',
      status: 'NOT_REGISTERED',
      pledgedTitle: null,
      note: null,
      version: 0,
      persons: [],
      targets: [],
      steps: [],
      returnReason: null,
      deadline: m.registrationDeadline,
    };
  const [people, targets, steps, items] = await Promise.all([
    db
      .select({ rp: registrationPersons, name: persons.fullName })
      .from(registrationPersons)
      .innerJoin(persons, eq(persons.id, registrationPersons.personId))
      .where(eq(registrationPersons.registrationId, reg.id))
      .orderBy(asc(persons.nameSort)),
    db.select().from(registrationTargets).where(eq(registrationTargets.registrationId, reg.id)),
    db
      .select()
      .from(registrationSteps)
      .where(eq(registrationSteps.registrationId, reg.id))
      .orderBy(asc(registrationSteps.at), asc(registrationSteps.id)),
    db
      .select({ id: movementItems.id, type: movementItems.targetType, seq: movementItems.seq })
      .from(movementItems)
      .where(eq(movementItems.movementId, m.id)),
  ]);
  const positions = new Map<string, string>();
  if (people.length) {
    const emps = await db
      .select({ personId: employments.personId, position: employments.position })
      .from(employments)
      .where(
        and(
          eq(employments.unitId, unitId),
          inArray(
            employments.personId,
            people.map((p) => p.rp.personId),
          ),
        ),
      );
    for (const e of emps) positions.set(e.personId, e.position);
  }
  const typeOf = new Map(items.map((i) => [i.id, i.type as TargetType]));
  const seqOf = new Map(items.map((i) => [i.id, i.seq]));
  const last = steps.at(-1);
  return {
    id: reg.id,
    movementId: m.id,
    unitId,
    unitName: names.get(unitId) ?? '',
    status: statusFromRegSteps(last?.kind, true),
    pledgedTitle: reg.pledgedTitle,
    note: reg.note,
    version: reg.version,
    persons: people.map((p) => ({
      personId: p.rp.personId,
      fullName: p.name,
      position: positions.get(p.rp.personId) ?? null,
      pledgedTitle: p.rp.pledgedTitle,
    })),
    targets: targets
      .sort((a, b) => (seqOf.get(a.itemId) ?? 0) - (seqOf.get(b.itemId) ?? 0))
      .map((t) => ({
        itemId: t.itemId,
        value: valueOf(typeOf.get(t.itemId) ?? 'NUMBER', {
          num: t.valueNum,
          day: t.valueDay,
          flag: t.valueFlag,
        }),
        note: t.note,
      })),
    steps: steps.map((s) => ({
      kind: s.kind as RegistrationStepKind,
      reason: s.reason,
      actorName: s.actorName,
      at: s.at.toISOString(),
    })),
    returnReason: last?.kind === 'RETURN' ? last.reason : null,
    deadline: m.registrationDeadline,
  };
}
