import { and, asc, eq, isNull } from 'drizzle-orm';
import { ZFileAppealInput, ZResolveAppealInput, formatLegalDate, type ScoringAppeal } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import {
  scoringAppeals,
  scoringCriteria,
  scoringResults,
  scoringScores,
  scoringSheets,
} from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, ServiceError, parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { isUuid, newId } from '../../lib/ids';
import { namesOf } from '../units/queries';
import {
  authorizeManage,
  authorizeRead,
  computeRound,
  latestResult,
  loadRound,
  requireMember,
  requireStatus,
  roundStatus,
} from './round-state';

type AppealRow = typeof scoringAppeals.$inferSelect;
type Correction = { scorerUnitId: string; criterionId: string; before: number; after: number };

async function presentAppeals(db: Executor, rows: AppealRow[], year: number): Promise<ScoringAppeal[]> {
  const names = await namesOf(
    db,
    rows.map((r) => r.unitId),
    `${year}-12-31`,
  );
  const crit = new Map<string, string>();
  for (const r of rows)
    if (r.criterionId && !crit.has(r.criterionId)) {
      const [c] = await db.select().from(scoringCriteria).where(eq(scoringCriteria.id, r.criterionId));
      crit.set(r.criterionId, c?.name ?? '');
    }
  return rows.map((r) => ({
    id: r.id,
    roundId: r.roundId,
    unitId: r.unitId,
    unitName: names.get(r.unitId) ?? '',
    criterionId: r.criterionId,
    criterionName: r.criterionId ? (crit.get(r.criterionId) ?? null) : null,
    reason: r.reason,
    filedAt: r.filedAt.toISOString(),
    status: (r.outcome ?? 'PENDING') as ScoringAppeal['status'],
    response: r.response,
    resolvedAt: r.resolvedAt?.toISOString() ?? null,
    corrections: (r.corrections as Correction[] | null) ?? [],
  }));
}

/** Đơn phúc khảo: a member unit contests its result while the appeal window is open. */
export async function fileAppeal(
  ctx: ServiceContext,
  roundId: string,
  input: unknown,
): Promise<ScoringAppeal> {
  await authorize(ctx, 'scoring.score');
  const data = parseInput(ZFileAppealInput, input);
  await authorize(ctx, 'scoring.score', [data.unitId]);
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const l = await loadRound(tx, roundId, true);
    const status = roundStatus(l.steps, today);
    if (status !== 'PUBLISHED') {
      const until = l.steps.find((s) => s.kind === 'PUBLISH')?.appealUntil;
      throw new ServiceError(
        'APPEAL_WINDOW_CLOSED',
        until
          ? `Đã hết thời hạn phúc khảo (đến hết ngày ${formatLegalDate(until)}).`
          : 'Kết quả chưa được công bố nên chưa thể phúc khảo.',
      );
    }
    requireMember(l, data.unitId, 'unitId');
    if (data.criterionId) {
      const [c] = isUuid(data.criterionId)
        ? await tx
            .select()
            .from(scoringCriteria)
            .where(
              and(
                eq(scoringCriteria.id, data.criterionId),
                eq(scoringCriteria.templateId, l.round.templateId),
              ),
            )
        : [];
      if (!c)
        throw new ServiceError('VALIDATION_FAILED', 'Tiêu chí không có trong mẫu chấm điểm.', [
          { path: 'criterionId', message: 'Tiêu chí không có trong mẫu chấm điểm.' },
        ]);
    }
    const [row] = await tx
      .insert(scoringAppeals)
      .values({
        id: newId(),
        roundId,
        unitId: data.unitId,
        criterionId: data.criterionId ?? null,
        reason: data.reason,
        filedBy: ctx.actor?.accountId ?? null,
        filedAt: ctx.clock.now(),
      })
      .returning();
    const [out] = await presentAppeals(tx, [row!], l.round.year);
    await emitAudit(tx, ctx, {
      action: 'scoring_appeal.file',
      entity: 'scoring_appeal',
      entityId: row!.id,
      after: out,
    });
    return out!;
  });
}

/**
 * Giải quyết phúc khảo (officer of the organiser): rejected with a response, or accepted with corrections of
 * cross- or self-scores on the appealing unit; the round is re-aggregated into a new result version. Both the
 * corrections and the ranking before/after are in the audit row.
 */
