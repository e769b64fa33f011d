import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ZAssignCrossScoringInput,
  ZCreateScoringRoundInput,
  ZDeclareConflictInput,
  ZFileAppealInput,
  ZLeadingUnitProposal,
  ZProposeLeadingUnitInput,
  ZResolveAppealInput,
  ZResultExplanation,
  ZSaveScoringTemplateInput,
  ZScoreSheet,
  ZScoringAppeal,
  ZScoringResults,
  ZScoringRound,
  ZScoringRoundQuery,
  ZScoringTemplate,
  ZSheetQuery,
  ZSubmitScoreSheetInput,
  ZUploadedEvidence,
} from '@vinhdanh/shared';
import { ServiceError } from '../../errors';
import {
  createScoringTemplate,
  getScoringTemplate,
  listScoringTemplates,
  updateScoringTemplate,
} from '../../services/scoring/templates';
import { createScoringRound } from '../../services/scoring/create-round';
import { assignCrossScoring } from '../../services/scoring/assign-cross-scoring';
import { openScoringRound } from '../../services/scoring/open-round';
import { declareConflict } from '../../services/scoring/declare-conflict';
import { submitScoreSheet } from '../../services/scoring/submit-sheet';
import { uploadScoringEvidence } from '../../services/scoring/upload-evidence';
import { publishScoringResults } from '../../services/scoring/publish-results';
import { fileAppeal, listAppeals, resolveAppeal } from '../../services/scoring/appeals';
import { listLeadingUnitProposals, proposeLeadingUnit } from '../../services/scoring/propose-leading-unit';
import {
  evidenceFile,
  explainResult,
  getScoreSheet,
  getScoringResults,
  getScoringRound,
  listScoringRounds,
} from '../../services/scoring/queries';
import { defineRoutes } from '../route';

type Params = { id: string; unitId: string; fileId: string };
const TAG = ['Chấm điểm thi đua'];

