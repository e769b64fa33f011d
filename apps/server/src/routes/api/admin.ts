import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ZAccount,
  ZAuditEntry,
  ZAuditQuery,
  ZCreateAccountInput,
  ZPage,
  ZSetAccountEmailInput,
} from '@vinhdanh/shared';
import {
  createAccount,
  disableAccount,
  listAccounts,
  setAccountEmail,
} from '../../services/accounts/accounts';
import { listAudit } from '../../services/audit/list-audit';
import { defineRoutes } from '../route';

export function adminRoutes(app: FastifyInstance) {
  defineRoutes(app, [
    {
      method: 'GET',
      url: '/api/v1/accounts',
      summary: 'Danh sách tài khoản trong phạm vi quản trị',
      tags: ['Quản trị'],
      response: z.array(ZAccount),
      handler: async (_req, _r, ctx) => listAccounts(ctx),
    },
    {
      method: 'POST',
      url: '/api/v1/accounts',
      summary: 'Tạo tài khoản và phân quyền theo đơn vị',
      tags: ['Quản trị'],
      body: ZCreateAccountInput,
      response: ZAccount,
      status: 201,
      handler: async (req, _r, ctx) => createAccount(ctx, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/accounts/:id/disable',
      summary: 'Vô hiệu hóa tài khoản (thu hồi mọi phiên)',
      tags: ['Quản trị'],
      response: ZAccount,
      handler: async (req, _r, ctx) => disableAccount(ctx, (req.params as { id: string }).id),
    },
    {
      method: 'PUT',
      url: '/api/v1/accounts/:id/email',
      summary: 'Đặt hoặc xóa địa chỉ email nhận thông báo của tài khoản',
      tags: ['Quản trị'],
      body: ZSetAccountEmailInput,
      response: ZAccount,
      handler: async (req, _r, ctx) => setAccountEmail(ctx, (req.params as { id: string }).id, req.body),
    },
    {
      method: 'GET',
      url: '/api/v1/audit',
      summary: 'Nhật ký hệ thống (chuỗi băm chống sửa đổi)',
      tags: ['Quản trị'],
      query: ZAuditQuery,
      response: ZPage(ZAuditEntry),
      handler: async (req, _r, ctx) => listAudit(ctx, req.query),
    },
  ]);
}
