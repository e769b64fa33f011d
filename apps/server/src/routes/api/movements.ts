import type { FastifyInstance } from 'fastify';
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
  ZPage,
  ZSaveMovementInput,
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
import { defineRoutes } from '../route';

type Params = { id: string };
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
