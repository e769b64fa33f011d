import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  ZAddNomineeInput,
  ZAddNomineesFromCandidatesInput,
  ZAnswerFeedbackInput,
  ZAppraisal,
  ZConsultation,
  ZCreateDossierInput,
  ZDossier,
  ZDossierDetail,
  ZDossierListQuery,
  ZFeedback,
  ZOpenConsultationInput,
  ZPassToCouncilInput,
  ZPublicConsultation,
  ZPublicConsultationDetail,
  ZPublicFeedbackInput,
  ZReturnInput,
} from '@vinhdanh/shared';
import { ServiceError } from '../../errors';
import { createDossier } from '../../services/nominations/create-dossier';
import { addNominee, addNomineesFromCandidates } from '../../services/nominations/add-nominee';
import { reevaluateNominee, withdrawNominee } from '../../services/nominations/edit-nominee';
import { attachComponent, detachComponent, readAttachment } from '../../services/nominations/attachments';
import { submitDossier } from '../../services/nominations/submit-dossier';
import { generateComponent } from '../../services/nominations/generate-component';
import { getAppraisal, passToCouncil, returnNominations } from '../../services/nominations/appraise';
import { getDossier, listDossiers } from '../../services/nominations/queries';
import {
  closeConsultation,
  listConsultations,
  openConsultation,
} from '../../services/consultations/open-consultation';
import { listFeedback, triageFeedback } from '../../services/consultations/triage';
import {
  getPublicConsultation,
  listPublicConsultations,
  submitFeedback,
} from '../../services/consultations/public';
import { defineRoutes } from '../route';

type Params = { id: string; attachmentId: string; slug: string };
const TAG = 'Hồ sơ đề nghị khen thưởng';
const CTAG = 'Lấy ý kiến nhân dân';
const ZAttachQuery = z.object({ component: z.string(), nominationId: z.string().optional() });

async function uploaded(req: FastifyRequest, maxMb: number) {
  if (!req.isMultipart())
    throw new ServiceError('VALIDATION_FAILED', 'Gửi tệp theo dạng multipart/form-data, trường "file".');
  const part = await req.file();
  if (!part) throw new ServiceError('VALIDATION_FAILED', 'Chưa chọn tệp.');
  try {
    return { bytes: await part.toBuffer(), filename: part.filename };
  } catch {
    throw new ServiceError('FILE_TOO_LARGE', `Tệp vượt quá ${maxMb} MB.`);
  }
}

