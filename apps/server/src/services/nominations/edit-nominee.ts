import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DossierDetail } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { nominations } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ServiceError, parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { appendNominationStep, nominationStates } from '../../workflow/nomination';
import { evaluateNominee } from './add-nominee';
import { presentDossierDetail, requireDossier, requireNomination } from './queries';

const ZWithdraw = z.object({ reason: z.string().trim().max(2000).nullable().default(null) });

/** Rút một người khỏi hồ sơ (while draft or returned). Needs nomination.manage on the proposing unit. */
export async function withdrawNominee(
  ctx: ServiceContext,
  nominationId: string,
  input: unknown,
): Promise<DossierDetail> {
  const n = await requireNomination(ctx.db, nominationId);
  const d = await requireDossier(ctx.db, n.dossierId);
  await authorize(ctx, 'nomination.manage', [d.proposingUnitId]);
  const data = parseInput(ZWithdraw, input ?? {});
  return ctx.db.transaction(async (tx) => {
    await appendNominationStep(tx, ctx, n.id, 'WITHDRAWN', { reason: data.reason });
    await emitAudit(tx, ctx, {
      action: 'nomination.withdraw',
      entity: 'nomination',
      entityId: n.id,
      after: { dossierId: d.id, reason: data.reason },
    });
    return presentDossierDetail(ctx, tx, d);
  });
}

/**
 * Xét lại điều kiện: re-runs the rules engine for an individual nominee and records the new verdict and ruleset
 * version (e.g. after the year's rating was entered). Needs nomination.manage on the proposing unit, or
 * nomination.appraise on the receiving body.
 */
export async function reevaluateNominee(ctx: ServiceContext, nominationId: string): Promise<DossierDetail> {
  const n = await requireNomination(ctx.db, nominationId);
  const d = await requireDossier(ctx.db, n.dossierId);
  try {
    await authorize(ctx, 'nomination.manage', [d.proposingUnitId]);
  } catch (e) {
    if (!(e instanceof ServiceError) || e.code === 'UNAUTHENTICATED') throw e;
    await authorize(ctx, 'nomination.appraise', [d.receivingUnitId]);
  }
  if (!n.personId)
    throw new ServiceError(
      'VALIDATION_FAILED',
      'Chỉ xét tự động điều kiện của cá nhân; tập thể do cán bộ thẩm định xem xét.',
    );
  return ctx.db.transaction(async (tx) => {
    const state = (await nominationStates(tx, [n.id])).get(n.id);
    if (state?.status === 'WITHDRAWN' || state?.status === 'DECIDED' || state?.status === 'REVOKED')
      throw new ServiceError('INVALID_TRANSITION', 'Đề nghị đã kết thúc, không xét lại điều kiện.');
    const v = await evaluateNominee(tx, ctx, n.personId!, n.code, n.periodTo);
    await tx
      .update(nominations)
      .set({
        outcome: v.outcome,
        confirmed: v.confirmed,
        reasons: v.reasons,
        rulesetVersion: v.rulesetVersion,
        eligibilityResultId: v.resultId,
      })
      .where(eq(nominations.id, n.id));
    await emitAudit(tx, ctx, {
      action: 'nomination.evaluate',
      entity: 'nomination',
      entityId: n.id,
      before: { outcome: n.outcome, rulesetVersion: n.rulesetVersion, resultId: n.eligibilityResultId },
      after: { outcome: v.outcome, rulesetVersion: v.rulesetVersion, resultId: v.resultId },
    });
    return presentDossierDetail(ctx, tx, d);
  });
}
