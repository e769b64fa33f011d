import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { ALL_CODES, evaluate } from '@vinhdanh/rules';
import type {
  DecisionDetail,
  DecisionKind,
  DecisionRecipient,
  DecisionStatus,
  DecisionSummary,
  RecipientKind,
} from '@vinhdanh/shared';
import type { Executor } from '../../db/client';
import { accounts } from '../../db/schema';
import { decisionRecipients, decisionRegisters, decisions, decisionSteps } from '../../db/schema/decisions';
import { NotFoundError, ServiceError } from '../../errors';
import { isUuid } from '../../lib/ids';
import { namesOf } from '../units/queries';

export type DecisionRow = typeof decisions.$inferSelect;
export type RegisterRow = typeof decisionRegisters.$inferSelect;
export type RecipientRow = typeof decisionRecipients.$inferSelect;
export type StepRow = typeof decisionSteps.$inferSelect;

export const CODE_NAME = new Map<string, string>(ALL_CODES.map((c) => [c.code, c.vi]));

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "12/QĐ-UBND" (numbers below 10 with a leading zero, NĐ 30 ô 3). */
export function formatNumber(n: number, symbol: string): string {
  return `${pad2(n)}/${symbol}`;
}

/** Status = the latest step (DRAFTED counts as DRAFT). */
export function statusOf(steps: StepRow[]): DecisionStatus {
  const names = new Set(steps.map((s) => s.step));
  if (names.has('SIGNED_COPY_UPLOADED')) return 'SIGNED_COPY_UPLOADED';
  if (names.has('ISSUED')) return 'ISSUED';
  return 'DRAFT';
}

export async function loadDecision(db: Executor, id: string): Promise<DecisionRow> {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy quyết định.');
  const [row] = await db.select().from(decisions).where(eq(decisions.id, id));
  if (!row) throw new NotFoundError('Không tìm thấy quyết định.');
  return row;
}

export async function loadRegister(db: Executor, id: string): Promise<RegisterRow> {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy sổ đăng ký văn bản.');
  const [row] = await db.select().from(decisionRegisters).where(eq(decisionRegisters.id, id));
  if (!row) throw new NotFoundError('Không tìm thấy sổ đăng ký văn bản.');
  return row;
}

export async function stepsOf(db: Executor, id: string): Promise<StepRow[]> {
  return db
    .select()
    .from(decisionSteps)
    .where(eq(decisionSteps.decisionId, id))
    .orderBy(asc(decisionSteps.at));
}

export async function recipientsOf(db: Executor, id: string): Promise<RecipientRow[]> {
  return db
    .select()
    .from(decisionRecipients)
    .where(eq(decisionRecipients.decisionId, id))
    .orderBy(asc(decisionRecipients.ordinal));
}

/** Only a draft may change; an issued act is changed by a new act (đính chính / thu hồi). */
export async function requireDraft(db: Executor, d: DecisionRow) {
  if (statusOf(await stepsOf(db, d.id)) !== 'DRAFT')
    throw new ServiceError(
      'CONFLICT',
      'Quyết định đã ban hành không được sửa. Hãy lập quyết định đính chính hoặc thu hồi.',
      undefined,
      409,
    );
}

export interface Amount {
  amountVnd: number | null;
  coefficient: number | null;
  baseSalaryVnd: number | null;
  amountNote: string | null;
}

/**
 * The cash amount of one line from the rules engine: dated coefficient × base salary in force on `on`, rounded
 * as the law says. Codes the law pays nothing for get null with the engine's reason.
 */
export function amountFor(code: string, kind: RecipientKind, on: string): Amount {
  const r = evaluate({ op: 'reward', code, recipient: kind, decidedOn: on }) as unknown as Record<
    string,
    unknown
  >;
  if (typeof r.amountVnd === 'number' && r.paid !== false)
    return {
      amountVnd: r.amountVnd,
      coefficient: (r.coefficient as number) * ((r.multiplier as number) ?? 1),
      baseSalaryVnd: r.baseSalaryVnd as number,
      amountNote: (r.message as { vi: string } | undefined)?.vi ?? null,
    };
  const err = r.error as { message?: { vi?: string } | string } | undefined;
  const msg =
    (r.message as { vi: string } | undefined)?.vi ??
    (typeof err?.message === 'string' ? err.message : err?.message?.vi) ??
    'Không có tiền thưởng.';
  return { amountVnd: null, coefficient: null, baseSalaryVnd: null, amountNote: msg };
}

/**
 * Signer authority per the rules engine, for every title/form on the list. Refuses with the engine's Vietnamese
 * reason (e.g. "Chủ tịch Ủy ban nhân dân cấp huyện không có thẩm quyền quyết định tặng Bằng khen …").
 */
export function checkAuthority(office: string, level: string | null, codes: string[], on: string) {
  for (const code of [...new Set(codes)]) {
    const signer: Record<string, string> = { office };
    if (level) signer.level = level;
    const r = evaluate({ op: 'authority', code, signer, on }) as unknown as Record<string, unknown>;
    if (r.authorized !== true) {
      const msg = (r.message as { vi: string } | undefined)?.vi;
      const err = r.error as { message?: string | { vi?: string } } | undefined;
      const m = msg ?? (typeof err?.message === 'string' ? err.message : err?.message?.vi);
      throw new ServiceError(
        'SIGNER_NOT_AUTHORIZED',
        m ?? `Người ký không có thẩm quyền quyết định ${CODE_NAME.get(code) ?? code}.`,
        { code, citation: r.citation ?? null },
      );
    }
  }
}

