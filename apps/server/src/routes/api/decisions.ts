import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ZAmendDecisionInput,
  ZCertificateTemplate,
  ZCertificatesQuery,
  ZSaveCertificateTemplateInput,
  ZDecisionDetail,
  ZDecisionListQuery,
  ZDecisionRegister,
  ZDecisionSummary,
  ZDraftDecisionInput,
  ZDraftFromPassedInput,
  ZFundAllocationInput,
  ZFundLedger,
  ZFundLedgerQuery,
  ZIssueDecisionInput,
  ZNumberPreview,
  ZPage,
  ZSaveRegisterInput,
} from '@vinhdanh/shared';
import { ServiceError } from '../../errors';
import { createRegister, listRegisters, previewNumber } from '../../services/decisions/registers';
import { draftDecision, updateDraft } from '../../services/decisions/draft-decision';
import { draftFromPassed } from '../../services/decisions/draft-from-passed';
import { issueDecision } from '../../services/decisions/issue-decision';
import { draftAmendment } from '../../services/decisions/amend-decision';
import { uploadSignedCopy } from '../../services/decisions/upload-signed-copy';
import { getDecision, listDecisions } from '../../services/decisions/queries';
import { decisionDocx, decisionPdf, paymentListXlsx } from '../../services/decisions/render';
import { getFundLedger, payDecision, recordFundAllocation } from '../../services/decisions/fund';
import {
  createCertificateTemplate,
  decisionCertificates,
  listCertificateTemplates,
} from '../../services/decisions/certificates';
import { DOCX_MIME, PDF_MIME } from '../../documents';
import { defineRoutes } from '../route';

type Params = { id: string };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TAGS = ['Quyết định khen thưởng'];

