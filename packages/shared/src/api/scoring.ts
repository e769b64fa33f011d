import { z } from 'zod';
import { ZLegalDate } from './common';

/** Chấm điểm thi đua cụm/khối: templates, rounds, sheets, results, appeals, proposals. */

export const SCORING_METHODS = ['MEAN', 'DROP_HIGH_LOW', 'MEDIAN', 'TRIMMED'] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];
export const SCORING_METHOD_LABELS: Record<ScoringMethod, string> = {
  MEAN: 'Trung bình cộng',
  DROP_HIGH_LOW: 'Bỏ 1 điểm cao nhất và 1 điểm thấp nhất',
  MEDIAN: 'Trung vị',
  TRIMMED: 'Bỏ k điểm cao nhất và k điểm thấp nhất',
};
export const TIE_BREAKS = ['GROUP_ORDER', 'NONE'] as const;
export type TieBreakRule = (typeof TIE_BREAKS)[number];
export const TIE_BREAK_LABELS: Record<TieBreakRule, string> = {
  GROUP_ORDER: 'So sánh điểm từng nhóm tiêu chí theo thứ tự',
  NONE: 'Đồng hạng',
};
export const SCORING_ROUND_STATUSES = ['DRAFT', 'OPEN', 'PUBLISHED', 'FINAL'] as const;
export type ScoringRoundStatus = (typeof SCORING_ROUND_STATUSES)[number];
export const SCORING_ROUND_STATUS_LABELS: Record<ScoringRoundStatus, string> = {
  DRAFT: 'Đang chuẩn bị',
  OPEN: 'Đang chấm điểm',
  PUBLISHED: 'Đã công bố – trong thời hạn phúc khảo',
  FINAL: 'Kết quả chính thức',
};
export const APPEAL_OUTCOMES = ['ACCEPTED', 'REJECTED'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];
export const APPEAL_OUTCOME_LABELS: Record<AppealOutcome | 'PENDING', string> = {
  PENDING: 'Chờ giải quyết',
  ACCEPTED: 'Chấp nhận, đã chấm lại',
  REJECTED: 'Không chấp nhận',
};

const ZPoints = z
  .number({ message: 'Điểm phải là số.' })
  .min(0, 'Điểm không được âm.')
  .max(99999, 'Điểm quá lớn.')
  .refine((x) => Math.abs(Math.round(x * 100) - x * 100) < 1e-6, 'Điểm có tối đa 2 chữ số thập phân.');

// ---- templates -------------------------------------------------------------------------------------------

export const ZSaveScoringTemplateInput = z.object({
  name: z.string().trim().min(2, 'Tên mẫu cần ít nhất 2 ký tự.').max(300),
  description: z.string().trim().max(4000).nullish(),
  ownerUnitId: z.string(),
  groups: z
    .array(
      z.object({
        name: z.string().trim().min(1, 'Nhập tên nhóm tiêu chí.').max(300),
        criteria: z
          .array(
            z.object({
              name: z.string().trim().min(1, 'Nhập tên tiêu chí.').max(1000),
              guidance: z.string().trim().max(4000).nullish(),
              maxPoints: ZPoints.refine((x) => x > 0, 'Điểm tối đa phải lớn hơn 0.'),
              evidenceRequired: z.boolean().default(false),
            }),
          )
          .min(1, 'Mỗi nhóm cần ít nhất 1 tiêu chí.')
          .max(200),
      }),
    )
    .min(1, 'Mẫu cần ít nhất 1 nhóm tiêu chí.')
    .max(50),
});
export type SaveScoringTemplateInput = z.input<typeof ZSaveScoringTemplateInput>;

export const ZScoringCriterion = z.object({
  id: z.string(),
  name: z.string(),
  guidance: z.string().nullable(),
  maxPoints: z.number(),
  evidenceRequired: z.boolean(),
});
export type ScoringCriterion = z.infer<typeof ZScoringCriterion>;
export const ZScoringTemplate = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  ownerUnitId: z.string(),
  ownerUnitName: z.string(),
  version: z.number().int(),
  /** Used by a round: no longer editable. */
  inUse: z.boolean(),
  maxTotal: z.number(),
  groups: z.array(z.object({ id: z.string(), name: z.string(), criteria: z.array(ZScoringCriterion) })),
});
export type ScoringTemplate = z.infer<typeof ZScoringTemplate>;

// ---- rounds ----------------------------------------------------------------------------------------------