export function presentRecipient(r: RecipientRow): DecisionRecipient {
  return {
    id: r.id,
    ordinal: r.ordinal,
    recipientKind: r.recipientKind as RecipientKind,
    personId: r.personId,
    unitId: r.unitId,
    name: r.name,
    position: r.position,
    unitName: r.unitName,
    code: r.code,
    codeName: CODE_NAME.get(r.code) ?? r.code,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    achievement: r.achievement,
    amountVnd: r.amountVnd,
    coefficient: r.coefficient,
    baseSalaryVnd: r.baseSalaryVnd,
    amountNote: r.amountNote,
    nominationId: r.nominationId,
    awardId: r.awardId,
  };
}

/** Summaries of many decisions in a few queries. */
export async function presentSummaries(db: Executor, rows: DecisionRow[]): Promise<DecisionSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const regs = await db
    .select()
    .from(decisionRegisters)
    .where(inArray(decisionRegisters.id, [...new Set(rows.map((r) => r.registerId))]));
  const regOf = new Map(regs.map((r) => [r.id, r]));
  const steps = await db.select().from(decisionSteps).where(inArray(decisionSteps.decisionId, ids));
  const stepsBy = new Map<string, StepRow[]>();
  for (const s of steps) stepsBy.set(s.decisionId, [...(stepsBy.get(s.decisionId) ?? []), s]);
  const recs = await db
    .select({ decisionId: decisionRecipients.decisionId, amountVnd: decisionRecipients.amountVnd })
    .from(decisionRecipients)
    .where(inArray(decisionRecipients.decisionId, ids));
  const count = new Map<string, number>();
  const total = new Map<string, number>();
  for (const r of recs) {
    count.set(r.decisionId, (count.get(r.decisionId) ?? 0) + 1);
    total.set(r.decisionId, (total.get(r.decisionId) ?? 0) + (r.amountVnd ?? 0));
  }
  const refIds = rows.map((r) => r.refDecisionId).filter((x): x is string => !!x);
  const refs = refIds.length ? await db.select().from(decisions).where(inArray(decisions.id, refIds)) : [];
  const refOf = new Map(refs.map((r) => [r.id, r]));
  const amenders = await db
    .select()
    .from(decisions)
    .where(inArray(decisions.refDecisionId, ids))
    .orderBy(desc(decisions.createdAt));
  const amendedBy = new Map<string, DecisionRow[]>();
  for (const a of amenders) amendedBy.set(a.refDecisionId!, [...(amendedBy.get(a.refDecisionId!) ?? []), a]);
  const names = await namesOf(
    db,
    rows.map((r) => r.issuerUnitId),
    rows[0]!.decidedOn ?? rows[0]!.plannedOn ?? '2100-01-01',
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as DecisionKind,
    status: statusOf(stepsBy.get(r.id) ?? []),
    registerId: r.registerId,
    symbol: regOf.get(r.registerId)?.symbol ?? '',
    issuerUnitId: r.issuerUnitId,
    issuerName: names.get(r.issuerUnitId) ?? regOf.get(r.registerId)?.issuingBody ?? '',
    numberText: r.numberText,
    decidedOn: r.decidedOn,
    plannedOn: r.plannedOn,
    subject: r.subject,
    recipientCount: count.get(r.id) ?? 0,
    totalVnd: total.get(r.id) ?? 0,
    refDecisionId: r.refDecisionId,
    refNumberText: r.refDecisionId ? (refOf.get(r.refDecisionId)?.numberText ?? null) : null,
    amendedBy: (amendedBy.get(r.id) ?? [])
      .filter((a) => a.numberText !== null)
      .map((a) => ({ id: a.id, kind: a.kind as DecisionKind, numberText: a.numberText })),
  }));
}

export async function presentDetail(db: Executor, d: DecisionRow): Promise<DecisionDetail> {
  const [summary] = await presentSummaries(db, [d]);
  const steps = await stepsOf(db, d.id);
  const actorIds = steps.map((s) => s.actorId).filter((x): x is string => !!x);
  const actors = actorIds.length
    ? await db
        .select({ id: accounts.id, fullName: accounts.fullName })
        .from(accounts)
        .where(inArray(accounts.id, actorIds))
    : [];
  const actorName = new Map(actors.map((a) => [a.id, a.fullName]));
  return {
    ...summary!,
    bases: d.bases,
    content: d.content,
    recipientsText: d.recipientsText,
    signerOffice: d.signerOffice,
    signerLevel: d.signerLevel,
    signerAuthority: d.signerAuthority,
    signerTitle: d.signerTitle,
    signerName: d.signerName,
    campaignId: d.campaignId,
    signedFileId: d.signedFileId,
    recipients: (await recipientsOf(db, d.id)).map(presentRecipient),
    steps: steps.map((s) => ({
      step: s.step,
      at: s.at.toISOString(),
      actorName: s.actorId ? (actorName.get(s.actorId) ?? null) : null,
      note: s.note,
    })),
  };
}

/** Decisions of a register in one year, for the numbering check. */
export async function issuedInYear(db: Executor, registerId: string, year: number) {
  return db
    .select({ number: decisions.number })
    .from(decisions)
    .where(and(eq(decisions.registerId, registerId), eq(decisions.year, year)))
    .orderBy(asc(decisions.number));
}
