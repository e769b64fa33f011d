import { eq, sql } from 'drizzle-orm';
import { ZIssueDecisionInput, type DecisionDetail } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import {
  decisionRecipients,
  decisionRegisterCounters,
  decisions,
  decisionSteps,
} from '../../db/schema/decisions';
import { emitAudit } from '../../audit/emit';
import { ServiceError, ValidationError, parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { newId } from '../../lib/ids';
import { appendNominationStep } from '../../workflow/nomination';
import { recordAwards, revokeAwards, type NewAward } from '../registry/record-award';
import {
  amountFor,
  checkAuthority,
  formatNumber,
  loadDecision,
  loadRegister,
  presentDetail,
  recipientsOf,
  requireDraft,
  type DecisionRow,
  type RecipientRow,
  type RegisterRow,
} from './common';

/**
 * The next number of a register in a year, taken inside the issuing transaction: the counter row stays locked
 * until commit (concurrent issuers wait), and a rollback gives the number back — no gaps, no duplicates.
 */
export async function takeNumber(tx: Executor, registerId: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(decisionRegisterCounters)
    .values({ registerId, year, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [decisionRegisterCounters.registerId, decisionRegisterCounters.year],
      set: { lastNumber: sql`${decisionRegisterCounters.lastNumber} + 1` },
    })
    .returning({ lastNumber: decisionRegisterCounters.lastNumber });
  return row!.lastNumber;
}

function awardOf(
  r: RecipientRow,
  d: DecisionRow,
  reg: RegisterRow,
  numberText: string,
  on: string,
): NewAward {
  const recipient: NewAward['recipient'] =
    r.recipientKind === 'INDIVIDUAL'
      ? { kind: 'INDIVIDUAL', personId: r.personId! }
      : { kind: r.recipientKind as 'COLLECTIVE' | 'HOUSEHOLD', name: r.name, unitId: r.unitId! };
  return {
    recipient,
    code: r.code,
    decisionId: d.id,
    decisionNumber: numberText,
    decidedOn: on,
    signer: [d.signerAuthority, d.signerTitle, d.signerName].filter(Boolean).join(' '),
    issuerUnitId: reg.issuerUnitId,
    issuerName: reg.issuingBody,
    certificateNumber: String(r.ordinal),
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    achievement: r.achievement,
    source: 'DECISION',
    snapshot: {
      name: r.name,
      position: r.position,
      unitName: r.unitName,
      ...(r.recipientKind === 'INDIVIDUAL' ? {} : { unitId: r.unitId }),
    },
  };
}

/**
 * Ban hành (cấp số): numbers the decision in its register for the year of `decidedOn`, checks the signer's
 * authority for every title/form with the rules engine, fixes the amounts for the decision date and writes the
 * registry (sổ khen thưởng). A correction replaces the corrected act's registry rows; a revocation marks them
 * revoked. All in one transaction with its audit row.
 */
export async function issueDecision(
  ctx: ServiceContext,
  id: string,
  input: unknown,
): Promise<DecisionDetail> {
  const existing = await loadDecision(ctx.db, id);
  await authorize(ctx, 'decision.issue', [existing.issuerUnitId]);
  const { decidedOn } = parseInput(ZIssueDecisionInput, input);
  if (decidedOn > ctx.clock.today())
    throw new ValidationError([{ path: 'decidedOn', message: 'Ngày ban hành không được ở tương lai.' }]);
  const reg = await loadRegister(ctx.db, existing.registerId);
  const lines = await recipientsOf(ctx.db, id);
  if (existing.kind !== 'DINH_CHINH' && lines.length === 0)
    throw new ValidationError([{ path: 'recipients', message: 'Danh sách khen thưởng đang trống.' }]);
  if (
    existing.kind === 'KHEN_THUONG' ||
    existing.kind === 'CONG_NHAN_DANH_HIEU' ||
    existing.kind === 'DINH_CHINH'
  )
    checkAuthority(
      existing.signerOffice,
      existing.signerLevel,
      lines.map((l) => l.code),
      decidedOn,
    );

  return ctx.db.transaction(async (tx) => {
    const [d] = await tx.select().from(decisions).where(eq(decisions.id, id)).for('update');
    await requireDraft(tx, d!);
    const ref = d!.refDecisionId ? await loadDecision(tx, d!.refDecisionId) : null;
    if (ref && ref.decidedOn && decidedOn < ref.decidedOn)
      throw new ValidationError([
        { path: 'decidedOn', message: 'Ngày ban hành trước ngày của quyết định được đính chính/thu hồi.' },
      ]);
    const year = Number(decidedOn.slice(0, 4));
    const number = await takeNumber(tx, reg.id, year);
    const numberText = formatNumber(number, reg.symbol);
    const [issued] = await tx
      .update(decisions)
      .set({ year, number, numberText, decidedOn, updatedAt: ctx.clock.now() })
      .where(eq(decisions.id, id))
      .returning();

    if (d!.kind !== 'THU_HOI') {
      // Amounts on the decision date (base salary in force that day).
      for (const l of lines) {
        const a = amountFor(l.code, l.recipientKind as 'INDIVIDUAL', decidedOn);
        await tx.update(decisionRecipients).set(a).where(eq(decisionRecipients.id, l.id));
        Object.assign(l, a);
      }
    }
    if (d!.kind === 'THU_HOI' || (d!.kind === 'DINH_CHINH' && lines.length > 0)) {
      if (!ref)
        throw new ServiceError(
          'CONFLICT',
          'Không tìm thấy quyết định được đính chính/thu hồi.',
          undefined,
          409,
        );
      const awardIds =
        d!.kind === 'THU_HOI' ? lines.map((l) => l.awardId).filter((x): x is string => !!x) : [];
      await revokeAwards(tx, ctx, {
        ...(awardIds.length ? { awardIds } : { decisionId: ref.id }),
        revokedOn: decidedOn,
        byDecisionNumber: numberText,
        byDecisionId: id,
        reason: d!.kind === 'THU_HOI' ? d!.content : `Đính chính bởi Quyết định số ${numberText}`,
      });
    }
    if (d!.kind !== 'THU_HOI' && lines.length > 0) {
      const rows = await recordAwards(
        tx,
        ctx,
        lines.map((l) => awardOf(l, d!, reg, numberText, decidedOn)),
      );
      const byOrdinal = new Map(rows.map((r) => [r.certificateNumber, r.id]));
      for (const l of lines)
        await tx
          .update(decisionRecipients)
          .set({ awardId: byOrdinal.get(String(l.ordinal)) ?? null })
          .where(eq(decisionRecipients.id, l.id));
    }
    // Nominations drafted into this act move on: DECIDED when it awards, REVOKED when it revokes them.
    const nominationStep =
      d!.kind === 'THU_HOI' ? 'REVOKED' : d!.kind === 'DINH_CHINH' ? null : ('DECIDED' as const);
    if (nominationStep)
      for (const l of lines)
        if (l.nominationId)
          await appendNominationStep(tx, ctx, l.nominationId, nominationStep, {
            data: { decisionId: id, numberText },
          });
    await tx.insert(decisionSteps).values({
      id: newId(),
      decisionId: id,
      step: 'ISSUED',
      at: ctx.clock.now(),
      actorId: ctx.actor?.accountId ?? null,
      note: numberText,
    });
    const out = await presentDetail(tx, issued!);
    await emitAudit(tx, ctx, {
      action: 'decision.issue',
      entity: 'decision',
      entityId: id,
      after: { numberText, decidedOn, recipients: out.recipients.length, totalVnd: out.totalVnd },
    });
    return out;
  });
}
