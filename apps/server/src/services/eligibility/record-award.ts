import { ZRecordAwardInput, type Award } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { ValidationError, parseInput } from '../../errors';
import { personUnitIds, requirePersonRow } from '../people/queries';
import { authorizeAny } from '../people/update-person';
import { recordAward as writeAward } from '../registry/record-award';
import { presentAward } from './facts';

/**
 * Nhập khen thưởng đã có: one historical decision for a person (the lifelong registry; awards follow the person
 * across units). Without a stated period the rules engine takes the year of the decision (rules-api contract).
 */
export async function recordAward(ctx: ServiceContext, personId: string, input: unknown): Promise<Award> {
  await requirePersonRow(ctx.db, personId);
  await authorizeAny(ctx, await personUnitIds(ctx.db, personId));
  const data = parseInput(ZRecordAwardInput, input);
  const decidedYear = Number(data.decidedOn.slice(0, 4));
  if (data.periodTo !== null && data.periodTo > decidedYear)
    throw new ValidationError([
      { path: 'periodTo', message: 'Năm kết thúc thành tích sau năm ra quyết định.' },
    ]);
  if (data.decidedOn > ctx.clock.today())
    throw new ValidationError([{ path: 'decidedOn', message: 'Ngày quyết định ở tương lai.' }]);
  return ctx.db.transaction(async (tx) => {
    const row = await writeAward(tx, ctx, {
      recipient: { kind: 'INDIVIDUAL', personId },
      code: data.code,
      decisionNumber: data.decisionNumber,
      decidedOn: data.decidedOn,
      signer: data.signer,
      periodFrom: data.periodFrom,
      periodTo: data.periodTo,
      type: data.type,
      achievement: data.achievement,
      source: 'MANUAL',
    });
    return presentAward(row);
  });
}