/** Chấm điểm thi đua cụm/khối: templates, rounds, sheets, results, appeals, leading-unit proposals. */
export function scoringRoutes(app: FastifyInstance) {
  defineRoutes(app, [
    {
      method: 'GET',
      url: '/api/v1/scoring/templates',
      summary: 'Danh sách mẫu chấm điểm thi đua',
      tags: TAG,
      response: z.array(ZScoringTemplate),
      handler: async (_req, _r, ctx) => listScoringTemplates(ctx),
    },
    {
      method: 'POST',
      url: '/api/v1/scoring/templates',
      summary: 'Lập mẫu chấm điểm (nhóm tiêu chí, tiêu chí, điểm tối đa, yêu cầu minh chứng)',
      tags: TAG,
      body: ZSaveScoringTemplateInput,
      response: ZScoringTemplate,
      status: 201,
      handler: async (req, _r, ctx) => createScoringTemplate(ctx, req.body),
    },
    {
      method: 'GET',
      url: '/api/v1/scoring/templates/:id',
      summary: 'Chi tiết mẫu chấm điểm',
      tags: TAG,
      response: ZScoringTemplate,
      handler: async (req, _r, ctx) => getScoringTemplate(ctx, (req.params as Params).id),
    },
    {
      method: 'PUT',
      url: '/api/v1/scoring/templates/:id',
      summary: 'Sửa mẫu chấm điểm (khi chưa dùng cho đợt chấm điểm nào)',
      tags: TAG,
      body: ZSaveScoringTemplateInput,
      response: ZScoringTemplate,
      handler: async (req, _r, ctx) => updateScoringTemplate(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'GET',
      url: '/api/v1/scoring/rounds',
      summary: 'Danh sách đợt chấm điểm (theo năm, cụm/khối, phong trào)',
      tags: TAG,
      query: ZScoringRoundQuery,
      response: z.array(ZScoringRound),
      handler: async (req, _r, ctx) => listScoringRounds(ctx, req.query),
    },
    {
      method: 'POST',
      url: '/api/v1/scoring/rounds',
      summary: 'Lập đợt chấm điểm: gắn mẫu với cụm/khối của năm (và phong trào), cách tổng hợp điểm',
      tags: TAG,
      body: ZCreateScoringRoundInput,
      response: ZScoringRound,
      status: 201,
      handler: async (req, _r, ctx) => createScoringRound(ctx, req.body),
    },
    {
      method: 'GET',
      url: '/api/v1/scoring/rounds/:id',
      summary: 'Chi tiết đợt chấm điểm: thành viên, phân công, xung đột lợi ích, phiếu đã nộp',
      tags: TAG,
      response: ZScoringRound,
      handler: async (req, _r, ctx) => getScoringRound(ctx, (req.params as Params).id),
    },
    {
      method: 'PUT',
      url: '/api/v1/scoring/rounds/:id/assignments',
      summary: 'Phân công chấm chéo (mọi cặp hoặc danh sách cặp; không tự chấm chéo)',
      tags: TAG,
      body: ZAssignCrossScoringInput,
      response: ZScoringRound,
      handler: async (req, _r, ctx) => assignCrossScoring(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/scoring/rounds/:id/open',
      summary: 'Mở đợt chấm điểm',
      tags: TAG,
      response: ZScoringRound,
      handler: async (req, _r, ctx) => openScoringRound(ctx, (req.params as Params).id),
    },
    {
      method: 'POST',
      url: '/api/v1/scoring/rounds/:id/conflicts',
      summary: 'Khai báo xung đột lợi ích (đơn vị chấm không chấm đơn vị này)',
      tags: TAG,
      body: ZDeclareConflictInput,
      response: ZScoringRound,
      status: 201,
      handler: async (req, _r, ctx) => declareConflict(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'GET',
      url: '/api/v1/scoring/rounds/:id/sheet',
      summary: 'Phiếu chấm của một đơn vị chấm cho một đơn vị được chấm, kèm minh chứng tự chấm',
      tags: TAG,
      query: ZSheetQuery,
      response: ZScoreSheet,
      handler: async (req, _r, ctx) => getScoreSheet(ctx, (req.params as Params).id, req.query),
    },
    {
      method: 'POST',
      url: '/api/v1/scoring/rounds/:id/sheets',
      summary: 'Nộp phiếu chấm (tự chấm hoặc chấm chéo)',
      tags: TAG,
      body: ZSubmitScoreSheetInput,
      response: z.object({ sheetId: z.string(), version: z.number().int(), self: z.boolean() }),
      status: 201,
      handler: async (req, _r, ctx) => submitScoreSheet(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/scoring/rounds/:id/evidence',
      summary: 'Tải tệp minh chứng (query unitId: đơn vị tự chấm)',
      tags: TAG,
      query: z.object({ unitId: z.string() }),
      multipart: true,
      response: ZUploadedEvidence,
      status: 201,
      handler: async (req, _r, ctx) => {
        if (!req.isMultipart())
          throw new ServiceError(
            'VALIDATION_FAILED',
            'Gửi tệp theo dạng multipart/form-data, trường "file".',
          );
        const part = await req.file();
        if (!part) throw new ServiceError('VALIDATION_FAILED', 'Chưa chọn tệp.');
        let bytes: Buffer;
        try {
          bytes = await part.toBuffer();
        } catch {
          throw new ServiceError('FILE_TOO_LARGE', `Tệp vượt quá ${ctx.config.UPLOAD_MAX_MB} MB.`);
        }
        const unitId = (req.query as { unitId?: string }).unitId;
        return uploadScoringEvidence(ctx, (req.params as Params).id, unitId, {
          bytes,
          filename: part.filename,
        });
      },
    },
    {
      method: 'GET',
      url: '/api/v1/scoring/rounds/:id/evidence/:fileId',
      summary: 'Tải xuống tệp minh chứng',
      tags: TAG,
      produces: 'application/octet-stream',
      handler: async (req, reply, ctx) => {
        const p = req.params as Params;
        const { file, bytes } = await evidenceFile(ctx, p.id, p.fileId);
        reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
        return bytes;
      },
    },
    {
      method: 'POST',
      url: '/api/v1/scoring/rounds/:id/publish',
      summary: 'Công bố kết quả chấm điểm và mở thời hạn phúc khảo',
      tags: TAG,
      response: ZScoringRound,
      handler: async (req, _r, ctx) => publishScoringResults(ctx, (req.params as Params).id),
    },
    {
      method: 'GET',
      url: '/api/v1/scoring/rounds/:id/results',
      summary: 'Kết quả, xếp hạng (bản công bố mới nhất; trước khi công bố: bản xem trước cho chuyên viên)',
      tags: TAG,
      response: ZScoringResults,
      handler: async (req, _r, ctx) => getScoringResults(ctx, (req.params as Params).id),
    },
    {
      method: 'GET',
      url: '/api/v1/scoring/rounds/:id/results/:unitId',
      summary: 'Giải thích kết quả của một đơn vị theo từng tiêu chí',
      tags: TAG,
      response: ZResultExplanation,
      handler: async (req, _r, ctx) => {
        const p = req.params as Params;
        return explainResult(ctx, p.id, p.unitId);
      },
    },
    {
      method: 'GET',
      url: '/api/v1/scoring/rounds/:id/appeals',
      summary: 'Đơn phúc khảo của đợt chấm điểm',
      tags: TAG,
      response: z.array(ZScoringAppeal),
      handler: async (req, _r, ctx) => listAppeals(ctx, (req.params as Params).id),
    },
    {
      method: 'POST',
      url: '/api/v1/scoring/rounds/:id/appeals',
      summary: 'Gửi đơn phúc khảo (trong thời hạn)',
      tags: TAG,
      body: ZFileAppealInput,
      response: ZScoringAppeal,
      status: 201,
      handler: async (req, _r, ctx) => fileAppeal(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/scoring/appeals/:id/resolve',
      summary: 'Giải quyết phúc khảo (chấp nhận và chấm lại, hoặc không chấp nhận)',
      tags: TAG,
      body: ZResolveAppealInput,
      response: ZScoringAppeal,
      handler: async (req, _r, ctx) => resolveAppeal(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/scoring/rounds/:id/proposal',
      summary: 'Trưởng cụm/khối đề xuất đơn vị dẫn đầu (từ kết quả chính thức)',
      tags: TAG,
      body: ZProposeLeadingUnitInput,
      response: ZLeadingUnitProposal,
      status: 201,
      handler: async (req, _r, ctx) => proposeLeadingUnit(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'GET',
      url: '/api/v1/scoring/proposals',
      summary: 'Đề xuất đơn vị dẫn đầu cụm/khối đang hiệu lực (theo năm, cụm/khối, đợt)',
      tags: TAG,
      query: z.object({
        year: z.coerce.number().int().optional(),
        clusterId: z.string().optional(),
        roundId: z.string().optional(),
      }),
      response: z.array(ZLeadingUnitProposal),
      handler: async (req, _r, ctx) => listLeadingUnitProposals(ctx, req.query),
    },
  ]);
}
