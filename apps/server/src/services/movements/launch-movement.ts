import { asc, eq } from 'drizzle-orm';
import { formatLegalDate, ZLaunchMovementInput, type Movement } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { movementItems, movementUnits, movements } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { parseInput, ServiceError } from '../../errors';
import { authorize } from '../../policies/scope';
import { notify } from '../notifications/notify';
import { addStep, launchProblems, loadMovementRow, movementStatus, presentMovement } from './common';
import { auditImage } from './audit-image';
import { scheduleMilestones } from './milestone-jobs';

/**
 * Phát động: refuses a movement missing what Luật 2022 Điều 17 requires (MOVEMENT_INCOMPLETE, details = the
 * missing pieces with stable codes), then records the LAUNCH step, notifies every participating unit and
 * schedules the milestone jobs.
 */
export async function launchMovement(
  ctx: ServiceContext,
  id: string,
  input: unknown = {},
): Promise<Movement> {
  await authorize(ctx, 'movement.manage');
  const m = await loadMovementRow(ctx.db, id);
  await authorize(ctx, 'movement.manage', [m.launchingUnitId]);
  const data = parseInput(ZLaunchMovementInput, input ?? {});
  if ((await movementStatus(ctx.db, id)) !== 'DRAFT') throw new ServiceError('MOVEMENT_NOT_DRAFT');
  const items = await ctx.db
    .select()
    .from(movementItems)
    .where(eq(movementItems.movementId, id))
    .orderBy(asc(movementItems.seq));
  const unitRows = await ctx.db
    .select({ unitId: movementUnits.unitId })
    .from(movementUnits)
    .where(eq(movementUnits.movementId, id));
  const launchDate = data.launchDate ?? m.launchDate ?? ctx.clock.today();
  const problems = launchProblems(
    { ...m, launchDate },
    items.map((i) => ({
      title: i.title,
      targetType: i.targetType,
      num: i.targetNum,
      day: i.targetDay,
      flag: i.targetFlag,
    })),
    unitRows.length,
  );
  if (problems.length > 0) {
    throw new ServiceError(
      'MOVEMENT_INCOMPLETE',
      `Chưa thể phát động: ${problems.map((p) => p.message.replace(/ \(Luật.*\)\.?$/, '').replace(/\.$/, '')).join('; ')} (Luật Thi đua, khen thưởng 2022, Điều 17).`,
      problems,
    );
  }
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(movements)
      .set({ launchDate, version: m.version + 1, updatedAt: ctx.clock.now() })
      .where(eq(movements.id, id))
      .returning();
    await addStep(tx, ctx, id, 'LAUNCH', launchDate, { note: data.note ?? null });
    await notify(tx, ctx, {
      unitIds: unitRows.map((u) => u.unitId),
      kind: 'MOVEMENT_LAUNCHED',
      title: `Phát động: ${m.name}`,
      body: [
        `Ngày phát động ${formatLegalDate(launchDate)}.`,
        m.registrationDeadline ? `Hạn đăng ký thi đua: ${formatLegalDate(m.registrationDeadline)}.` : null,
        m.startDate && m.endDate
          ? `Thời gian thực hiện: ${formatLegalDate(m.startDate)} – ${formatLegalDate(m.endDate)}.`
          : null,
      ]
        .filter(Boolean)
        .join(' '),
      link: `/phong-trao/${id}`,
      entity: 'movement',
      entityId: id,
    });
    await scheduleMilestones(tx, ctx, id);
    const out = await presentMovement(ctx, tx, row!);
    await emitAudit(tx, ctx, {
      action: 'movement.launch',
      entity: 'movement',
      entityId: id,
      after: { status: out.status, launchDate, notifiedUnits: unitRows.length, movement: auditImage(out) },
    });
    return out;
  });
}
