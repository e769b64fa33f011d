import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  ZCloseMovementInput,
  ZLaunchMovementInput,
  ZMarkReadInput,
  ZMovement,
  ZMovementQuery,
  ZMovementSummary,
  ZNotification,
  ZNotificationQuery,
  ZMovementDashboardQuery,
  ZMovementDashboard,
  ZProgressReport,
  ZSaveProgressInput,
  ZPage,
  ZPledgeTitles,
  ZRegistration,
  ZRegistrationOverview,
  ZReturnRegistrationInput,
  ZSaveMovementInput,
  ZSaveRegistrationInput,
  ZUnreadCount,
} from '@vinhdanh/shared';
import { ServiceError } from '../../errors';
import { getMovement, searchMovements } from '../../services/movements/queries';
import { createMovement } from '../../services/movements/create-movement';
import { updateMovement } from '../../services/movements/update-movement';
import { launchMovement } from '../../services/movements/launch-movement';
import { closeMovement } from '../../services/movements/close-movement';
import { attachMovementFile, readMovementFile } from '../../services/movements/attach-file';
import { listNotifications, markNotificationsRead, unreadCount } from '../../services/notifications/inbox';
import { saveRegistration } from '../../services/registrations/save-registration';
import {
  acceptRegistration,
  requestRegistrationApproval,
  returnRegistration,
  submitRegistration,
} from '../../services/registrations/transitions';
import { getRegistration, pledgeTitles, registrationOverview } from '../../services/registrations/queries';
import { saveProgressReport } from '../../services/progress/save-progress';
import { attachProgressEvidence, readProgressEvidence } from '../../services/progress/attach-evidence';
import { getProgressReport, movementDashboard } from '../../services/progress/dashboard';
import { defineRoutes } from '../route';

type Params = { id: string };

/** Reads a multipart body: one file (field "file") and text fields. */
async function readMultipart(req: FastifyRequest, maxMb: number) {
  if (!req.isMultipart())
    throw new ServiceError('VALIDATION_FAILED', 'Gửi tệp theo dạng multipart/form-data, trường "file".');
  const fields: Record<string, string> = {};
  let file: { bytes: Buffer; filename: string } | null = null;
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      try {
        file = { bytes: await part.toBuffer(), filename: part.filename };
      } catch {
        throw new ServiceError('FILE_TOO_LARGE', `Tệp vượt quá ${maxMb} MB.`);
      }
    } else fields[part.fieldname] = String(part.value);
  }
  if (!file) throw new ServiceError('VALIDATION_FAILED', 'Chưa chọn tệp.');
  return { file, fields };
}
const TAG = ['Phong trào thi đua'];