/** Hồ sơ đề nghị, thẩm định, công khai lấy ý kiến (staff) and the public consultation API. */
export function nominationRoutes(app: FastifyInstance) {
  defineRoutes(app, [
    {
      method: 'GET',
      url: '/api/v1/dossiers',
      summary: 'Hồ sơ đề nghị của đơn vị (PROPOSING) hoặc hồ sơ gửi đến (RECEIVING) trong phạm vi',
      tags: [TAG],
      query: ZDossierListQuery,
      response: z.array(ZDossier),
      handler: async (req, _r, ctx) => listDossiers(ctx, req.query),
    },
    {
      method: 'POST',
      url: '/api/v1/dossiers',
      summary: 'Lập hồ sơ đề nghị khen thưởng (thủ tục thông thường hoặc đơn giản)',
      tags: [TAG],
      body: ZCreateDossierInput,
      response: ZDossierDetail,
      status: 201,
      handler: async (req, _r, ctx) => createDossier(ctx, req.body),
    },
    {
      method: 'GET',
      url: '/api/v1/dossiers/:id',
      summary: 'Chi tiết hồ sơ: người được đề nghị, kết quả xét, thành phần hồ sơ, tệp đính kèm, lịch sử',
      tags: [TAG],
      response: ZDossierDetail,
      handler: async (req, _r, ctx) => getDossier(ctx, (req.params as Params).id),
    },
    {
      method: 'POST',
      url: '/api/v1/dossiers/:id/nominations',
      summary: 'Thêm một cá nhân hoặc tập thể vào hồ sơ (ghi kết quả xét của bộ quy tắc)',
      tags: [TAG],
      body: ZAddNomineeInput,
      response: ZDossierDetail,
      status: 201,
      handler: async (req, _r, ctx) => addNominee(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/dossiers/:id/nominations/from-candidates',
      summary: 'Thêm nhiều người từ danh sách đề xuất cho một danh hiệu/hình thức',
      tags: [TAG],
      body: ZAddNomineesFromCandidatesInput,
      response: ZDossierDetail,
      status: 201,
      handler: async (req, _r, ctx) => addNomineesFromCandidates(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/nominations/:id/withdraw',
      summary: 'Rút một người khỏi hồ sơ',
      tags: [TAG],
      body: z.object({ reason: z.string().nullable().optional() }),
      response: ZDossierDetail,
      handler: async (req, _r, ctx) => withdrawNominee(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/nominations/:id/evaluate',
      summary: 'Xét lại điều kiện của một cá nhân được đề nghị (ghi kết quả và phiên bản bộ quy tắc)',
      tags: [TAG],
      response: ZDossierDetail,
      handler: async (req, _r, ctx) => reevaluateNominee(ctx, (req.params as Params).id),
    },
    {
      method: 'POST',
      url: '/api/v1/dossiers/:id/attachments',
      summary: 'Đính kèm một thành phần hồ sơ (PDF, DOCX, ảnh); ?component=…&nominationId=…',
      tags: [TAG],
      query: ZAttachQuery,
      multipart: true,
      response: ZDossierDetail,
      status: 201,
      handler: async (req, _r, ctx) => {
        const q = req.query as { component?: string; nominationId?: string };
        const file = await uploaded(req, ctx.config.UPLOAD_MAX_MB);
        return attachComponent(
          ctx,
          (req.params as Params).id,
          { component: q.component, nominationId: q.nominationId ?? null },
          file,
        );
      },
    },
    {
      method: 'POST',
      url: '/api/v1/dossiers/:id/generate',
      summary:
        'Tạo thành phần hồ sơ từ dữ liệu (tờ trình kèm danh sách, biên bản, báo cáo thành tích) dạng Word',
      tags: [TAG],
      body: ZAttachQuery.extend({ nominationId: z.string().nullable().optional() }),
      response: ZDossierDetail,
      status: 201,
      handler: async (req, _r, ctx) => generateComponent(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'DELETE',
      url: '/api/v1/dossiers/:id/attachments/:attachmentId',
      summary: 'Gỡ một tệp đính kèm (được giữ lại trong lịch sử)',
      tags: [TAG],
      response: ZDossierDetail,
      handler: async (req, _r, ctx) => {
        const p = req.params as Params;
        return detachComponent(ctx, p.id, p.attachmentId);
      },
    },
    {
      method: 'GET',
      url: '/api/v1/dossiers/:id/attachments/:attachmentId/file',
      summary: 'Tải tệp đính kèm',
      tags: [TAG],
      produces: 'application/octet-stream',
      handler: async (req, reply, ctx) => {
        const p = req.params as Params;
        const f = await readAttachment(ctx, p.id, p.attachmentId);
        reply
          .header('content-type', f.contentType)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.filename)}`);
        return f.bytes;
      },
    },
    {
      method: 'POST',
      url: '/api/v1/dossiers/:id/submit',
      summary: 'Trình hồ sơ lên cấp trên (kiểm tra đủ thành phần và hạn nộp theo ngày làm việc)',
      tags: [TAG],
      response: ZDossierDetail,
      handler: async (req, _r, ctx) => submitDossier(ctx, (req.params as Params).id),
    },
    {
      method: 'GET',
      url: '/api/v1/dossiers/:id/appraisal',
      summary: 'Thẩm định: kết quả xét từng người, danh mục kiểm tra, tỷ lệ, khen thưởng trước đó',
      tags: [TAG],
      response: ZAppraisal,
      handler: async (req, _r, ctx) => getAppraisal(ctx, (req.params as Params).id),
    },
    {
      method: 'POST',
      url: '/api/v1/dossiers/:id/return',
      summary: 'Trả lại hồ sơ (cả hồ sơ hoặc từng người) kèm lý do',
      tags: [TAG],
      body: ZReturnInput,
      response: ZDossierDetail,
      handler: async (req, _r, ctx) => returnNominations(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/dossiers/:id/pass-to-council',
      summary: 'Trình Hội đồng Thi đua – Khen thưởng những người đã thẩm định',
      tags: [TAG],
      body: ZPassToCouncilInput,
      response: ZDossierDetail,
      handler: async (req, _r, ctx) => passToCouncil(ctx, (req.params as Params).id, req.body),
    },
    // ----- consultations (staff) -----
    {
      method: 'GET',
      url: '/api/v1/consultations',
      summary: 'Các đợt công khai lấy ý kiến trong phạm vi',
      tags: [CTAG],
      response: z.array(ZConsultation),
      handler: async (_req, _r, ctx) => listConsultations(ctx),
    },
    {
      method: 'POST',
      url: '/api/v1/consultations',
      summary: 'Công khai danh sách lấy ý kiến trong số ngày làm việc theo quy định',
      tags: [CTAG],
      body: ZOpenConsultationInput,
      response: ZConsultation,
      status: 201,
      handler: async (req, _r, ctx) => openConsultation(ctx, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/consultations/:id/close',
      summary: 'Kết thúc đợt lấy ý kiến (sau ngày công khai cuối cùng)',
      tags: [CTAG],
      response: ZConsultation,
      handler: async (req, _r, ctx) => closeConsultation(ctx, (req.params as Params).id),
    },
    {
      method: 'GET',
      url: '/api/v1/consultations/:id/feedback',
      summary: 'Hàng đợi ý kiến nhân dân (chưa xử lý trước)',
      tags: [CTAG],
      response: z.array(ZFeedback),
      handler: async (req, _r, ctx) => listFeedback(ctx, (req.params as Params).id),
    },
    {
      method: 'POST',
      url: '/api/v1/consultation-feedback/:id/triage',
      summary: 'Phân loại, trả lời hoặc không xử lý một ý kiến',
      tags: [CTAG],
      body: ZAnswerFeedbackInput,
      response: ZFeedback,
      handler: async (req, _r, ctx) => triageFeedback(ctx, (req.params as Params).id, req.body),
    },
    // ----- public -----
    {
      method: 'GET',
      url: '/api/v1/public/consultations',
      summary: 'Danh sách đang và đã công khai lấy ý kiến nhân dân',
      tags: [CTAG],
      auth: false,
      response: z.array(ZPublicConsultation),
      handler: async (_req, _r, ctx) => listPublicConsultations(ctx),
    },
    {
      method: 'GET',
      url: '/api/v1/public/consultations/:slug',
      summary: 'Một danh sách công khai: người được đề nghị (không có dữ liệu cá nhân), các câu trả lời',
      tags: [CTAG],
      auth: false,
      response: ZPublicConsultationDetail,
      handler: async (req, _r, ctx) => getPublicConsultation(ctx, (req.params as Params).slug),
    },
    {
      method: 'POST',
      url: '/api/v1/public/consultations/:slug/feedback',
      summary: 'Gửi ý kiến (bắt buộc họ tên và địa chỉ liên hệ; giới hạn theo địa chỉ gửi)',
      tags: [CTAG],
      auth: false,
      body: ZPublicFeedbackInput,
      response: z.object({ id: z.string(), receivedAt: z.string(), message: z.string() }),
      status: 201,
      handler: async (req, _r, ctx) =>
        submitFeedback(ctx, (req.params as Params).slug, req.body, { ip: req.ip ?? null }),
    },
  ]);
}
