import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZAddParameterOverrideInput, ZParameterOverrideQuery, ZParameterOverrideRow } from '@vinhdanh/shared';
import { evaluateRules, rulesCatalogue } from '../../services/rules/evaluate-rules';
import {
  addParameterOverride,
  listParameterOverrides,
  revokeParameterOverride,
} from '../../services/rules/parameter-overrides';
import { defineRoutes } from '../route';

export function rulesRoutes(app: FastifyInstance) {
  defineRoutes(app, [
    {
      method: 'POST',
      url: '/api/v1/rules/evaluate',
      summary:
        'Bộ quy tắc pháp luật TĐKT: eligibility, reward, authority, quota, posting (một yêu cầu hoặc một mảng; xem hợp đồng rules-api)',
      tags: ['Quy tắc pháp luật'],
      auth: false,
      body: z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]),
      handler: async (req) => evaluateRules(req.body),
    },
    {
      method: 'GET',
      url: '/api/v1/rules/catalogue',
      summary:
        'Danh mục quy tắc và tham số theo ngày, kèm trích dẫn, mức độ xác nhận và điều chỉnh của tỉnh đang áp dụng',
      tags: ['Quy tắc pháp luật'],
      auth: false,
      handler: async (_req, _r, ctx) => rulesCatalogue(ctx),
    },
    {
      method: 'GET',
      url: '/api/v1/rules/overrides',
      summary:
        'Danh sách điều chỉnh tham số pháp lý của tỉnh (includeRevoked=true để xem cả điều chỉnh đã thu hồi)',
      tags: ['Quy tắc pháp luật'],
      query: ZParameterOverrideQuery,
      response: z.array(ZParameterOverrideRow),
      handler: async (req, _r, ctx) => listParameterOverrides(ctx, req.query),
    },
    {
      method: 'POST',
      url: '/api/v1/rules/overrides',
      summary: 'Thêm điều chỉnh của tỉnh cho tham số được luật giao (có căn cứ và lý do; ghi nhật ký)',
      tags: ['Quy tắc pháp luật'],
      body: ZAddParameterOverrideInput,
      response: ZParameterOverrideRow,
      status: 201,
      handler: async (req, _r, ctx) => addParameterOverride(ctx, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/rules/overrides/:id/revoke',
      summary: 'Thu hồi điều chỉnh tham số của tỉnh (không xóa; ghi nhật ký)',
      tags: ['Quy tắc pháp luật'],
      response: ZParameterOverrideRow,
      handler: async (req, _r, ctx) => revokeParameterOverride(ctx, (req.params as { id: string }).id),
    },
  ]);
}
