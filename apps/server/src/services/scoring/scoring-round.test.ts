import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, scoringAssignments, scoringRounds, scoringScores, scoringSheets } from '../../db/schema';
import { createTestEnv } from '../../test/harness';
import { fixedClock } from '../../lib/clock';
import type { Actor } from '../../context';
import { buildScoringWorld, PDF_BYTES, sheet } from './test-fixtures';
import { createScoringRound } from './create-round';
import { assignCrossScoring } from './assign-cross-scoring';
import { openScoringRound } from './open-round';
import { declareConflict } from './declare-conflict';
import { submitScoreSheet } from './submit-sheet';
import { uploadScoringEvidence } from './upload-evidence';
import { publishScoringResults } from './publish-results';
import { fileAppeal, listAppeals, resolveAppeal } from './appeals';
import { listLeadingUnitProposals, proposeLeadingUnit } from './propose-leading-unit';
import {
  explainResult,
  getScoreSheet,
  getScoringResults,
  getScoringRound,
  listScoringRounds,
} from './queries';
import { updateScoringTemplate } from './templates';

const env = await createTestEnv({ today: '2026-10-01' });
const w = await buildScoringWorld(env);
const { units: u, clerks, officer, criteria } = w;
const ctx = (a: { actor: Actor }) => env.ctx(a.actor);
const later = (a: { actor: Actor }, day: string) => ({
  ...env.ctx(a.actor),
  clock: fixedClock(`${day}T03:00:00Z`),
});

const audits = async (action: string, entityId: string) =>
  env.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
const sheetCount = async () => (await env.database.db.select({ n: count() }).from(scoringSheets))[0]!.n;

const roundInput = (over: Record<string, unknown> = {}) => ({
  name: 'Chấm điểm thi đua cụm phường năm 2026',
  templateId: w.template.id,
  clusterId: w.cluster.id,
  method: 'DROP_HIGH_LOW',
  selfWeight: 0,
  appealDays: 5,
  ...over,
});
const openRound = async (over: Record<string, unknown> = {}) => {
  const r = await createScoringRound(ctx(officer), roundInput(over));
  return openScoringRound(ctx(officer), r.id);
};
const evidence = async (roundId: string, clerk: { actor: Actor }, unitId: string) =>
  (await uploadScoringEvidence(ctx(clerk), roundId, unitId, { bytes: PDF_BYTES, filename: 'bao-cao.pdf' }))
    .id;