export async function resolveAppeal(
  ctx: ServiceContext,
  appealId: string,
  input: unknown,
): Promise<ScoringAppeal> {
  await authorize(ctx, 'scoring.manage');
  const data = parseInput(ZResolveAppealInput, input);
  if (!isUuid(appealId)) throw new NotFoundError('Không tìm thấy đơn phúc khảo.');
  const [a0] = await ctx.db.select().from(scoringAppeals).where(eq(scoringAppeals.id, appealId));
  if (!a0) throw new NotFoundError('Không tìm thấy đơn phúc khảo.');
  await authorizeManage(ctx, await loadRound(ctx.db, a0.roundId));
  if (data.outcome === 'REJECTED' && data.corrections.length > 0)
    throw new ServiceError('VALIDATION_FAILED', 'Không chấp nhận phúc khảo thì không sửa điểm.', [
      { path: 'corrections', message: 'Bỏ các điều chỉnh điểm hoặc chọn "Chấp nhận".' },
    ]);
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const l = await loadRound(tx, a0.roundId, true);
    requireStatus(l, today, 'PUBLISHED', 'FINAL');
    const [appeal] = await tx
      .select()
      .from(scoringAppeals)
      .where(eq(scoringAppeals.id, appealId))
      .for('update');
    if (appeal!.outcome !== null)
      throw new ServiceError('SCORING_ROUND_STATE', 'Đơn phúc khảo đã được giải quyết.');
    const corrections: Correction[] = [];
    for (const [i, c] of data.corrections.entries()) {
      const [crit] = isUuid(c.criterionId)
        ? await tx
            .select()
            .from(scoringCriteria)
            .where(
              and(eq(scoringCriteria.id, c.criterionId), eq(scoringCriteria.templateId, l.round.templateId)),
            )
        : [];
      if (!crit)
        throw new ServiceError('VALIDATION_FAILED', 'Tiêu chí không có trong mẫu chấm điểm.', [
          { path: `corrections.${i}.criterionId`, message: 'Tiêu chí không có trong mẫu chấm điểm.' },
        ]);
      if (c.points > crit.maxPoints)
        throw new ServiceError(
          'SCORE_ABOVE_MAX',
          `Điểm ${c.points.toLocaleString('vi-VN')} vượt quá điểm tối đa ${crit.maxPoints.toLocaleString('vi-VN')} của tiêu chí "${crit.name}".`,
          [{ path: `corrections.${i}.points`, message: 'Vượt quá điểm tối đa.' }],
        );
      const [score] = isUuid(c.scorerUnitId)
        ? await tx
            .select({ points: scoringScores.points, sheetId: scoringScores.sheetId })
            .from(scoringScores)
            .innerJoin(scoringSheets, eq(scoringSheets.id, scoringScores.sheetId))
            .where(
              and(
                eq(scoringSheets.roundId, l.round.id),
                eq(scoringSheets.scorerUnitId, c.scorerUnitId),
                eq(scoringSheets.targetUnitId, appeal!.unitId),
                eq(scoringScores.criterionId, c.criterionId),
              ),
            )
        : [];
      if (!score)
        throw new ServiceError('VALIDATION_FAILED', 'Không có điểm chấm này để điều chỉnh.', [
          { path: `corrections.${i}`, message: 'Đơn vị chấm chưa chấm tiêu chí này cho đơn vị phúc khảo.' },
        ]);
      await tx
        .update(scoringScores)
        .set({ points: c.points })
        .where(and(eq(scoringScores.sheetId, score.sheetId), eq(scoringScores.criterionId, c.criterionId)));
      corrections.push({
        scorerUnitId: c.scorerUnitId,
        criterionId: c.criterionId,
        before: score.points,
        after: c.points,
      });
    }
    const prev = await latestResult(tx, l.round.id);
    let newVersion: number | null = null;
    let ranking: { unitId: string; rank: number; total: number }[] | null = null;
    if (data.outcome === 'ACCEPTED') {
      const result = await computeRound(tx, l);
      newVersion = (prev?.version ?? 0) + 1;
      await tx.insert(scoringResults).values({
        id: newId(),
        roundId: l.round.id,
        version: newVersion,
        methodText: result.methodText,
        ranking: result.ranking,
        reason: 'APPEAL',
        appealId,
        computedAt: ctx.clock.now(),
      });
      ranking = result.ranking.map((r) => ({ unitId: r.unitId, rank: r.rank, total: r.total }));
    }
    const [row] = await tx
      .update(scoringAppeals)
      .set({
        outcome: data.outcome,
        response: data.response,
        resolvedBy: ctx.actor?.accountId ?? null,
        resolvedAt: ctx.clock.now(),
        corrections,
      })
      .where(eq(scoringAppeals.id, appealId))
      .returning();
    const [out] = await presentAppeals(tx, [row!], l.round.year);
    const prevRanking =
      (prev?.ranking as { unitId: string; rank: number; total: number }[] | undefined) ?? [];
    await emitAudit(tx, ctx, {
      action: 'scoring_appeal.resolve',
      entity: 'scoring_appeal',
      entityId: appealId,
      before: {
        status: 'PENDING',
        resultVersion: prev?.version ?? null,
        ranking: prevRanking.map((r) => ({ unitId: r.unitId, rank: r.rank, total: r.total })),
      },
      after: { ...out, resultVersion: newVersion ?? prev?.version ?? null, ranking },
    });
    return out!;
  });
}

/** Đơn phúc khảo of a round (pending first), for the officer's queue and the units concerned. */
export async function listAppeals(ctx: ServiceContext, roundId: string): Promise<ScoringAppeal[]> {
  const l = await loadRound(ctx.read, roundId);
  await authorizeRead(ctx, l);
  const rows = await ctx.read
    .select()
    .from(scoringAppeals)
    .where(eq(scoringAppeals.roundId, roundId))
    .orderBy(asc(scoringAppeals.filedAt));
  const out = await presentAppeals(ctx.read, rows, l.round.year);
  return out.sort((a, b) => Number(b.status === 'PENDING') - Number(a.status === 'PENDING'));
}

export async function pendingAppeals(db: Executor, roundId: string): Promise<number> {
  const rows = await db
    .select({ id: scoringAppeals.id })
    .from(scoringAppeals)
    .where(and(eq(scoringAppeals.roundId, roundId), isNull(scoringAppeals.outcome)));
  return rows.length;
}