/** RFC 5987 attachment header (file names carry Vietnamese letters such as "QĐ"). */
function attachment(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function decisionRoutes(app: FastifyInstance) {
  defineRoutes(app, [
    {
      method: 'GET',
      url: '/api/v1/decision-registers',
      summary: 'Sổ đăng ký văn bản (quyết định) của các cơ quan trong phạm vi',
      tags: TAGS,
      response: z.array(ZDecisionRegister),
      handler: async (_req, _r, ctx) => listRegisters(ctx),
    },
    {
      method: 'POST',
      url: '/api/v1/decision-registers',
      summary: 'Mở sổ đăng ký văn bản cho cơ quan ban hành và ký hiệu (ví dụ QĐ-UBND)',
      tags: TAGS,
      body: ZSaveRegisterInput,
      response: ZDecisionRegister,
      status: 201,
      handler: async (req, _r, ctx) => createRegister(ctx, req.body),
    },
    {
      method: 'GET',
      url: '/api/v1/decision-registers/:id/next-number',
      summary: 'Số sẽ cấp cho quyết định tiếp theo của sổ trong năm',
      tags: TAGS,
      query: z.object({ year: z.coerce.number().int().optional() }),
      response: ZNumberPreview,
      handler: async (req, _r, ctx) => previewNumber(ctx, (req.params as Params).id, req.query),
    },
    {
      method: 'GET',
      url: '/api/v1/decisions',
      summary: 'Sổ quyết định: tìm, lọc theo cơ quan, năm, trạng thái',
      tags: TAGS,
      query: ZDecisionListQuery,
      response: ZPage(ZDecisionSummary),
      handler: async (req, _r, ctx) => listDecisions(ctx, req.query),
    },
    {
      method: 'POST',
      url: '/api/v1/decisions',
      summary: 'Lập dự thảo quyết định từ danh sách (tiền thưởng tính theo rules engine)',
      tags: TAGS,
      body: ZDraftDecisionInput,
      response: ZDecisionDetail,
      status: 201,
      handler: async (req, _r, ctx) => draftDecision(ctx, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/decisions/from-passed',
      summary: 'Lập dự thảo quyết định từ danh sách Hội đồng đã thông qua (hồ sơ hoặc phiên họp)',
      tags: TAGS,
      body: ZDraftFromPassedInput,
      response: ZDecisionDetail,
      status: 201,
      handler: async (req, _r, ctx) => draftFromPassed(ctx, req.body),
    },
    {
      method: 'GET',
      url: '/api/v1/decisions/:id',
      summary: 'Chi tiết quyết định: nội dung, danh sách, các bước',
      tags: TAGS,
      response: ZDecisionDetail,
      handler: async (req, _r, ctx) => getDecision(ctx, (req.params as Params).id),
    },
    {
      method: 'PUT',
      url: '/api/v1/decisions/:id',
      summary: 'Sửa dự thảo (chỉ khi chưa ban hành)',
      tags: TAGS,
      body: ZDraftDecisionInput,
      response: ZDecisionDetail,
      handler: async (req, _r, ctx) => updateDraft(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/decisions/:id/issue',
      summary: 'Ban hành: cấp số theo sổ và năm, kiểm tra thẩm quyền người ký, ghi sổ khen thưởng',
      tags: TAGS,
      body: ZIssueDecisionInput,
      response: ZDecisionDetail,
      handler: async (req, _r, ctx) => issueDecision(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/decisions/:id/amendments',
      summary: 'Lập dự thảo quyết định đính chính hoặc thu hồi quyết định đã ban hành',
      tags: TAGS,
      body: ZAmendDecisionInput,
      response: ZDecisionDetail,
      status: 201,
      handler: async (req, _r, ctx) => draftAmendment(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/decisions/:id/signed-copy',
      summary: 'Tải bản quyết định đã ký (PDF)',
      tags: TAGS,
      multipart: true,
      response: ZDecisionDetail,
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
        return uploadSignedCopy(ctx, (req.params as Params).id, { bytes, filename: part.filename });
      },
    },
    {
      method: 'GET',
      url: '/api/v1/decisions/:id/docx',
      summary: 'Tải quyết định (Word, thể thức Nghị định 30/2020)',
      tags: TAGS,
      produces: DOCX_MIME,
      handler: async (req, reply, ctx) => {
        const f = await decisionDocx(ctx, (req.params as Params).id);
        reply.header('content-type', DOCX_MIME).header('content-disposition', attachment(f.filename));
        return f.bytes;
      },
    },
    {
      method: 'GET',
      url: '/api/v1/decisions/:id/pdf',
      summary: 'Tải quyết định (PDF, phông chữ nhúng)',
      tags: TAGS,
      produces: PDF_MIME,
      handler: async (req, reply, ctx) => {
        const f = await decisionPdf(ctx, (req.params as Params).id);
        reply.header('content-type', PDF_MIME).header('content-disposition', attachment(f.filename));
        return f.bytes;
      },
    },
    {
      method: 'GET',
      url: '/api/v1/decisions/:id/certificates',
      summary:
        'In bằng khen, giấy khen của mọi người trong quyết định (một tệp PDF; first=true: trang đầu để xem trước)',
      tags: TAGS,
      query: ZCertificatesQuery,
      produces: PDF_MIME,
      handler: async (req, reply, ctx) => {
        const f = await decisionCertificates(ctx, (req.params as Params).id, req.query);
        const disposition =
          (req.query as { first?: string }).first === 'true'
            ? attachment(f.filename).replace('attachment', 'inline')
            : attachment(f.filename);
        reply.header('content-type', PDF_MIME).header('content-disposition', disposition);
        return f.bytes;
      },
    },
    {
      method: 'GET',
      url: '/api/v1/certificate-templates',
      summary: 'Mẫu in bằng khen, giấy khen (dùng chung và của các cơ quan trong phạm vi)',
      tags: TAGS,
      response: z.array(ZCertificateTemplate),
      handler: async (_req, _r, ctx) => listCertificateTemplates(ctx),
    },
    {
      method: 'POST',
      url: '/api/v1/certificate-templates',
      summary: 'Thêm mẫu in: khổ giấy, hướng, in toàn bộ hoặc in trên phôi với tọa độ từng trường (mm)',
      tags: TAGS,
      body: ZSaveCertificateTemplateInput,
      response: ZCertificateTemplate,
      status: 201,
      handler: async (req, _r, ctx) => createCertificateTemplate(ctx, req.body),
    },
    {
      method: 'GET',
      url: '/api/v1/decisions/:id/payment-list',
      summary: 'Danh sách chi tiền thưởng (Excel)',
      tags: TAGS,
      produces: XLSX,
      handler: async (req, reply, ctx) => {
        const f = await paymentListXlsx(ctx, (req.params as Params).id);
        reply.header('content-type', XLSX).header('content-disposition', attachment(f.filename));
        return f.bytes;
      },
    },
    {
      method: 'POST',
      url: '/api/v1/decisions/:id/payment',
      summary: 'Ghi chi tiền thưởng của quyết định vào sổ quỹ',
      tags: TAGS,
      response: ZFundLedger,
      handler: async (req, _r, ctx) => payDecision(ctx, (req.params as Params).id),
    },
    {
      method: 'GET',
      url: '/api/v1/reward-fund',
      summary: 'Sổ quỹ thi đua, khen thưởng của cơ quan theo năm',
      tags: TAGS,
      query: ZFundLedgerQuery,
      response: ZFundLedger,
      handler: async (req, _r, ctx) => getFundLedger(ctx, req.query),
    },
    {
      method: 'POST',
      url: '/api/v1/reward-fund/allocations',
      summary: 'Ghi trích lập, bổ sung quỹ thi đua, khen thưởng',
      tags: TAGS,
      body: ZFundAllocationInput,
      response: ZFundLedger,
      status: 201,
      handler: async (req, _r, ctx) => recordFundAllocation(ctx, req.body),
    },
  ]);
}
