import { ZAmendDecisionInput, type DecisionDetail } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { decisions, decisionSteps } from '../../db/schema/decisions';
import { emitAudit } from '../../audit/emit';
import { ServiceError, ValidationError, parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { newId } from '../../lib/ids';
import { loadDecision, presentDetail, recipientsOf, statusOf, stepsOf } from './common';
import { buildRecipientRows, insertRecipientRows } from './recipients';

/**
 * Lập dự thảo quyết định đính chính hoặc thu hồi: a NEW act that references an issued one (nothing is edited in
 * place). A correction carries the corrected list (it replaces the old act's registry rows when issued); a
 * revocation lists the revoked lines (all of them when none are chosen), whose registry rows are marked revoked.
 */
export async function draftAmendment(
  ctx: ServiceContext,
  refId: string,
  input: unknown,
): Promise<DecisionDetail> {
  const ref = await loadDecision(ctx.db, refId);
  await authorize(ctx, 'decision.manage', [ref.issuerUnitId]);
  const data = parseInput(ZAmendDecisionInput, input);
  if (statusOf(await stepsOf(ctx.db, refId)) === 'DRAFT')
    throw new ServiceError(
      'CONFLICT',
      'Chỉ đính chính hoặc thu hồi quyết định đã ban hành; dự thảo thì sửa trực tiếp.',
      undefined,
      409,
    );
  if (ref.kind === 'THU_HOI')
    throw new ServiceError(
      'CONFLICT',
      'Không đính chính hoặc thu hồi một quyết định thu hồi.',
      undefined,
      409,
    );
  const oldLines = await recipientsOf(ctx.db, refId);
  let revoked = oldLines;
  if (data.kind === 'THU_HOI' && data.revokedOrdinals.length) {
    const want = new Set(data.revokedOrdinals);
    revoked = oldLines.filter((l) => want.has(l.ordinal));
    if (revoked.length !== want.size)
      throw new ValidationError([
        { path: 'revokedOrdinals', message: 'Có số thứ tự không có trong quyết định.' },
      ]);
  }
  return ctx.db.transaction(async (tx) => {
    const id = newId();
    let rows;
    if (data.kind === 'DINH_CHINH')
      rows = await buildRecipientRows(tx, id, data.recipients, ctx.clock.today());
    else
      rows = revoked.map((l, i) => ({
        ...l,
        id: newId(),
        decisionId: id,
        ordinal: i + 1,
        amountVnd: null,
        coefficient: null,
        baseSalaryVnd: null,
        amountNote: `Thu hồi (số thứ tự ${l.ordinal} của Quyết định số ${ref.numberText})`,
        // For a revocation line, award_id names the registry row being revoked.
        awardId: l.awardId,
      }));
    const [d] = await tx
      .insert(decisions)
      .values({
        id,
        registerId: ref.registerId,
        issuerUnitId: ref.issuerUnitId,
        kind: data.kind,
        refDecisionId: ref.id,
        subject: data.subject,
        bases: data.bases,
        content: data.content,
        recipientsText: data.recipientsText,
        signerOffice: ref.signerOffice,
        signerLevel: ref.signerLevel,
        signerAuthority: data.signerAuthority,
        signerTitle: data.signerTitle,
        signerName: data.signerName,
        campaignId: ref.campaignId,
        createdBy: ctx.actor?.accountId ?? null,
      })
      .returning();
    await insertRecipientRows(tx, rows);
    await tx.insert(decisionSteps).values({
      id: newId(),
      decisionId: id,
      step: 'DRAFTED',
      at: ctx.clock.now(),
      actorId: ctx.actor?.accountId ?? null,
      note: `${data.kind === 'THU_HOI' ? 'Thu hồi' : 'Đính chính'} Quyết định số ${ref.numberText}`,
    });
    const out = await presentDetail(tx, d!);
    await emitAudit(tx, ctx, {
      action: 'decision.draft_amendment',
      entity: 'decision',
      entityId: id,
      after: { kind: data.kind, ref: ref.numberText, recipients: out.recipients.length },
    });
    return out;
  });
}
