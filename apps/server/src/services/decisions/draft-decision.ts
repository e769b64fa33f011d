import { eq } from 'drizzle-orm';
import { ZDraftDecisionInput, type DecisionDetail } from '@vinhdanh/shared';
import type { z } from 'zod';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { decisionRecipients, decisions, decisionSteps } from '../../db/schema/decisions';
import { emitAudit } from '../../audit/emit';
import { parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { newId } from '../../lib/ids';
import { loadDecision, loadRegister, presentDetail, requireDraft, type RegisterRow } from './common';
import { buildRecipientRows, insertRecipientRows } from './recipients';

/**
 * Lập dự thảo quyết định from a list (people or collectives with their title/form and period). Amounts are
 * previewed for the planned date (or today); issuing recomputes them for the decision date.
 */
export async function draftDecision(ctx: ServiceContext, input: unknown): Promise<DecisionDetail> {
  const data = parseInput(ZDraftDecisionInput, input);
  const reg = await loadRegister(ctx.db, data.registerId);
  await authorize(ctx, 'decision.manage', [reg.issuerUnitId]);
  return ctx.db.transaction(async (tx) => {
    const out = await insertDraft(tx, ctx, reg, data);
    await emitAudit(tx, ctx, {
      action: 'decision.draft',
      entity: 'decision',
      entityId: out.id,
      after: { ...out, recipients: out.recipients.length },
    });
    return out;
  });
}

/** Inserts a draft (decision, lines with snapshots and previewed amounts, DRAFTED step) inside `tx`; no audit. */
export async function insertDraft(
  tx: Executor,
  ctx: ServiceContext,
  reg: RegisterRow,
  data: z.output<typeof ZDraftDecisionInput>,
): Promise<DecisionDetail> {
  const on = data.plannedOn ?? ctx.clock.today();
  const id = newId();
  const rows = await buildRecipientRows(tx, id, data.recipients, on);
  const [d] = await tx
    .insert(decisions)
    .values({
      id,
      registerId: reg.id,
      issuerUnitId: reg.issuerUnitId,
      kind: data.kind,
      subject: data.subject,
      bases: data.bases,
      content: data.content,
      recipientsText: data.recipientsText,
      signerOffice: data.signerOffice ?? reg.signerOffice,
      signerLevel: data.signerOffice ? data.signerLevel : reg.signerLevel,
      signerAuthority: data.signerAuthority,
      signerTitle: data.signerTitle,
      signerName: data.signerName,
      plannedOn: data.plannedOn,
      campaignId: data.campaignId,
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
  });
  return presentDetail(tx, d!);
}

/** Sửa dự thảo: replaces the draft's texts and list (only while it is a draft). */
export async function updateDraft(ctx: ServiceContext, id: string, input: unknown): Promise<DecisionDetail> {
  const existing = await loadDecision(ctx.db, id);
  await authorize(ctx, 'decision.manage', [existing.issuerUnitId]);
  const data = parseInput(ZDraftDecisionInput, input);
  const reg = await loadRegister(ctx.db, data.registerId);
  await authorize(ctx, 'decision.manage', [reg.issuerUnitId]);
  const on = data.plannedOn ?? ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    await requireDraft(tx, existing);
    const before = await presentDetail(tx, existing);
    const rows = await buildRecipientRows(tx, id, data.recipients, on);
    await tx.delete(decisionRecipients).where(eq(decisionRecipients.decisionId, id));
    const [d] = await tx
      .update(decisions)
      .set({
        registerId: reg.id,
        issuerUnitId: reg.issuerUnitId,
        kind: data.kind,
        subject: data.subject,
        bases: data.bases,
        content: data.content,
        recipientsText: data.recipientsText,
        signerOffice: data.signerOffice ?? reg.signerOffice,
        signerLevel: data.signerOffice ? data.signerLevel : reg.signerLevel,
        signerAuthority: data.signerAuthority,
        signerTitle: data.signerTitle,
        signerName: data.signerName,
        plannedOn: data.plannedOn,
        campaignId: data.campaignId,
        updatedAt: ctx.clock.now(),
      })
      .where(eq(decisions.id, id))
      .returning();
    await insertRecipientRows(tx, rows);
    const after = await presentDetail(tx, d!);
    await emitAudit(tx, ctx, {
      action: 'decision.update_draft',
      entity: 'decision',
      entityId: id,
      before: { ...before, recipients: before.recipients.length },
      after: { ...after, recipients: after.recipients.length },
    });
    return after;
  });
}
