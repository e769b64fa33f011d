import type { FastifyInstance } from 'fastify';
import { ZPublicVerification, ZRegistryPage, ZRegistryQuery } from '@vinhdanh/shared';
import { searchRegistry } from '../../services/registry/search';
import { verifyAward } from '../../services/registry/verify';
import { defineRoutes } from '../route';

/** Sổ vàng: registry search (staff) and public verification of a certificate's code. */
export function registryRoutes(app: FastifyInstance) {
  defineRoutes(app, [
    {
      method: 'GET',
      url: '/api/v1/registry',
      summary:
        'Tra cứu sổ vàng: tên người hoặc tập thể không cần dấu (mọi từ, không theo thứ tự), số quyết định hoặc mã xác minh; lọc theo danh hiệu, cấp, năm, đơn vị (kể cả đơn vị cấp dưới và đơn vị đã sáp nhập vào), số quyết định',
      tags: ['Sổ vàng'],
      query: ZRegistryQuery,
      response: ZRegistryPage,
      handler: async (req, _r, ctx) => searchRegistry(ctx, req.query),
    },
    {
      method: 'GET',
      url: '/api/v1/public/verify/:code',
      summary:
        'Xác minh công khai một khen thưởng theo mã in trên bằng/giấy khen (tên, danh hiệu, số và ngày quyết định, cơ quan ban hành; tình trạng thu hồi)',
      tags: ['Sổ vàng'],
      auth: false,
      response: ZPublicVerification,
      handler: async (req, _r, ctx) => verifyAward(ctx, (req.params as { code: string }).code),
    },
  ]);
}