export const ZCreateScoringRoundInput = z.object({
  name: z.string().trim().min(2, 'Tên đợt chấm điểm cần ít nhất 2 ký tự.').max(300),
  templateId: z.string(),
  clusterId: z.string(),
  movementId: z.string().nullish(),
  method: z.enum(SCORING_METHODS).default('DROP_HIGH_LOW'),
  trimK: z.number().int().min(1).max(10).default(1),
  selfWeight: z
    .number()
    .min(0, 'Tỷ trọng tự chấm từ 0 đến 1.')
    .max(1, 'Tỷ trọng tự chấm từ 0 đến 1.')
    .default(0),
  tieBreak: z.enum(TIE_BREAKS).default('GROUP_ORDER'),
  scoringDueOn: ZLegalDate.nullish(),
  appealDays: z.number().int().min(0).max(60).default(5),
});
export type CreateScoringRoundInput = z.input<typeof ZCreateScoringRoundInput>;

export const ZScoringRoundQuery = z.object({
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  clusterId: z.string().optional(),
  movementId: z.string().optional(),
});

const ZUnitRef = z.object({ unitId: z.string(), name: z.string() });
export const ZScoringRound = z.object({
  id: z.string(),
  name: z.string(),
  templateId: z.string(),
  templateName: z.string(),
  clusterId: z.string(),
  clusterName: z.string(),
  organiserId: z.string(),
  movementId: z.string().nullable(),
  year: z.number().int(),
  method: z.enum(SCORING_METHODS),
  trimK: z.number().int(),
  selfWeight: z.number(),
  tieBreak: z.enum(TIE_BREAKS),
  methodText: z.string(),
  scoringDueOn: z.string().nullable(),
  appealDays: z.number().int(),
  status: z.enum(SCORING_ROUND_STATUSES),
  openedOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  appealUntil: z.string().nullable(),
  headUnitId: z.string().nullable(),
  members: z.array(ZUnitRef.extend({ role: z.enum(['HEAD', 'DEPUTY', 'MEMBER']) })),
  assignments: z.array(z.object({ scorerUnitId: z.string(), targetUnitId: z.string() })),
  conflicts: z.array(
    z.object({
      scorerUnitId: z.string(),
      targetUnitId: z.string(),
      reason: z.string(),
      declaredAt: z.string(),
    }),
  ),
  sheets: z.array(
    z.object({
      scorerUnitId: z.string(),
      targetUnitId: z.string(),
      submittedAt: z.string(),
      version: z.number(),
    }),
  ),
});
export type ScoringRound = z.infer<typeof ZScoringRound>;

export const ZAssignCrossScoringInput = z.union([
  z.object({ mode: z.literal('ALL_PAIRS') }),
  z.object({
    pairs: z
      .array(z.object({ scorerUnitId: z.string(), targetUnitId: z.string() }))
      .min(1, 'Chọn ít nhất một cặp chấm chéo.'),
  }),
]);
export type AssignCrossScoringInput = z.input<typeof ZAssignCrossScoringInput>;

export const ZDeclareConflictInput = z.object({
  scorerUnitId: z.string(),
  targetUnitId: z.string(),
  reason: z.string().trim().min(5, 'Nêu rõ lý do xung đột lợi ích (ít nhất 5 ký tự).').max(2000),
});
export type DeclareConflictInput = z.input<typeof ZDeclareConflictInput>;

export const ZSubmitScoreSheetInput = z.object({
  scorerUnitId: z.string(),
  targetUnitId: z.string(),
  scores: z
    .array(
      z.object({
        criterionId: z.string(),
        points: ZPoints,
        note: z.string().trim().max(2000).nullish(),
        evidenceFileIds: z.array(z.string()).max(20).default([]),
      }),
    )
    .min(1, 'Phiếu chấm cần có điểm.'),
});
export type SubmitScoreSheetInput = z.input<typeof ZSubmitScoreSheetInput>;

export const ZScoreSheet = z.object({
  roundId: z.string(),
  scorerUnitId: z.string(),
  scorerName: z.string(),
  targetUnitId: z.string(),
  targetName: z.string(),
  self: z.boolean(),
  submittedAt: z.string().nullable(),
  version: z.number().int(),
  recused: z.boolean(),
  scores: z.array(
    z.object({
      criterionId: z.string(),
      points: z.number(),
      note: z.string().nullable(),
      evidence: z.array(z.object({ id: z.string(), filename: z.string() })),
    }),
  ),
  /** The target's self-score evidence, for a cross-scorer to look at. */
  targetEvidence: z.array(
    z.object({
      criterionId: z.string(),
      selfPoints: z.number().nullable(),
      note: z.string().nullable(),
      files: z.array(z.object({ id: z.string(), filename: z.string() })),
    }),
  ),
});
export type ScoreSheet = z.infer<typeof ZScoreSheet>;