describe('createScoringRound', () => {
  it('gắn mẫu chấm điểm vào cụm thi đua của năm, ở trạng thái chuẩn bị', async () => {
    const r = await createScoringRound(ctx(officer), roundInput());
    expect(r).toMatchObject({
      year: 2026,
      status: 'DRAFT',
      clusterName: 'Cụm thi đua các phường Quận Một',
      templateName: 'Bảng chấm điểm cụm phường 2026',
      method: 'DROP_HIGH_LOW',
      headUnitId: u.w1.id,
    });
    expect(r.members).toHaveLength(4);
    expect(r.methodText).toContain('bỏ 1 điểm cao nhất và 1 điểm thấp nhất');
    expect((await listScoringRounds(ctx(clerks.w2), { year: 2026 })).map((x) => x.id)).toContain(r.id);
    expect((await listScoringRounds(ctx(clerks.outside), { year: 2026 })).map((x) => x.id)).not.toContain(
      r.id,
    );
  });

  it('ghi nhật ký scoring_round.create', async () => {
    const r = await createScoringRound(ctx(officer), roundInput({ name: 'Đợt ghi nhật ký' }));
    const rows = await audits('scoring_round.create', r.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after).toMatchObject({ name: 'Đợt ghi nhật ký', clusterId: w.cluster.id });
  });

  it('từ chối cán bộ đơn vị (FORBIDDEN) và chuyên viên nơi khác (OUT_OF_SCOPE), không ghi gì', async () => {
    const n = (await env.database.db.select({ n: count() }).from(scoringRounds))[0]!.n;
    await expect(createScoringRound(ctx(clerks.w1), roundInput())).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(createScoringRound(ctx(w.otherOfficer), roundInput())).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    await expect(createScoringRound(ctx(officer), roundInput({ selfWeight: 1.5 }))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect((await env.database.db.select({ n: count() }).from(scoringRounds))[0]!.n).toBe(n);
  });

  it('mẫu đã dùng cho đợt chấm điểm thì không sửa được (TEMPLATE_IN_USE)', async () => {
    await expect(
      updateScoringTemplate(ctx(officer), w.template.id, {
        name: 'Sửa',
        ownerUnitId: w.tree.district.id,
        groups: [{ name: 'N', criteria: [{ name: 'T', maxPoints: 5 }] }],
      }),
    ).rejects.toMatchObject({ code: 'TEMPLATE_IN_USE' });
  });
});

describe('assignCrossScoring và openScoringRound', () => {
  it('phân công từng cặp; mở đợt giữ nguyên phân công', async () => {
    const r = await createScoringRound(ctx(officer), roundInput());
    const a = await assignCrossScoring(ctx(officer), r.id, {
      pairs: [
        { scorerUnitId: u.w1.id, targetUnitId: u.w2.id },
        { scorerUnitId: u.w2.id, targetUnitId: u.w1.id },
      ],
    });
    expect(a.assignments).toHaveLength(2);
    const o = await openScoringRound(ctx(officer), r.id);
    expect(o).toMatchObject({ status: 'OPEN', openedOn: '2026-10-01' });
    expect(o.assignments).toHaveLength(2);
    const [row] = await audits('scoring_round.assign', r.id);
    expect(row!.after).toMatchObject({ assignments: a.assignments });
    expect(await audits('scoring_round.open', r.id)).toHaveLength(1);
  });

  it('mở đợt không có phân công thì mọi đơn vị chấm mọi đơn vị khác (không tự chấm chéo)', async () => {
    const o = await openRound();
    expect(o.assignments).toHaveLength(12);
    expect(o.assignments.some((x) => x.scorerUnitId === x.targetUnitId)).toBe(false);
    await expect(openScoringRound(ctx(officer), o.id)).rejects.toMatchObject({ code: 'SCORING_ROUND_STATE' });
  });

  it('từ chối cặp tự chấm chéo, đơn vị ngoài cụm, người không có quyền — không ghi gì', async () => {
    const r = await createScoringRound(ctx(officer), roundInput());
    const self = await assignCrossScoring(ctx(officer), r.id, {
      pairs: [{ scorerUnitId: u.w1.id, targetUnitId: u.w1.id }],
    }).catch((e: unknown) => e);
    expect(self).toMatchObject({
      code: 'SELF_CROSS_SCORING',
      message: 'Đơn vị không được chấm chéo cho chính mình.',
    });
    const out = await assignCrossScoring(ctx(officer), r.id, {
      pairs: [{ scorerUnitId: u.outside.id, targetUnitId: u.w1.id }],
    }).catch((e: unknown) => e);
    expect(out).toMatchObject({
      code: 'UNIT_NOT_IN_CLUSTER',
      message: 'Đơn vị không thuộc cụm/khối thi đua của đợt chấm điểm.',
    });
    await expect(assignCrossScoring(ctx(clerks.w1), r.id, { mode: 'ALL_PAIRS' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(openScoringRound(ctx(w.otherOfficer), r.id)).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    const n = await env.database.db
      .select({ n: count() })
      .from(scoringAssignments)
      .where(eq(scoringAssignments.roundId, r.id));
    expect(n[0]!.n).toBe(0);
  });
});

describe('submitScoreSheet, uploadScoringEvidence, declareConflict', () => {
  it('đơn vị tự chấm với minh chứng và chấm chéo đơn vị khác; nộp lại thay phiếu cũ', async () => {
    const r = await openRound();
    const file = await evidence(r.id, clerks.w1, u.w1.id);
    const s1 = await submitScoreSheet(
      ctx(clerks.w1),
      r.id,
      sheet(u.w1.id, u.w1.id, criteria, [28, 18, 9], [file]),
    );
    expect(s1).toMatchObject({ version: 1, self: true });
    const s2 = await submitScoreSheet(ctx(clerks.w1), r.id, sheet(u.w1.id, u.w2.id, criteria, [20, 15, 7]));
    expect(s2.self).toBe(false);
    const s3 = await submitScoreSheet(ctx(clerks.w1), r.id, sheet(u.w1.id, u.w2.id, criteria, [21, 15, 7.5]));
    expect(s3).toMatchObject({ sheetId: s2.sheetId, version: 2 });
    const stored = await env.database.db
      .select()
      .from(scoringScores)
      .where(eq(scoringScores.sheetId, s2.sheetId));
    expect(stored.map((x) => x.points).sort((a, b) => a - b)).toEqual([7.5, 15, 21]);
    // The cross-scorer sees the target's self-score evidence.
    const view = await getScoreSheet(ctx(clerks.w2), r.id, { scorerUnitId: u.w2.id, targetUnitId: u.w1.id });
    expect(view.targetEvidence.find((e) => e.criterionId === criteria[0]!.id)).toMatchObject({
      selfPoints: 28,
      files: [{ id: file, filename: 'bao-cao.pdf' }],
    });
    const [row] = await audits('scoring_sheet.submit', s2.sheetId).then((rows) =>
      rows.filter((x) => x.before),
    );
    expect(row!.before).toMatchObject({
      scores: expect.arrayContaining([{ criterionId: criteria[0]!.id, points: 20 }]),
    });
    expect(row!.after).toMatchObject({ version: 2, self: false });
    expect(await audits('scoring_evidence.upload', r.id)).toHaveLength(1);
  });

  it('điểm vượt tối đa, thiếu minh chứng, đơn vị ngoài cụm, thiếu tiêu chí → lỗi tiếng Việt, không ghi gì', async () => {
    const r = await openRound();
    const n = await sheetCount();
    const above = await submitScoreSheet(
      ctx(clerks.w2),
      r.id,
      sheet(u.w2.id, u.w1.id, criteria, [31, 10, 5]),
    ).catch((e: unknown) => e);
    expect(above).toMatchObject({
      code: 'SCORE_ABOVE_MAX',
      message: 'Điểm 31 vượt quá điểm tối đa 30 của tiêu chí "Hoàn thành chỉ tiêu kinh tế – xã hội".',
      details: [{ path: 'scores.0.points' }],
    });
    const noEvidence = await submitScoreSheet(
      ctx(clerks.w2),
      r.id,
      sheet(u.w2.id, u.w2.id, criteria, [25, 10, 5]),
    ).catch((e: unknown) => e);
    expect(noEvidence).toMatchObject({
      code: 'EVIDENCE_REQUIRED',
      message: 'Tiêu chí "Hoàn thành chỉ tiêu kinh tế – xã hội" yêu cầu tài liệu minh chứng.',
    });
    const outsideTarget = await submitScoreSheet(
      ctx(clerks.w2),
      r.id,
      sheet(u.w2.id, u.outside.id, criteria, [1, 1, 1]),
    ).catch((e: unknown) => e);
    expect(outsideTarget).toMatchObject({ code: 'UNIT_NOT_IN_CLUSTER', details: [{ path: 'targetUnitId' }] });
    await expect(
      submitScoreSheet(ctx(clerks.outside), r.id, sheet(u.outside.id, u.w1.id, criteria, [1, 1, 1])),
    ).rejects.toMatchObject({ code: 'UNIT_NOT_IN_CLUSTER' });
    const missing = await submitScoreSheet(
      ctx(clerks.w2),
      r.id,
      sheet(u.w2.id, u.w1.id, criteria.slice(0, 2), [1, 1]),
    ).catch((e: unknown) => e);
    expect(missing).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'Phiếu chấm còn thiếu 1 tiêu chí: "Tổ chức phong trào".',
    });
    expect(await sheetCount()).toBe(n);
  });

  it('từ chối cán bộ chấm thay đơn vị khác (OUT_OF_SCOPE) và đợt chưa mở (SCORING_ROUND_STATE)', async () => {
    const r = await openRound();
    await expect(
      submitScoreSheet(ctx(clerks.w1), r.id, sheet(u.w2.id, u.w3.id, criteria, [1, 1, 1])),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    await expect(
      uploadScoringEvidence(ctx(clerks.w1), r.id, u.w2.id, { bytes: PDF_BYTES, filename: 'x.pdf' }),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    const draft = await createScoringRound(ctx(officer), roundInput());
    await expect(
      submitScoreSheet(ctx(clerks.w1), draft.id, sheet(u.w1.id, u.w2.id, criteria, [1, 1, 1])),
    ).rejects.toMatchObject({ code: 'SCORING_ROUND_STATE' });
  });

  it('đơn vị không được phân công thì không chấm được (NOT_ASSIGNED_TO_SCORE)', async () => {
    const r = await createScoringRound(ctx(officer), roundInput());
    await assignCrossScoring(ctx(officer), r.id, {
      pairs: [{ scorerUnitId: u.w1.id, targetUnitId: u.w2.id }],
    });
    await openScoringRound(ctx(officer), r.id);
    await expect(
      submitScoreSheet(ctx(clerks.w3), r.id, sheet(u.w3.id, u.w2.id, criteria, [1, 1, 1])),
    ).rejects.toMatchObject({ code: 'NOT_ASSIGNED_TO_SCORE' });
  });

  it('khai báo xung đột lợi ích: không được chấm đơn vị đó nữa, điểm đã chấm bị loại khỏi kết quả', async () => {
    const r = await openRound();
    await submitScoreSheet(ctx(clerks.w3), r.id, sheet(u.w3.id, u.w2.id, criteria, [30, 20, 10]));
    const after = await declareConflict(ctx(clerks.w3), r.id, {
      scorerUnitId: u.w3.id,
      targetUnitId: u.w2.id,
      reason: 'Chủ tịch phường là người thân của lãnh đạo Phường Đa Kao',
    });
    expect(after.conflicts).toMatchObject([{ scorerUnitId: u.w3.id, targetUnitId: u.w2.id }]);
    await expect(
      submitScoreSheet(ctx(clerks.w3), r.id, sheet(u.w3.id, u.w2.id, criteria, [30, 20, 10])),
    ).rejects.toMatchObject({ code: 'SCORER_RECUSED' });
    const preview = await getScoringResults(ctx(officer), r.id);
    expect(preview.preview).toBe(true);
    expect(preview.ranking.find((x) => x.unitId === u.w2.id)!.total).toBe(0);
    const detail = await explainResult(ctx(officer), r.id, u.w2.id);
    expect(detail.criteria[0]!.crossScores).toEqual([
      { scorerUnitId: u.w3.id, scorerName: 'Phường Cầu Kho', points: 30, status: 'RECUSED' },
    ]);
    const [row] = await audits('scoring_conflict.declare', r.id);
    expect(row!.after).toMatchObject({ scorerUnitId: u.w3.id, targetUnitId: u.w2.id });
  });

  it('từ chối khai báo xung đột thay đơn vị khác và khai báo với chính mình', async () => {
    const r = await openRound();
    await expect(
      declareConflict(ctx(clerks.w1), r.id, {
        scorerUnitId: u.w3.id,
        targetUnitId: u.w2.id,
        reason: 'Lý do bất kỳ',
      }),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    await expect(
      declareConflict(ctx(clerks.w1), r.id, {
        scorerUnitId: u.w1.id,
        targetUnitId: u.w1.id,
        reason: 'Lý do bất kỳ',
      }),
    ).rejects.toMatchObject({ code: 'SELF_CROSS_SCORING' });
  });
});

describe('công bố kết quả, phúc khảo, đề xuất đơn vị dẫn đầu', async () => {
  // W1 strong, W2 second, W3 and W4 lower; every member cross-scores every other one.
  const r = await openRound({ selfWeight: 0.2 });
  const pts: Record<string, number[]> = {
    [u.w1.id]: [28, 19, 9],
    [u.w2.id]: [26, 18, 9],
    [u.w3.id]: [20, 15, 6],
    [u.w4.id]: [18, 12, 5],
  };
  const clerkOf: Record<string, { actor: Actor }> = {
    [u.w1.id]: clerks.w1,
    [u.w2.id]: clerks.w2,
    [u.w3.id]: clerks.w3,
    [u.w4.id]: clerks.w4,
  };
  for (const scorer of Object.keys(pts)) {
    for (const target of Object.keys(pts)) {
      if (scorer === target) {
        const f = await evidence(r.id, clerkOf[scorer]!, scorer);
        await submitScoreSheet(
          ctx(clerkOf[scorer]!),
          r.id,
          sheet(scorer, target, criteria, [30, 20, 10], [f]),
        );
      } else
        await submitScoreSheet(ctx(clerkOf[scorer]!), r.id, sheet(scorer, target, criteria, pts[target]!));
    }
  }

  it('trước khi công bố, đơn vị thành viên chưa xem được kết quả', async () => {
    await expect(getScoringResults(ctx(clerks.w2), r.id)).rejects.toMatchObject({
      code: 'SCORING_ROUND_STATE',
    });
    await expect(publishScoringResults(ctx(clerks.w1), r.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(publishScoringResults(ctx(w.otherOfficer), r.id)).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
  });

  it('công bố: lưu xếp hạng phiên bản 1, mở thời hạn phúc khảo 5 ngày, ghi nhật ký', async () => {
    const p = await publishScoringResults(ctx(officer), r.id);
    expect(p).toMatchObject({ status: 'PUBLISHED', publishedOn: '2026-10-01', appealUntil: '2026-10-06' });
    const res = await getScoringResults(ctx(clerks.w3), r.id);
    expect(res).toMatchObject({ version: 1, preview: false });
    // Value = 0.2 × self 30 + 0.8 × cross 28 = 28.4 …; W1: 28.4 + 19.2 + 9.2 = 56.8; W4: 20.4 + 13.6 + 6 = 40.
    expect(res.ranking.map((x) => [x.name, x.rank, x.total])).toEqual([
      ['Phường Bến Nghé', 1, 56.8],
      ['Phường Đa Kao', 2, 54.4],
      ['Phường Cầu Kho', 3, 44.8],
      ['Phường Tân Định', 4, 40],
    ]);
    const [row] = await audits('scoring_round.publish', r.id);
    expect(row!.after).toMatchObject({ appealUntil: '2026-10-06', resultVersion: 1 });
    await expect(
      submitScoreSheet(ctx(clerks.w1), r.id, sheet(u.w1.id, u.w2.id, criteria, [1, 1, 1])),
    ).rejects.toMatchObject({ code: 'SCORING_ROUND_STATE' });
  });

  it('đề xuất khi còn thời hạn phúc khảo bị từ chối', async () => {
    await expect(
      proposeLeadingUnit(ctx(w.head), r.id, { unitId: u.w1.id, reason: 'Dẫn đầu cụm thi đua năm 2026' }),
    ).rejects.toMatchObject({
      code: 'SCORING_ROUND_STATE',
      message: 'Kết quả còn trong thời hạn phúc khảo; chỉ đề xuất khi kết quả đã chính thức.',
    });
  });

  let appealId = '';
  it('đơn vị gửi phúc khảo trong thời hạn; người ngoài đơn vị không gửi thay được', async () => {
    await expect(
      fileAppeal(ctx(clerks.w1), r.id, { unitId: u.w4.id, reason: 'Điểm cải cách hành chính bị chấm thấp' }),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    const a = await fileAppeal(ctx(clerks.w4), r.id, {
      unitId: u.w4.id,
      criterionId: criteria[1]!.id,
      reason: 'Điểm cải cách hành chính bị chấm thấp hơn kết quả thẩm định của Sở Nội vụ',
    });
    expect(a).toMatchObject({
      status: 'PENDING',
      unitName: 'Phường Tân Định',
      criterionName: 'Cải cách hành chính',
    });
    appealId = a.id;
    expect(await audits('scoring_appeal.file', a.id)).toHaveLength(1);
    expect((await listAppeals(ctx(officer), r.id)).map((x) => x.id)).toEqual([a.id]);
  });

  it('hết thời hạn phúc khảo thì không gửi được nữa; còn đơn chưa giải quyết thì chưa đề xuất được', async () => {
    await expect(
      fileAppeal(later(clerks.w3, '2026-10-07'), r.id, { unitId: u.w3.id, reason: 'Phúc khảo sau thời hạn' }),
    ).rejects.toMatchObject({
      code: 'APPEAL_WINDOW_CLOSED',
      message: 'Đã hết thời hạn phúc khảo (đến hết ngày 06/10/2026).',
    });
    expect((await getScoringRound(later(clerks.w3, '2026-10-07'), r.id)).status).toBe('FINAL');
    await expect(
      proposeLeadingUnit(later(w.head, '2026-10-07'), r.id, {
        unitId: u.w1.id,
        reason: 'Dẫn đầu cụm thi đua năm 2026',
      }),
    ).rejects.toMatchObject({ code: 'APPEALS_PENDING' });
  });

  it('giải quyết phúc khảo: chỉ chuyên viên; chấp nhận thì chấm lại, kết quả phiên bản 2, nhật ký trước/sau', async () => {
    await expect(
      resolveAppeal(ctx(clerks.w4), appealId, { outcome: 'ACCEPTED', response: 'Tự chấp nhận' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const above = await resolveAppeal(ctx(officer), appealId, {
      outcome: 'ACCEPTED',
      response: 'Điều chỉnh',
      corrections: [{ scorerUnitId: u.w1.id, criterionId: criteria[1]!.id, points: 25 }],
    }).catch((e: unknown) => e);
    expect(above).toMatchObject({ code: 'SCORE_ABOVE_MAX' });
    // Three scorers raise W4's "cải cách hành chính" from 12 to 20: W4 moves above W3.
    const a = await resolveAppeal(ctx(officer), appealId, {
      outcome: 'ACCEPTED',
      response: 'Đối chiếu kết quả thẩm định, điều chỉnh điểm tiêu chí Cải cách hành chính.',
      corrections: [u.w1.id, u.w2.id, u.w3.id].map((s) => ({
        scorerUnitId: s,
        criterionId: criteria[1]!.id,
        points: 20,
      })),
    });
    expect(a.status).toBe('ACCEPTED');
    expect(a.corrections).toHaveLength(3);
    expect(a.corrections[0]).toMatchObject({ before: 12, after: 20 });
    const res = await getScoringResults(ctx(clerks.w4), r.id);
    expect(res.version).toBe(2);
    expect(res.ranking.map((x) => [x.name, x.rank, x.total])).toEqual([
      ['Phường Bến Nghé', 1, 56.8],
      ['Phường Đa Kao', 2, 54.4],
      ['Phường Tân Định', 3, 46.4],
      ['Phường Cầu Kho', 4, 44.8],
    ]);
    const [row] = await audits('scoring_appeal.resolve', appealId);
    expect(row!.before).toMatchObject({
      resultVersion: 1,
      ranking: expect.arrayContaining([{ unitId: u.w4.id, rank: 4, total: 40 }]),
    });
    expect(row!.after).toMatchObject({
      resultVersion: 2,
      ranking: expect.arrayContaining([{ unitId: u.w4.id, rank: 3, total: 46.4 }]),
    });
    await expect(
      resolveAppeal(ctx(officer), appealId, { outcome: 'REJECTED', response: 'Giải quyết lại' }),
    ).rejects.toMatchObject({ code: 'SCORING_ROUND_STATE' });
  });

  it('trưởng cụm đề xuất đơn vị dẫn đầu từ kết quả chính thức; khối đề nghị đọc được đề xuất', async () => {
    await expect(
      proposeLeadingUnit(later(clerks.w1, '2026-10-07'), r.id, {
        unitId: u.w1.id,
        reason: 'Dẫn đầu cụm thi đua năm 2026',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const p = await proposeLeadingUnit(later(w.head, '2026-10-07'), r.id, {
      unitId: u.w1.id,
      titleCode: 'CO_THI_DUA_BO_TINH',
      reason: 'Dẫn đầu cụm thi đua các phường Quận Một năm 2026 với 56,8 điểm',
    });
    expect(p).toMatchObject({
      unitName: 'Phường Bến Nghé',
      rank: 1,
      total: 56.8,
      resultVersion: 2,
      year: 2026,
    });
    const [row] = await audits('scoring_proposal.propose', p.id);
    expect(row!.after).toMatchObject({ unitId: u.w1.id, titleCode: 'CO_THI_DUA_BO_TINH' });
    // A second proposal replaces the first.
    const p2 = await proposeLeadingUnit(later(w.head, '2026-10-08'), r.id, {
      unitId: u.w2.id,
      reason: 'Hội nghị cụm bình xét lại đơn vị dẫn đầu',
    });
    const list = await listLeadingUnitProposals(ctx(officer), { year: 2026, clusterId: w.cluster.id });
    expect(list.map((x) => x.id)).toEqual([p2.id]);
    expect(list[0]).toMatchObject({ unitName: 'Phường Đa Kao', rank: 2 });
  });
});
