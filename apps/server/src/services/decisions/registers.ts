import { and, asc, eq, inArray } from 'drizzle-orm';
import { ZSaveRegisterInput, type DecisionRegister, type NumberPreview } from '@vinhdanh/shared';
import { z } from 'zod';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { units } from '../../db/schema';
import { decisionRegisterCounters, decisionRegisters } from '../../db/schema/decisions';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, ServiceError, parseInput } from '../../errors';
import { authorize, scopeFor } from '../../policies/scope';
import { newId } from '../../lib/ids';
import { namesOf } from '../units/queries';
import { formatNumber, loadRegister, type RegisterRow } from './common';

async function present(db: Executor, rows: RegisterRow[], today: string): Promise<DecisionRegister[]> {
  if (rows.length === 0) return [];
  const names = await namesOf(
    db,
    rows.map((r) => r.issuerUnitId),
    today,
  );
  const counters = await db
    .select()
    .from(decisionRegisterCounters)
    .where(
      inArray(
        decisionRegisterCounters.registerId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(decisionRegisterCounters.year));
  return rows.map((r) => ({
    id: r.id,
    issuerUnitId: r.issuerUnitId,
    issuerName: names.get(r.issuerUnitId) ?? r.issuingBody,
    symbol: r.symbol,
    name: r.name,
    parentBody: r.parentBody,
    issuingBody: r.issuingBody,
    place: r.place,
    authority: r.authority,
    signerOffice: r.signerOffice,
    signerLevel: r.signerLevel,
    lastNumbers: counters
      .filter((c) => c.registerId === r.id)
      .map((c) => ({ year: c.year, lastNumber: c.lastNumber })),
  }));
}

/** Sổ đăng ký văn bản the actor may use (their issuing bodies). */
export async function listRegisters(ctx: ServiceContext): Promise<DecisionRegister[]> {
  await authorize(ctx, 'decision.read');
  const scope = await scopeFor(ctx, 'decision.read');
  const rows = await ctx.read
    .select()
    .from(decisionRegisters)
    .where(
      scope === 'ALL'
        ? undefined
        : inArray(decisionRegisters.issuerUnitId, [...scope, '00000000-0000-0000-0000-000000000000']),
    )
    .orderBy(asc(decisionRegisters.name));
  return present(ctx.read, rows, ctx.clock.today());
}

/** Mở sổ đăng ký văn bản for an issuing body and a symbol ("QĐ-UBND"); one register per body and symbol. */
export async function createRegister(ctx: ServiceContext, input: unknown): Promise<DecisionRegister> {
  const data = parseInput(ZSaveRegisterInput, input);
  await authorize(ctx, 'decision.issue', [data.issuerUnitId]);
  const [unit] = await ctx.db.select({ id: units.id }).from(units).where(eq(units.id, data.issuerUnitId));
  if (!unit) throw new NotFoundError('Không tìm thấy cơ quan ban hành.');
  return ctx.db.transaction(async (tx) => {
    const [dup] = await tx
      .select({ id: decisionRegisters.id })
      .from(decisionRegisters)
      .where(
        and(eq(decisionRegisters.issuerUnitId, data.issuerUnitId), eq(decisionRegisters.symbol, data.symbol)),
      );
    if (dup) throw new ServiceError('DUPLICATE_CODE', `Cơ quan đã có sổ cho ký hiệu ${data.symbol}.`);
    const [row] = await tx
      .insert(decisionRegisters)
      .values({ id: newId(), ...data })
      .returning();
    const [out] = await present(tx, [row!], ctx.clock.today());
    await emitAudit(tx, ctx, {
      action: 'decision_register.create',
      entity: 'decision_register',
      entityId: row!.id,
      after: out,
    });
    return out!;
  });
}

const ZPreview = z.object({ year: z.coerce.number().int().min(1945).max(2100).optional() });

/** The number the next issued decision of a register would get in a year (shown in the issue dialog). */
export async function previewNumber(
  ctx: ServiceContext,
  registerId: string,
  input: unknown,
): Promise<NumberPreview> {
  const reg = await loadRegister(ctx.read, registerId);
  await authorize(ctx, 'decision.read', [reg.issuerUnitId]);
  const { year } = parseInput(ZPreview, input);
  const y = year ?? Number(ctx.clock.today().slice(0, 4));
  const [c] = await ctx.read
    .select()
    .from(decisionRegisterCounters)
    .where(and(eq(decisionRegisterCounters.registerId, registerId), eq(decisionRegisterCounters.year, y)));
  const next = (c?.lastNumber ?? 0) + 1;
  return { registerId, year: y, nextNumber: next, numberText: formatNumber(next, reg.symbol) };
}
