import type { Movement } from '@vinhdanh/shared';

/** What the audit log keeps of a movement: everything but the (possibly long) resolved participant list. */
export function auditImage(m: Movement) {
  const { participants, launchProblems: _p, ...rest } = m;
  return { ...rest, participantUnitIds: participants.map((p) => p.unitId).sort() };
}
