import { simplifiedProcedure } from '@vinhdanh/rules';
import { ZCreateDossierInput, type DossierDetail } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { dossiers, units } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ServiceError, ValidationError, parseInput } from '../../errors';
import { newId } from '../../lib/ids';
import { authorize, subtreeUnitIds } from '../../policies/scope';
import { inArray } from 'drizzle-orm';
import { presentDossierDetail } from './queries';

/**
 * Lập hồ sơ đề nghị: a unit's submission to a body above it. The simplified procedure is accepted only on a
 * ground of Luật 2022 Điều 85 / NĐ 98 Điều 40 kh1 (rules `simplifiedProcedure`). Needs nomination.manage on the
 * proposing unit.
 */
export async function createDossier(ctx: ServiceContext, input: unknown): Promise<DossierDetail> {
  await authorize(ctx, 'nomination.manage');
  const data = parseInput(ZCreateDossierInput, input);
  await authorize(ctx, 'nomination.manage', [data.proposingUnitId]);
  const today = ctx.clock.today();
  if (data.year > Number(today.slice(0, 4)))
    throw new ValidationError([{ path: 'year', message: 'Năm thành tích không được sau năm hiện tại.' }]);
  const found = await ctx.db
    .select({ id: units.id })
    .from(units)
    .where(inArray(units.id, [data.proposingUnitId, data.receivingUnitId]));
  if (found.length !== new Set([data.proposingUnitId, data.receivingUnitId]).size)
    throw new ValidationError([{ path: 'receivingUnitId', message: 'Không tìm thấy đơn vị.' }]);
  const above = await subtreeUnitIds(ctx, data.receivingUnitId, ctx.db);
  if (data.receivingUnitId === data.proposingUnitId || !above.has(data.proposingUnitId))
    throw new ServiceError('RECEIVING_UNIT_NOT_SUPERIOR', undefined, [
      { path: 'receivingUnitId', message: 'Chọn cơ quan cấp trên của đơn vị đề nghị.' },
    ]);
  if (data.procedure === 'DON_GIAN') {
    const ans = simplifiedProcedure({
      type: data.awardType,
      politicalTask: data.simplifiedGround === 'POLITICAL_TASK',
      discoveredByHead: data.simplifiedGround === 'DISCOVERED_BY_HEAD',
      stateSecret: data.simplifiedGround === 'STATE_SECRET',
    });
    if (!ans.ok)
      throw new ServiceError('SIMPLIFIED_PROCEDURE_NOT_ALLOWED', `${ans.message.vi} (${ans.citation}).`, [
        { path: 'procedure', message: ans.message.vi },
      ]);
  }
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(dossiers)
      .values({
        id: newId(),
        title: data.title,
        proposingUnitId: data.proposingUnitId,
        receivingUnitId: data.receivingUnitId,
        procedure: data.procedure,
        simplifiedGround: data.procedure === 'DON_GIAN' ? data.simplifiedGround : null,
        awardType: data.awardType,
        year: data.year,
        occasion: data.occasion,
        deadline: data.deadline,
        movementId: data.movementId,
        createdBy: ctx.actor?.accountId ?? null,
      })
      .returning();
    const out = await presentDossierDetail(ctx, tx, row!);
    await emitAudit(tx, ctx, {
      action: 'dossier.create',
      entity: 'dossier',
      entityId: row!.id,
      after: { ...row, createdAt: undefined, updatedAt: undefined },
    });
    return out;
  });
}