export function movementRoutes(app: FastifyInstance) {
  defineRoutes(app, [
    {
      method: 'GET',
      url: '/api/v1/movements',
      summary:
        'Tìm phong trào thi đua (tên không phân biệt dấu), lọc theo trạng thái, hình thức, năm, đơn vị tham gia',
      tags: TAG,
      query: ZMovementQuery,
      response: ZPage(ZMovementSummary),
      handler: async (req, _r, ctx) => searchMovements(ctx, req.query),
    },
    {
      method: 'GET',
      url: '/api/v1/movements/pledge-titles',
      summary:
        'Danh hiệu, hình thức khen thưởng có thể đăng ký thi đua (tập thể, cá nhân), theo danh mục quy tắc',
      tags: TAG,
      response: ZPledgeTitles,
      handler: async () => pledgeTitles(),
    },
    {
      method: 'GET',
      url: '/api/v1/movements/:id',
      summary: 'Chi tiết phong trào: nội dung thi đua và chỉ tiêu, mốc thời gian, đơn vị tham gia, các bước',
      tags: TAG,
      response: ZMovement,
      handler: async (req, _r, ctx) => getMovement(ctx, (req.params as Params).id),
    },
    {
      method: 'POST',
      url: '/api/v1/movements',
      summary: 'Lập phong trào (dự thảo)',
      tags: TAG,
      body: ZSaveMovementInput,
      response: ZMovement,
      status: 201,
      handler: async (req, _r, ctx) => createMovement(ctx, req.body),
    },
    {
      method: 'PUT',
      url: '/api/v1/movements/:id',
      summary: 'Sửa dự thảo phong trào (chỉ khi chưa phát động)',
      tags: TAG,
      body: ZSaveMovementInput,
      response: ZMovement,
      handler: async (req, _r, ctx) => updateMovement(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/movements/:id/launch',
      summary:
        'Phát động: kiểm tra đủ nội dung theo Luật TĐKT 2022 Điều 17 (lỗi MOVEMENT_INCOMPLETE liệt kê phần còn thiếu), báo các đơn vị tham gia',
      tags: TAG,
      body: ZLaunchMovementInput,
      response: ZMovement,
      handler: async (req, _r, ctx) => launchMovement(ctx, (req.params as Params).id, req.body ?? {}),
    },
    {
      method: 'POST',
      url: '/api/v1/movements/:id/close',
      summary: 'Kết thúc phong trào với nội dung tổng kết',
      tags: TAG,
      body: ZCloseMovementInput,
      response: ZMovement,
      handler: async (req, _r, ctx) => closeMovement(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/movements/:id/files',
      summary: 'Đính kèm kế hoạch, công văn phát động (PDF, DOCX, PNG, JPG); trường "kind", "title", "file"',
      tags: TAG,
      multipart: true,
      response: ZMovement,
      status: 201,
      handler: async (req, _r, ctx) => {
        if (!req.isMultipart())
          throw new ServiceError(
            'VALIDATION_FAILED',
            'Gửi tệp theo dạng multipart/form-data, trường "file".',
          );
        const fields: Record<string, string> = {};
        let file: { bytes: Buffer; filename: string } | null = null;
        for await (const part of req.parts()) {
          if (part.type === 'file') {
            try {
              file = { bytes: await part.toBuffer(), filename: part.filename };
            } catch {
              throw new ServiceError('FILE_TOO_LARGE', `Tệp vượt quá ${ctx.config.UPLOAD_MAX_MB} MB.`);
            }
          } else fields[part.fieldname] = String(part.value);
        }
        if (!file) throw new ServiceError('VALIDATION_FAILED', 'Chưa chọn tệp.');
        return attachMovementFile(ctx, (req.params as Params).id, {
          ...file,
          kind: fields.kind,
          title: fields.title,
        });
      },
    },
    {
      method: 'GET',
      url: '/api/v1/movements/:id/files/:fileId',
      summary: 'Tải tệp đính kèm của phong trào',
      tags: TAG,
      produces: 'application/octet-stream',
      handler: async (req, reply, ctx) => {
        const p = req.params as { id: string; fileId: string };
        const { file, bytes } = await readMovementFile(ctx, p.id, p.fileId);
        reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
        return bytes;
      },
    },
    {
      method: 'GET',
      url: '/api/v1/movements/:id/registrations',
      summary: 'Tổng hợp đăng ký thi đua: đơn vị chưa đăng ký, trạng thái, tổng số danh hiệu và chỉ tiêu',
      tags: ['Đăng ký thi đua'],
      response: ZRegistrationOverview,
      handler: async (req, _r, ctx) => registrationOverview(ctx, (req.params as Params).id),
    },
    {
      method: 'GET',
      url: '/api/v1/movements/:id/registrations/:unitId',
      summary: 'Bản đăng ký thi đua của một đơn vị',
      tags: ['Đăng ký thi đua'],
      response: ZRegistration,
      handler: async (req, _r, ctx) => {
        const p = req.params as { id: string; unitId: string };
        return getRegistration(ctx, p.id, p.unitId);
      },
    },
    {
      method: 'PUT',
      url: '/api/v1/movements/:id/registrations',
      summary:
        'Lưu đăng ký thi đua của đơn vị (danh hiệu tập thể, cá nhân, chỉ tiêu theo nội dung) trước hạn đăng ký',
      tags: ['Đăng ký thi đua'],
      body: ZSaveRegistrationInput,
      response: ZRegistration,
      handler: async (req, _r, ctx) => saveRegistration(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/registrations/:id/request-approval',
      summary: 'Trình thủ trưởng đơn vị duyệt',
      tags: ['Đăng ký thi đua'],
      response: ZRegistration,
      handler: async (req, _r, ctx) => requestRegistrationApproval(ctx, (req.params as Params).id),
    },
    {
      method: 'POST',
      url: '/api/v1/registrations/:id/submit',
      summary: 'Thủ trưởng đơn vị duyệt và gửi lên',
      tags: ['Đăng ký thi đua'],
      response: ZRegistration,
      handler: async (req, _r, ctx) => submitRegistration(ctx, (req.params as Params).id),
    },
    {
      method: 'POST',
      url: '/api/v1/registrations/:id/return',
      summary: 'Trả lại bản đăng ký, kèm lý do',
      tags: ['Đăng ký thi đua'],
      body: ZReturnRegistrationInput,
      response: ZRegistration,
      handler: async (req, _r, ctx) => returnRegistration(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/registrations/:id/accept',
      summary: 'Chấp nhận bản đăng ký',
      tags: ['Đăng ký thi đua'],
      response: ZRegistration,
      handler: async (req, _r, ctx) => acceptRegistration(ctx, (req.params as Params).id),
    },
    {
      method: 'GET',
      url: '/api/v1/movements/:id/progress/:periodId/:unitId',
      summary: 'Báo cáo tiến độ của một đơn vị trong một kỳ',
      tags: ['Tiến độ'],
      response: ZProgressReport,
      handler: async (req, _r, ctx) => {
        const p = req.params as { id: string; periodId: string; unitId: string };
        return getProgressReport(ctx, p.id, p.periodId, p.unitId);
      },
    },
    {
      method: 'PUT',
      url: '/api/v1/movements/:id/progress',
      summary: 'Báo cáo tiến độ: giá trị từng chỉ tiêu của đơn vị trong kỳ báo cáo',
      tags: ['Tiến độ'],
      body: ZSaveProgressInput,
      response: ZProgressReport,
      handler: async (req, _r, ctx) => saveProgressReport(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/progress-reports/:id/evidence',
      summary: 'Đính kèm minh chứng cho báo cáo tiến độ (trường "file", tùy chọn "itemId")',
      tags: ['Tiến độ'],
      multipart: true,
      response: ZProgressReport,
      status: 201,
      handler: async (req, _r, ctx) => {
        const { file, fields } = await readMultipart(req, ctx.config.UPLOAD_MAX_MB);
        return attachProgressEvidence(ctx, (req.params as Params).id, { ...file, itemId: fields.itemId });
      },
    },
    {
      method: 'GET',
      url: '/api/v1/progress-reports/:id/evidence/:fileId',
      summary: 'Tải minh chứng của báo cáo tiến độ',
      tags: ['Tiến độ'],
      produces: 'application/octet-stream',
      handler: async (req, reply, ctx) => {
        const p = req.params as { id: string; fileId: string };
        const { file, bytes } = await readProgressEvidence(ctx, p.id, p.fileId);
        reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
        return bytes;
      },
    },
    {
      method: 'GET',
      url: '/api/v1/movements/:id/dashboard',
      summary: 'Bảng theo dõi tiến độ theo đơn vị (chậm nhất trước) và theo nội dung, đơn vị nộp muộn',
      tags: ['Tiến độ'],
      query: ZMovementDashboardQuery,
      response: ZMovementDashboard,
      handler: async (req, _r, ctx) => movementDashboard(ctx, (req.params as Params).id, req.query),
    },
    {
      method: 'GET',
      url: '/api/v1/notifications',
      summary: 'Hộp thư thông báo của người dùng (gửi cho tài khoản hoặc đơn vị được phân quyền)',
      tags: ['Thông báo'],
      query: ZNotificationQuery,
      response: ZPage(ZNotification),
      handler: async (req, _r, ctx) => listNotifications(ctx, req.query),
    },
    {
      method: 'GET',
      url: '/api/v1/notifications/unread-count',
      summary: 'Số thông báo chưa đọc',
      tags: ['Thông báo'],
      response: ZUnreadCount,
      handler: async (_req, _r, ctx) => unreadCount(ctx),
    },
    {
      method: 'POST',
      url: '/api/v1/notifications/read',
      summary: 'Đánh dấu đã đọc (các mã gửi lên, hoặc tất cả)',
      tags: ['Thông báo'],
      body: ZMarkReadInput,
      response: z.object({ marked: z.number().int() }),
      handler: async (req, _r, ctx) => markNotificationsRead(ctx, req.body ?? {}),
    },
  ]);
}
