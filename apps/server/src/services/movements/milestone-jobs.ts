import { and, asc, eq, isNull, lte } from 'drizzle-orm';
import { formatLegalDate, MILESTONE_KIND_LABELS, type MilestoneKind } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { movementMilestones, movementReportPeriods, movementUnits, movements } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { enqueueJob, type JobRow } from '../../jobs/queue';
import { notify } from '../notifications/notify';
import { REMINDER_DAYS_BEFORE } from './reminders';
import { addDays, addStep, movementStatus } from './common';
import { sendDueReminders } from './reminders';

export const MOVEMENT_MILESTONE_JOB = 'movement.milestone';

/** 00:00 in Vietnam (UTC+7) of a legal date, as an instant. */
export function vietnamMidnight(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

/**
 * On launch: one job per milestone date (phase advance) and per deadline reminder (registration deadline,
 * each report period's due date). Each job runs `advanceMovement`, which is idempotent and catches up.
 */
export async function scheduleMilestones(tx: Executor, ctx: ServiceContext, movementId: string) {
  const [m] = await tx.select().from(movements).where(eq(movements.id, movementId));
  const ms = await tx.select().from(movementMilestones).where(eq(movementMilestones.movementId, movementId));
  const periods = await tx
    .select()
    .from(movementReportPeriods)
    .where(eq(movementReportPeriods.movementId, movementId));
  const days = new Set<string>(ms.map((x) => x.onDate));
  if (m?.registrationDeadline) days.add(addDays(m.registrationDeadline, -REMINDER_DAYS_BEFORE));
  for (const p of periods) days.add(addDays(p.dueDate, -REMINDER_DAYS_BEFORE));
  for (const day of [...days].sort())
    await enqueueJob(
      tx,
      ctx,
      MOVEMENT_MILESTONE_JOB,
      { movementId, day },
      { runAfter: vietnamMidnight(day) },
    );
}

/**
 * Processes everything due by today for one movement: each milestone whose date has come is marked reached,
 * a SO_KET / TONG_KET milestone advances the phase (a step row, auto), each change is audited and the
 * participating units are told. Reminders go to units that have not registered / reported yet.
 */
export async function advanceMovement(ctx: ServiceContext, movementId: string) {
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const [m] = await tx.select().from(movements).where(eq(movements.id, movementId));
    if (!m) return { advanced: [] as string[], reminders: 0 };
    const status = await movementStatus(tx, movementId);
    if (status === 'DRAFT' || status === 'CLOSED') return { advanced: [], reminders: 0 };
    const units = (
      await tx
        .select({ u: movementUnits.unitId })
        .from(movementUnits)
        .where(eq(movementUnits.movementId, movementId))
    ).map((r) => r.u);
    const due = await tx
      .select()
      .from(movementMilestones)
      .where(
        and(
          eq(movementMilestones.movementId, movementId),
          lte(movementMilestones.onDate, today),
          isNull(movementMilestones.reachedAt),
        ),
      )
      .orderBy(asc(movementMilestones.onDate));
    const advanced: string[] = [];
    let current = status;
    for (const x of due) {
      await tx
        .update(movementMilestones)
        .set({ reachedAt: ctx.clock.now() })
        .where(eq(movementMilestones.id, x.id));
      const kind = x.kind as MilestoneKind;
      let phase: 'SO_KET' | 'TONG_KET' | null = null;
      if (kind === 'SO_KET' && current === 'LAUNCHED') phase = 'SO_KET';
      if (kind === 'TONG_KET' && (current === 'LAUNCHED' || current === 'SO_KET')) phase = 'TONG_KET';
      if (phase) {
        await addStep(tx, ctx, movementId, phase, x.onDate, { auto: true, note: x.name });
        advanced.push(phase);
      }
      await emitAudit(tx, ctx, {
        action: 'movement.advance_phase',
        entity: 'movement',
        entityId: movementId,
        before: { status: current },
        after: { milestone: x.name, kind, date: x.onDate, status: phase ?? current },
      });
      if (phase) current = phase;
      await notify(tx, ctx, {
        unitIds: units,
        kind: phase ? 'MOVEMENT_PHASE' : 'MOVEMENT_MILESTONE',
        title: phase
          ? `${MILESTONE_KIND_LABELS[kind]}: ${m.name}`
          : `Mốc ${formatLegalDate(x.onDate)}: ${x.name}`,
        body: phase
          ? `Phong trào chuyển sang giai đoạn ${MILESTONE_KIND_LABELS[kind].toLowerCase()} từ ngày ${formatLegalDate(x.onDate)} (${x.name}).`
          : `Phong trào "${m.name}" đến mốc: ${x.name}.`,
        link: `/phong-trao/${movementId}`,
        entity: 'movement',
        entityId: movementId,
      });
    }
    const reminders = await sendDueReminders(tx, ctx, m, units);
    return { advanced, reminders };
  });
}

export async function runMilestoneJob(ctx: ServiceContext, job: JobRow) {
  const { movementId } = job.payload as { movementId: string };
  return advanceMovement(ctx, movementId);
}