export const ZSheetQuery = z.object({ scorerUnitId: z.string(), targetUnitId: z.string() });

export const ZUploadedEvidence = z.object({ id: z.string(), filename: z.string(), size: z.number() });

// ---- results ---------------------------------------------------------------------------------------------

export const ZRankedUnit = z.object({
  unitId: z.string(),
  name: z.string(),
  rank: z.number().int(),
  total: z.number(),
  maxTotal: z.number(),
  groups: z.array(
    z.object({ groupId: z.string(), name: z.string(), points: z.number(), maxPoints: z.number() }),
  ),
  criteriaWithoutCrossScores: z.number().int(),
  criteriaWithoutSelfScore: z.number().int(),
  tie: z.string().nullable(),
});
export type RankedUnit = z.infer<typeof ZRankedUnit>;

export const ZScoringResults = z.object({
  roundId: z.string(),
  /** null for a live preview (not published). */
  version: z.number().int().nullable(),
  preview: z.boolean(),
  computedAt: z.string(),
  methodText: z.string(),
  ranking: z.array(ZRankedUnit),
});
export type ScoringResults = z.infer<typeof ZScoringResults>;

export const ZResultExplanation = z.object({
  unitId: z.string(),
  name: z.string(),
  criteria: z.array(
    z.object({
      criterionId: z.string(),
      name: z.string(),
      maxPoints: z.number(),
      crossScores: z.array(
        z.object({
          scorerUnitId: z.string(),
          scorerName: z.string(),
          points: z.number(),
          status: z.enum(['USED', 'DROPPED_HIGH', 'DROPPED_LOW', 'RECUSED']),
        }),
      ),
      selfScore: z.number().nullable(),
      crossAggregate: z.number().nullable(),
      value: z.number(),
      note: z.string(),
    }),
  ),
});
export type ResultExplanation = z.infer<typeof ZResultExplanation>;

// ---- appeals and proposals -------------------------------------------------------------------------------

export const ZFileAppealInput = z.object({
  unitId: z.string(),
  criterionId: z.string().nullish(),
  reason: z.string().trim().min(10, 'Nêu rõ lý do phúc khảo (ít nhất 10 ký tự).').max(4000),
});
export type FileAppealInput = z.input<typeof ZFileAppealInput>;

export const ZResolveAppealInput = z.object({
  outcome: z.enum(APPEAL_OUTCOMES),
  response: z.string().trim().min(5, 'Nhập nội dung trả lời phúc khảo.').max(4000),
  corrections: z
    .array(z.object({ scorerUnitId: z.string(), criterionId: z.string(), points: ZPoints }))
    .max(500)
    .default([]),
});
export type ResolveAppealInput = z.input<typeof ZResolveAppealInput>;

export const ZScoringAppeal = z.object({
  id: z.string(),
  roundId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  criterionId: z.string().nullable(),
  criterionName: z.string().nullable(),
  reason: z.string(),
  filedAt: z.string(),
  status: z.enum(['PENDING', ...APPEAL_OUTCOMES]),
  response: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  corrections: z.array(
    z.object({ scorerUnitId: z.string(), criterionId: z.string(), before: z.number(), after: z.number() }),
  ),
});
export type ScoringAppeal = z.infer<typeof ZScoringAppeal>;

export const ZProposeLeadingUnitInput = z.object({
  unitId: z.string(),
  titleCode: z.string().max(64).nullish(),
  reason: z.string().trim().min(10, 'Nêu thành tích, lý do đề xuất (ít nhất 10 ký tự).').max(4000),
});
export type ProposeLeadingUnitInput = z.input<typeof ZProposeLeadingUnitInput>;

export const ZLeadingUnitProposal = z.object({
  id: z.string(),
  roundId: z.string(),
  clusterId: z.string(),
  year: z.number().int(),
  unitId: z.string(),
  unitName: z.string(),
  titleCode: z.string().nullable(),
  rank: z.number().int(),
  total: z.number(),
  resultVersion: z.number().int(),
  reason: z.string(),
  proposedAt: z.string(),
});
export type LeadingUnitProposal = z.infer<typeof ZLeadingUnitProposal>;
