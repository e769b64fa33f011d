import { asc, eq, inArray, sql } from 'drizzle-orm';
import {
  NOMINATION_STEP_LABELS,
  type ConsultationState,
  type DossierStatus,
  type NominationStatus,
  type NominationStep,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../context';
import { queryRows, type Executor } from '../db/client';
import { nominationSteps } from '../db/schema';
import { NotFoundError, ServiceError } from '../errors';
import { newId } from '../lib/ids';

/**
 * Nomination state machine (docs/ARCHITECTURE.md "Nominations"). Status is never stored: it is the last
 * main-line step; CONSULTATION_OPEN/CLOSED run alongside and give `consultation`.
 *
 *   DRAFT ─submit→ SUBMITTED ─return→ RETURNED ─submit→ SUBMITTED
 *   SUBMITTED ─pass→ APPRAISED_PASSED_TO_COUNCIL ─vote→ COUNCIL_PASSED | COUNCIL_REJECTED
 *   APPRAISED_PASSED_TO_COUNCIL ─return→ RETURNED
 *   COUNCIL_PASSED ─decide→ DECIDED ─revoke→ REVOKED
 *   DRAFT | RETURNED ─withdraw→ WITHDRAWN
 *   consultation: NONE ─open→ OPEN ─close→ CLOSED (open only while APPRAISED_PASSED_TO_COUNCIL or COUNCIL_PASSED)
 */
export const TRANSITIONS: Record<
  Exclude<NominationStep, 'CONSULTATION_OPEN' | 'CONSULTATION_CLOSED'>,
  readonly (NominationStatus | null)[]
> = {
  DRAFT: [null],
  SUBMITTED: ['DRAFT', 'RETURNED'],
  RETURNED: ['SUBMITTED', 'APPRAISED_PASSED_TO_COUNCIL'],
  APPRAISED_PASSED_TO_COUNCIL: ['SUBMITTED'],
  COUNCIL_PASSED: ['APPRAISED_PASSED_TO_COUNCIL'],
  COUNCIL_REJECTED: ['APPRAISED_PASSED_TO_COUNCIL'],
  DECIDED: ['COUNCIL_PASSED'],
  WITHDRAWN: ['DRAFT', 'RETURNED'],
  REVOKED: ['DECIDED'],
};
const CONSULTATION_MAIN: readonly NominationStatus[] = ['APPRAISED_PASSED_TO_COUNCIL', 'COUNCIL_PASSED'];

export interface NominationState {
  status: NominationStatus | null;
  consultation: ConsultationState;
  /** Reason of the last RETURNED step (null once resubmitted). */
  lastReason: string | null;
  /** Date (Vietnam) of the last SUBMITTED step. */
  submittedAt: Date | null;
}

/** Folds step rows (oldest first) into the derived state. */
export function deriveState(
  steps: readonly { step: string; reason: string | null; at: Date }[],
): NominationState {
  const s: NominationState = { status: null, consultation: 'NONE', lastReason: null, submittedAt: null };
  for (const r of steps) {
    if (r.step === 'CONSULTATION_OPEN') s.consultation = 'OPEN';
    else if (r.step === 'CONSULTATION_CLOSED') s.consultation = 'CLOSED';
    else {
      s.status = r.step as NominationStatus;
      s.lastReason = r.step === 'RETURNED' ? r.reason : null;
      if (r.step === 'SUBMITTED') s.submittedAt = r.at;
    }
  }
  return s;
}

/** Derived states of many nominations, one query. Missing ids are absent from the map. */
export async function nominationStates(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, NominationState>> {
  const out = new Map<string, NominationState>();
  if (ids.length === 0) return out;
  const rows = await db
    .select({
      nominationId: nominationSteps.nominationId,
      step: nominationSteps.step,
      reason: nominationSteps.reason,
      at: nominationSteps.at,
    })
    .from(nominationSteps)
    .where(inArray(nominationSteps.nominationId, [...ids]))
    .orderBy(asc(nominationSteps.nominationId), asc(nominationSteps.seq));
  const by = new Map<string, typeof rows>();
  for (const r of rows) {
    const list = by.get(r.nominationId) ?? [];
    list.push(r);
    by.set(r.nominationId, list);
  }
  for (const [id, list] of by) out.set(id, deriveState(list));
  return out;
}

/** Whether `step` may follow `state` (pure; used by the UI-facing services to pre-check a batch). */
export function canAppend(state: NominationState, step: NominationStep): boolean {
  if (step === 'CONSULTATION_OPEN')
    return state.consultation === 'NONE' && state.status !== null && CONSULTATION_MAIN.includes(state.status);
  if (step === 'CONSULTATION_CLOSED') return state.consultation === 'OPEN';
  return TRANSITIONS[step].includes(state.status);
}

export interface AppendStepOptions {
  reason?: string | null;
  data?: unknown;
}

/**
 * Appends one step to a nomination inside the caller's transaction, after checking the transition against the
 * derived status (the row is locked FOR UPDATE so two writers cannot both pass the check). Throws
 * INVALID_TRANSITION with a Vietnamese message otherwise. It writes no audit row: the calling verb audits itself.
 *
 * Other areas call it: the ballot helper appends COUNCIL_PASSED / COUNCIL_REJECTED (data: { meetingId }), the
 * decisions helper appends DECIDED / REVOKED (data: { decisionId }).
 */
export async function appendNominationStep(
  tx: Executor,
  ctx: ServiceContext,
  nominationId: string,
  step: NominationStep,
  opts: AppendStepOptions = {},
): Promise<NominationState> {
  const locked = await queryRows<{ id: string }>(
    tx,
    sql`SELECT id FROM nominations WHERE id = ${nominationId}::uuid FOR UPDATE`,
  );
  if (locked.length === 0) throw new NotFoundError('Không tìm thấy người được đề nghị trong hồ sơ.');
  const state = (await nominationStates(tx, [nominationId])).get(nominationId) ?? deriveState([]);
  if (!canAppend(state, step)) {
    const from = state.status === null ? 'chưa có' : `"${NOMINATION_STEP_LABELS[state.status]}"`;
    throw new ServiceError(
      'INVALID_TRANSITION',
      `Không thể chuyển sang "${NOMINATION_STEP_LABELS[step]}" khi đề nghị đang ở trạng thái ${from}.`,
      { nominationId, from: state.status, consultation: state.consultation, to: step },
    );
  }
  const [last] = await queryRows<{ n: number }>(
    tx,
    sql`SELECT coalesce(max(seq), 0)::int AS n FROM nomination_steps WHERE nomination_id = ${nominationId}::uuid`,
  );
  const at = ctx.clock.now();
  await tx.insert(nominationSteps).values({
    id: newId(),
    nominationId,
    seq: Number(last?.n ?? 0) + 1,
    step,
    reason: opts.reason ?? null,
    data: opts.data ?? null,
    actorId: ctx.actor?.accountId ?? null,
    at,
  });
  return deriveState([
    ...(await tx
      .select({ step: nominationSteps.step, reason: nominationSteps.reason, at: nominationSteps.at })
      .from(nominationSteps)
      .where(eq(nominationSteps.nominationId, nominationId))
      .orderBy(asc(nominationSteps.seq))),
  ]);
}

/** Dossier status from its nominations' statuses (withdrawn ones ignored). */
export function dossierStatus(statuses: readonly (NominationStatus | null)[]): DossierStatus {
  const live = statuses.filter((s) => s !== 'WITHDRAWN' && s !== null) as NominationStatus[];
  if (live.length === 0 || live.every((s) => s === 'DRAFT')) return 'DRAFT';
  if (live.some((s) => s === 'RETURNED')) return 'RETURNED';
  if (live.some((s) => s === 'SUBMITTED' || s === 'DRAFT')) return 'SUBMITTED';
  if (live.every((s) => s === 'DECIDED' || s === 'COUNCIL_REJECTED' || s === 'REVOKED')) return 'CLOSED';
  return 'APPRAISED';
}
