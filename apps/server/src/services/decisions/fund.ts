import { and, asc, eq, inArray } from 'drizzle-orm';
import { ZFundAllocationInput, ZFundLedgerQuery, type FundLedger } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { units } from '../../db/schema';
import { decisions, rewardFundEntries } from '../../db/schema/decisions';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, ServiceError, parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { newId } from '../../lib/ids';
import { namesOf } from '../units/queries';
import { loadDecision, presentDetail, statusOf, stepsOf } from './common';

async function ledger(db: Executor, unitId: string, year: number): Promise<FundLedger> {
  const rows = await db
    .select()
    .from(rewardFundEntries)
    .where(and(eq(rewardFundEntries.unitId, unitId), eq(rewardFundEntries.year, year)))
    .orderBy(asc(rewardFundEntries.on), asc(rewardFundEntries.createdAt));
  const decIds = rows.map((r) => r.decisionId).filter((x): x is string => !!x);
  const decs = decIds.length
    ? await db
        .select({ id: decisions.id, numberText: decisions.numberText })
        .from(decisions)
        .where(inArray(decisions.id, decIds))
    : [];
  const num = new Map(decs.map((d) => [d.id, d.numberText]));
  const names = await namesOf(db, [unitId], `${year}-12-31`);
  const allocatedVnd = rows.filter((r) => r.kind === 'ALLOCATION').reduce((a, r) => a + r.amountVnd, 0);
  const paidVnd = rows.filter((r) => r.kind === 'PAYMENT').reduce((a, r) => a + r.amountVnd, 0);
  return {
    unitId,
    unitName: names.get(unitId) ?? '',
    year,
    allocatedVnd,
    paidVnd,
    balanceVnd: allocatedVnd - paidVnd,
    entries: rows.map((r) => ({
      id: r.id,
      kind: r.kind as 'ALLOCATION' | 'PAYMENT',
      amountVnd: r.amountVnd,
      on: r.on,
      decisionId: r.decisionId,
      numberText: r.decisionId ? (num.get(r.decisionId) ?? null) : null,
      description: r.description,
    })),
  };
}

/** Sổ quỹ thi đua, khen thưởng of a body for a year: allocations, payments, balance. */
export async function getFundLedger(ctx: ServiceContext, input: unknown): Promise<FundLedger> {
  const q = parseInput(ZFundLedgerQuery, input);
  await authorize(ctx, 'fund.read', [q.unitId]);
  return ledger(ctx.read, q.unitId, q.year);
}

/** Ghi trích lập / bổ sung quỹ (money in). */
export async function recordFundAllocation(ctx: ServiceContext, input: unknown): Promise<FundLedger> {
  const data = parseInput(ZFundAllocationInput, input);
  await authorize(ctx, 'fund.manage', [data.unitId]);
  const [u] = await ctx.db.select({ id: units.id }).from(units).where(eq(units.id, data.unitId));
  if (!u) throw new NotFoundError('Không tìm thấy cơ quan.');
  return ctx.db.transaction(async (tx) => {
    const id = newId();
    await tx.insert(rewardFundEntries).values({
      id,
      unitId: data.unitId,
      year: data.year,
      kind: 'ALLOCATION',
      amountVnd: data.amountVnd,
      on: data.on,
      description: data.description,
      createdBy: ctx.actor?.accountId ?? null,
    });
    await emitAudit(tx, ctx, {
      action: 'fund.allocate',
      entity: 'reward_fund_entry',
      entityId: id,
      after: data,
    });
    return ledger(tx, data.unitId, data.year);
  });
}

/**
 * Ghi chi tiền thưởng của một quyết định (money out): the decision's total, once, from the issuing body's fund
 * of the decision year. Refused for drafts, for a decision already paid, and when the balance is short.
 */
export async function payDecision(ctx: ServiceContext, decisionId: string): Promise<FundLedger> {
  const d = await loadDecision(ctx.db, decisionId);
  await authorize(ctx, 'fund.manage', [d.issuerUnitId]);
  return ctx.db.transaction(async (tx) => {
    if (statusOf(await stepsOf(tx, d.id)) === 'DRAFT' || !d.decidedOn)
      throw new ServiceError('CONFLICT', 'Quyết định chưa ban hành, chưa thể chi thưởng.', undefined, 409);
    const [paid] = await tx
      .select({ id: rewardFundEntries.id })
      .from(rewardFundEntries)
      .where(and(eq(rewardFundEntries.decisionId, d.id), eq(rewardFundEntries.kind, 'PAYMENT')));
    if (paid) throw new ServiceError('CONFLICT', 'Quyết định này đã được ghi chi thưởng.', undefined, 409);
    const detail = await presentDetail(tx, d);
    if (detail.totalVnd <= 0)
      throw new ServiceError('CONFLICT', 'Quyết định không có tiền thưởng.', undefined, 409);
    const year = Number(d.decidedOn.slice(0, 4));
    const before = await ledger(tx, d.issuerUnitId, year);
    if (before.balanceVnd < detail.totalVnd)
      throw new ServiceError(
        'CONFLICT',
        `Quỹ thi đua, khen thưởng năm ${year} còn ${before.balanceVnd.toLocaleString('vi-VN')} đồng, không đủ chi ${detail.totalVnd.toLocaleString('vi-VN')} đồng.`,
        undefined,
        409,
      );
    const id = newId();
    await tx.insert(rewardFundEntries).values({
      id,
      unitId: d.issuerUnitId,
      year,
      kind: 'PAYMENT',
      amountVnd: detail.totalVnd,
      on: d.decidedOn,
      decisionId: d.id,
      description: `Chi tiền thưởng theo Quyết định số ${d.numberText}`,
      createdBy: ctx.actor?.accountId ?? null,
    });
    await emitAudit(tx, ctx, {
      action: 'fund.pay_decision',
      entity: 'reward_fund_entry',
      entityId: id,
      after: { decisionId: d.id, numberText: d.numberText, amountVnd: detail.totalVnd },
    });
    return ledger(tx, d.issuerUnitId, year);
  });
}
