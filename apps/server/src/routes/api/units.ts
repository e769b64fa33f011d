import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ZCluster,
  ZCreateUnitInput,
  ZLineageEvent,
  ZPage,
  ZRecordLineageEventInput,
  ZSaveClusterInput,
  ZUnit,
  ZUnitDetail,
  ZUnitSearchQuery,
  ZUnitTree,
  ZUnitTreeQuery,
  ZUpdateUnitInput,
} from '@vinhdanh/shared';
import { parseInput } from '../../errors';
import { getUnit, getUnitTree, searchUnits } from '../../services/units/queries';
import { createUnit } from '../../services/units/create-unit';
import { updateUnit } from '../../services/units/update-unit';
import { recordLineageEvent } from '../../services/units/record-lineage-event';
import { createCluster, listClusters, updateCluster } from '../../services/clusters/clusters';
import { defineRoutes } from '../route';

type Params = { id: string };

export function unitRoutes(app: FastifyInstance) {
  defineRoutes(app, [
    {
      method: 'GET',
      url: '/api/v1/units/tree',
      summary: 'Cây tổ chức tại một ngày (mặc định hôm nay)',
      tags: ['Tổ chức'],
      query: ZUnitTreeQuery,
      response: ZUnitTree,
      handler: async (req, _r, ctx) => getUnitTree(ctx, parseInput(ZUnitTreeQuery, req.query)),
    },
    {
      method: 'GET',
      url: '/api/v1/units',
      summary: 'Tìm đơn vị (không phân biệt dấu), lọc, phân trang, sắp xếp',
      tags: ['Tổ chức'],
      query: ZUnitSearchQuery,
      response: ZPage(ZUnit),
      handler: async (req, _r, ctx) => searchUnits(ctx, req.query),
    },
    {
      method: 'GET',
      url: '/api/v1/units/:id',
      summary: 'Chi tiết đơn vị: các phiên bản tên/cấp trên, sự kiện tổ chức, đơn vị tiền thân/kế thừa',
      tags: ['Tổ chức'],
      query: ZUnitTreeQuery,
      response: ZUnitDetail,
      handler: async (req, _r, ctx) =>
        getUnit(ctx, (req.params as Params).id, parseInput(ZUnitTreeQuery, req.query)),
    },
    {
      method: 'POST',
      url: '/api/v1/units',
      summary: 'Thêm đơn vị',
      tags: ['Tổ chức'],
      body: ZCreateUnitInput,
      response: ZUnit,
      status: 201,
      handler: async (req, _r, ctx) => createUnit(ctx, req.body),
    },
    {
      method: 'PATCH',
      url: '/api/v1/units/:id',
      summary: 'Sửa thông tin không theo thời gian của đơn vị',
      tags: ['Tổ chức'],
      body: ZUpdateUnitInput,
      response: ZUnit,
      handler: async (req, _r, ctx) => updateUnit(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/lineage-events',
      summary: 'Ghi nhận sự kiện tổ chức: đổi tên, chuyển, sáp nhập, chia tách, giải thể, thành lập',
      tags: ['Tổ chức'],
      body: ZRecordLineageEventInput,
      response: ZLineageEvent,
      status: 201,
      handler: async (req, _r, ctx) => recordLineageEvent(ctx, req.body),
    },
    {
      method: 'GET',
      url: '/api/v1/clusters',
      summary: 'Cụm, khối thi đua theo năm',
      tags: ['Cụm, khối thi đua'],
      query: z.object({ year: z.coerce.number().int().optional() }),
      response: z.array(ZCluster),
      handler: async (req, _r, ctx) => listClusters(ctx, req.query),
    },
    {
      method: 'POST',
      url: '/api/v1/clusters',
      summary: 'Lập cụm/khối thi đua',
      tags: ['Cụm, khối thi đua'],
      body: ZSaveClusterInput,
      response: ZCluster,
      status: 201,
      handler: async (req, _r, ctx) => createCluster(ctx, req.body),
    },
    {
      method: 'PUT',
      url: '/api/v1/clusters/:id',
      summary: 'Sửa cụm/khối thi đua (thành viên, trưởng cụm/khối)',
      tags: ['Cụm, khối thi đua'],
      body: ZSaveClusterInput,
      response: ZCluster,
      handler: async (req, _r, ctx) => updateCluster(ctx, (req.params as Params).id, req.body),
    },
  ]);
}
