import type { FastifyInstance } from 'fastify';
import {
  ZAward,
  ZCandidates,
  ZCandidatesQuery,
  ZEligibilityQuery,
  ZEligibilityReport,
  ZPersonRecords,
  ZRecordAwardInput,
  ZRecordYearResultInput,
  ZYearRecord,
} from '@vinhdanh/shared';
import { recordYearResult } from '../../services/eligibility/record-year-result';
import { recordAward } from '../../services/eligibility/record-award';
import {
  evaluatePersonEligibility,
  getPersonRecords,
} from '../../services/eligibility/evaluate-person-eligibility';
import { unitCandidates } from '../../services/eligibility/unit-candidates';
import { defineRoutes } from '../route';

type Params = { id: string; year: string };

/** Điều kiện khen thưởng: year records, the award registry, verdicts per person and candidates per unit. */
export function eligibilityRoutes(app: FastifyInstance) {
  defineRoutes(app, [
    {
      method: 'GET',
      url: '/api/v1/people/:id/eligibility',
      summary:
        'Xét điều kiện khen thưởng của cán bộ cho năm thành tích (mặc định 6 danh hiệu/hình thức cá nhân); lưu kết quả kèm phiên bản bộ quy tắc',
      tags: ['Điều kiện khen thưởng'],
      query: ZEligibilityQuery,
      response: ZEligibilityReport,
      handler: async (req, _r, ctx) => evaluatePersonEligibility(ctx, (req.params as Params).id, req.query),
    },
    {
      method: 'GET',
      url: '/api/v1/people/:id/records',
      summary: 'Dòng thời gian: kết quả đánh giá, danh hiệu từng năm và khen thưởng đã nhận',
      tags: ['Điều kiện khen thưởng'],
      response: ZPersonRecords,
      handler: async (req, _r, ctx) => getPersonRecords(ctx, (req.params as Params).id),
    },
    {
      method: 'PUT',
      url: '/api/v1/people/:id/records/:year',
      summary: 'Ghi kết quả một năm (mức độ hoàn thành nhiệm vụ, danh hiệu, kỷ luật, vắng mặt, sáng kiến)',
      tags: ['Điều kiện khen thưởng'],
      body: ZRecordYearResultInput,
      response: ZYearRecord,
      handler: async (req, _r, ctx) => {
        const p = req.params as Params;
        return recordYearResult(ctx, p.id, p.year, req.body);
      },
    },
    {
      method: 'POST',
      url: '/api/v1/people/:id/awards',
      summary: 'Nhập một khen thưởng đã có (sổ khen thưởng theo người)',
      tags: ['Điều kiện khen thưởng'],
      body: ZRecordAwardInput,
      response: ZAward,
      status: 201,
      handler: async (req, _r, ctx) => recordAward(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'GET',
      url: '/api/v1/units/:id/candidates',
      summary:
        'Danh sách đề xuất năm: cán bộ đang công tác trong đơn vị (kể cả đơn vị trực thuộc), số đủ điều kiện theo từng danh hiệu và tỷ lệ Chiến sĩ thi đua cơ sở',
      tags: ['Điều kiện khen thưởng'],
      query: ZCandidatesQuery,
      response: ZCandidates,
      handler: async (req, _r, ctx) => unitCandidates(ctx, (req.params as Params).id, req.query),
    },
  ]);
}
