import { and, eq, sql } from 'drizzle-orm';
import { AWARD_FORMS, COLLECTIVE_TITLES, COMMUNITY_TITLES, INDIVIDUAL_TITLES } from '@vinhdanh/rules';
import {
  REGISTRATION_STATUSES,
  type Registration,
  type RegistrationOverview,
  type RegistrationStatus,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { queryRows } from '../../db/client';
import { registrations } from '../../db/schema';
import { NotFoundError } from '../../errors';
import { authorize } from '../../policies/scope';
import { isUuid } from '../../lib/ids';
import { namesOf } from '../units/queries';
import { asOfDay, loadMovementRow } from '../movements/common';
import { assertVisible } from '../movements/queries';
import { presentRegistration, statusFromRegSteps } from './common';

/** One unit's registration (an empty one when not registered yet): for the unit or the launching officer. */
export async function getRegistration(
  ctx: ServiceContext,
  movementId: string,
  unitId: string,
): Promise<Registration> {
  await assertVisible(ctx, movementId);
  if (!isUuid(unitId)) throw new NotFoundError('Không tìm thấy đơn vị.');
  const m = await loadMovementRow(ctx.read, movementId);
  await authorize(ctx, 'movement.read', [unitId]).catch(async () =>
    authorize(ctx, 'registration.review', [m.launchingUnitId]),
  );
  const [reg] = await ctx.read
    .select()
    .from(registrations)
    .where(and(eq(registrations.movementId, movementId), eq(registrations.unitId, unitId)));
  return presentRegistration(ctx, ctx.read, m, unitId, reg);
}

interface UnitRow {
  unit_id: string;
  registration_id: string | null;
  pledged_title: string | null;
  last_kind: string | null;
  person_count: number;
  submitted_at: string | Date | null;
}

/** Officer's overview: every participating unit with its registration state, who has not registered, totals. */
export async function registrationOverview(
  ctx: ServiceContext,
  movementId: string,
): Promise<RegistrationOverview> {
  await assertVisible(ctx, movementId);
  const m = await loadMovementRow(ctx.read, movementId);
  await authorize(ctx, 'registration.review', [m.launchingUnitId]);
  const rows = await queryRows<UnitRow>(
    ctx.read,
    sql`SELECT mu.unit_id, r.id AS registration_id, r.pledged_title,
               (SELECT s.kind FROM registration_steps s WHERE s.registration_id = r.id ORDER BY s.at DESC, s.id DESC LIMIT 1) AS last_kind,
               (SELECT count(*)::int FROM registration_persons p WHERE p.registration_id = r.id) AS person_count,
               (SELECT max(s.at) FROM registration_steps s WHERE s.registration_id = r.id AND s.kind = 'SUBMIT') AS submitted_at
          FROM movement_units mu
          LEFT JOIN registrations r ON r.movement_id = mu.movement_id AND r.unit_id = mu.unit_id
         WHERE mu.movement_id = ${movementId}`,
  );
  const names = await namesOf(
    ctx.read,
    rows.map((r) => r.unit_id),
    asOfDay(ctx, m),
  );
  const counts = Object.fromEntries(REGISTRATION_STATUSES.map((s) => [s, 0])) as Record<
    RegistrationStatus,
    number
  >;
  const units = rows.map((r) => {
    const status = statusFromRegSteps(r.last_kind ?? undefined, !!r.registration_id);
    counts[status]++;
    return {
      unitId: r.unit_id,
      unitName: names.get(r.unit_id) ?? '',
      registrationId: r.registration_id,
      status,
      pledgedTitle: r.pledged_title,
      personCount: Number(r.person_count ?? 0),
      submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
    };
  });
  const order: Record<RegistrationStatus, number> = {
    NOT_REGISTERED: 0,
    RETURNED: 1,
    DRAFT: 2,
    PENDING_APPROVAL: 3,
    SUBMITTED: 4,
    ACCEPTED: 5,
  };
  units.sort((a, b) => order[a.status] - order[b.status] || a.unitName.localeCompare(b.unitName, 'vi'));
  const sent = sql`(SELECT s.kind FROM registration_steps s WHERE s.registration_id = r.id ORDER BY s.at DESC, s.id DESC LIMIT 1) IN ('SUBMIT','ACCEPT')`;
  const collective = await queryRows<{ code: string; n: number }>(
    ctx.read,
    sql`SELECT r.pledged_title AS code, count(*)::int AS n FROM registrations r
         WHERE r.movement_id = ${movementId} AND r.pledged_title IS NOT NULL AND ${sent}
         GROUP BY r.pledged_title ORDER BY n DESC, code`,
  );
  const individual = await queryRows<{ code: string; n: number }>(
    ctx.read,
    sql`SELECT p.pledged_title AS code, count(*)::int AS n FROM registration_persons p
          JOIN registrations r ON r.id = p.registration_id
         WHERE r.movement_id = ${movementId} AND ${sent}
         GROUP BY p.pledged_title ORDER BY n DESC, code`,
  );
  const targets = await queryRows<{
    item_id: string;
    type: string;
    units: number;
    sum: string | number | null;
    avg: string | number | null;
    yes: number | null;
    latest: string | Date | null;
  }>(
    ctx.read,
    sql`SELECT i.id AS item_id, i.target_type AS type, count(t.registration_id)::int AS units,
               sum(t.value_num) AS sum, avg(t.value_num) AS avg,
               count(*) FILTER (WHERE t.value_flag)::int AS yes, max(t.value_day)::text AS latest
          FROM movement_items i
          LEFT JOIN registration_targets t ON t.item_id = i.id
               AND t.registration_id IN (SELECT r.id FROM registrations r WHERE r.movement_id = ${movementId} AND ${sent})
         WHERE i.movement_id = ${movementId}
         GROUP BY i.id, i.target_type, i.seq ORDER BY i.seq`,
  );
  return {
    movementId,
    deadline: m.registrationDeadline,
    counts,
    units,
    collectiveTitles: collective.map((c) => ({ code: c.code, count: Number(c.n) })),
    individualTitles: individual.map((c) => ({ code: c.code, count: Number(c.n) })),
    targets: targets.map((t) => ({
      itemId: t.item_id,
      units: Number(t.units),
      sum: t.type === 'NUMBER' && t.sum !== null ? Number(t.sum) : null,
      average: t.type === 'PERCENT' && t.avg !== null ? Math.round(Number(t.avg) * 100) / 100 : null,
      yes: t.type === 'BOOLEAN' ? Number(t.yes ?? 0) : null,
      latestDate: t.type === 'DATE' && t.latest ? String(t.latest).slice(0, 10) : null,
    })),
  };
}

/** What may be pledged: collective titles (and community titles, award forms), individual titles (and award forms). */
export function pledgeTitles() {
  const pick = (list: readonly { code: string; vi: string }[]) =>
    list.map((t) => ({ code: t.code, name: t.vi }));
  return {
    collective: pick([...COLLECTIVE_TITLES, ...COMMUNITY_TITLES, ...AWARD_FORMS]),
    individual: pick([...INDIVIDUAL_TITLES, ...AWARD_FORMS]),
  };
}
