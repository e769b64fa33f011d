import { and, asc, eq, inArray } from 'drizzle-orm';
import { ZSubmitScoreSheetInput, formatLegalDate } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import {
  files,
  scoringAssignments,
  scoringConflicts,
  scoringCriteria,
  scoringScores,
  scoringSheets,
} from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ServiceError, parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { isUuid, newId } from '../../lib/ids';
import { loadRound, requireMember, requireStatus } from './round-state';

const issue = (code: ConstructorParameters<typeof ServiceError>[0], path: string, message: string) =>
  new ServiceError(code, message, [{ path, message }]);

/**
 * Nộp phiếu chấm: a scorer unit's points for every criterion of a target (scorer = target: tự chấm).
 * Refused, with nothing written: points above the criterion's maximum (SCORE_ABOVE_MAX), a self-score
 * without evidence where the criterion requires it (EVIDENCE_REQUIRED), a unit outside the cluster
 * (UNIT_NOT_IN_CLUSTER), a pair not assigned (NOT_ASSIGNED_TO_SCORE), a recused scorer (SCORER_RECUSED).
 * Resubmitting while the round is open replaces the sheet (version + 1, audited before/after).
 */
export async function submitScoreSheet(ctx: ServiceContext, roundId: string, input: unknown) {
  await authorize(ctx, 'scoring.score');
  const data = parseInput(ZSubmitScoreSheetInput, input);
  await authorize(ctx, 'scoring.score', [data.scorerUnitId]);
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const l = await loadRound(tx, roundId, true);
    requireStatus(l, today, 'OPEN');
    if (l.round.scoringDueOn && today > l.round.scoringDueOn)
      throw new ServiceError(
        'SCORING_ROUND_STATE',
        `Đã quá hạn chấm điểm (${formatLegalDate(l.round.scoringDueOn)}).`,
      );
    requireMember(l, data.scorerUnitId, 'scorerUnitId');
    requireMember(l, data.targetUnitId, 'targetUnitId');
    const self = data.scorerUnitId === data.targetUnitId;
    if (!self) {
      const where = (t: typeof scoringAssignments | typeof scoringConflicts) =>
        and(
          eq(t.roundId, roundId),
          eq(t.scorerUnitId, data.scorerUnitId),
          eq(t.targetUnitId, data.targetUnitId),
        );
      const assigned = await tx.select().from(scoringAssignments).where(where(scoringAssignments));
      if (assigned.length === 0)
        throw issue(
          'NOT_ASSIGNED_TO_SCORE',
          'targetUnitId',
          'Đơn vị không được phân công chấm điểm đơn vị này.',
        );
      const recused = await tx.select().from(scoringConflicts).where(where(scoringConflicts));
      if (recused.length > 0)
        throw issue(
          'SCORER_RECUSED',
          'targetUnitId',
          'Đơn vị đã khai báo xung đột lợi ích với đơn vị này nên không được chấm.',
        );
    }
    const criteria = await tx
      .select()
      .from(scoringCriteria)
      .where(eq(scoringCriteria.templateId, l.round.templateId))
      .orderBy(asc(scoringCriteria.position));
    const byId = new Map(criteria.map((c) => [c.id, c]));
    const given = new Map<string, number>();
    for (const [i, s] of data.scores.entries()) {
      const c = byId.get(s.criterionId);
      if (!c)
        throw issue('VALIDATION_FAILED', `scores.${i}.criterionId`, 'Tiêu chí không có trong mẫu chấm điểm.');
      if (given.has(c.id))
        throw issue(
          'VALIDATION_FAILED',
          `scores.${i}.criterionId`,
          `Tiêu chí "${c.name}" được chấm hai lần.`,
        );
      given.set(c.id, i);
      if (s.points > c.maxPoints)
        throw issue(
          'SCORE_ABOVE_MAX',
          `scores.${i}.points`,
          `Điểm ${s.points.toLocaleString('vi-VN')} vượt quá điểm tối đa ${c.maxPoints.toLocaleString('vi-VN')} của tiêu chí "${c.name}".`,
        );
      if (self && c.evidenceRequired && s.evidenceFileIds.length === 0)
        throw issue(
          'EVIDENCE_REQUIRED',
          `scores.${i}.evidenceFileIds`,
          `Tiêu chí "${c.name}" yêu cầu tài liệu minh chứng.`,
        );
    }
    const missing = criteria.filter((c) => !given.has(c.id));
    if (missing.length > 0)
      throw new ServiceError(
        'VALIDATION_FAILED',
        `Phiếu chấm còn thiếu ${missing.length} tiêu chí: ${missing.map((c) => `"${c.name}"`).join(', ')}.`,
        missing.map((c) => ({ path: `criteria.${c.id}`, message: 'Chưa chấm tiêu chí này.' })),
      );
    const fileIds = [...new Set(data.scores.flatMap((s) => s.evidenceFileIds))];
    if (fileIds.some((f) => !isUuid(f)))
      throw issue('VALIDATION_FAILED', 'evidenceFileIds', 'Tệp minh chứng không hợp lệ.');
    if (fileIds.length > 0) {
      const found = await tx.select({ id: files.id }).from(files).where(inArray(files.id, fileIds));
      if (found.length !== fileIds.length)
        throw issue('VALIDATION_FAILED', 'evidenceFileIds', 'Không tìm thấy tệp minh chứng đã tải lên.');
    }

    const [existing] = await tx
      .select()
      .from(scoringSheets)
      .where(
        and(
          eq(scoringSheets.roundId, roundId),
          eq(scoringSheets.scorerUnitId, data.scorerUnitId),
          eq(scoringSheets.targetUnitId, data.targetUnitId),
        ),
      );
    let before: { criterionId: string; points: number }[] | null = null;
    let sheetId: string;
    let version = 1;
    if (existing) {
      before = (await tx.select().from(scoringScores).where(eq(scoringScores.sheetId, existing.id))).map(
        (s) => ({ criterionId: s.criterionId, points: s.points }),
      );
      await tx.delete(scoringScores).where(eq(scoringScores.sheetId, existing.id));
      version = existing.version + 1;
      sheetId = existing.id;
      await tx
        .update(scoringSheets)
        .set({ version, submittedAt: ctx.clock.now(), submittedBy: ctx.actor?.accountId ?? null })
        .where(eq(scoringSheets.id, existing.id));
    } else {
      sheetId = newId();
      await tx.insert(scoringSheets).values({
        id: sheetId,
        roundId,
        scorerUnitId: data.scorerUnitId,
        targetUnitId: data.targetUnitId,
        submittedBy: ctx.actor?.accountId ?? null,
        submittedAt: ctx.clock.now(),
      });
    }
    await tx.insert(scoringScores).values(
      data.scores.map((s) => ({
        sheetId,
        criterionId: s.criterionId,
        points: s.points,
        note: s.note ?? null,
        evidenceFileIds: s.evidenceFileIds,
      })),
    );
    const after = data.scores.map((s) => ({ criterionId: s.criterionId, points: s.points }));
    await emitAudit(tx, ctx, {
      action: 'scoring_sheet.submit',
      entity: 'scoring_sheet',
      entityId: sheetId,
      before: before && { scores: before },
      after: {
        roundId,
        scorerUnitId: data.scorerUnitId,
        targetUnitId: data.targetUnitId,
        self,
        version,
        scores: after,
      },
    });
    return { sheetId, version, self };
  });
}
