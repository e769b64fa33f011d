import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { evaluateRules, rulesCatalogue } from '../../services/rules/evaluate-rules';
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
      summary: 'Danh mục quy tắc và tham số theo ngày, kèm trích dẫn và mức độ xác nhận',
      tags: ['Quy tắc pháp luật'],
      auth: false,
      handler: async () => rulesCatalogue(),
    },
  ]);
}
