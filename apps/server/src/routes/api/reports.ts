import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ZDashboard,
  ZDashboardQuery,
  ZFinalizeReportInput,
  ZReportQuery,
  ZReportResult,
  ZReportSnapshot,
  ZReportSnapshotQuery,
} from '@vinhdanh/shared';
import { getReport } from '../../services/reports/get-report';
import { exportReportDraft, exportReportSnapshot } from '../../services/reports/export-report';
import { finalizeReport, listReportSnapshots, loadSnapshot } from '../../services/reports/snapshots';
import { getDashboard } from '../../services/reports/dashboard';
import { exportDashboardChart } from '../../services/reports/dashboard-export';
import { defineRoutes } from '../route';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Params = { id: string };

export function reportRoutes(app: FastifyInstance) {
  defineRoutes(app, [
    {
      method: 'GET',
      url: '/api/v1/reports/statistics',
      summary:
        'Biểu thống kê TĐKT (0601–0605.N/BNV-TĐKT) của một đơn vị báo cáo trong một năm, tính từ dữ liệu',
      tags: ['Báo cáo thống kê'],
      query: ZReportQuery,
      response: ZReportResult,
      handler: async (req, _r, ctx) => getReport(ctx, req.query),
    },
    {
      method: 'GET',
      url: '/api/v1/reports/statistics.xlsx',
      summary: 'Tải biểu thống kê (bản nháp, số liệu hiện tại) theo mẫu Thông tư 02/2023/TT-BNV',
      tags: ['Báo cáo thống kê'],
      query: ZReportQuery,
      produces: XLSX,
      handler: async (req, reply, ctx) => {
        const { buffer, fileName } = await exportReportDraft(ctx, req.query);
        reply
          .header('content-type', XLSX)
          .header('content-disposition', `attachment; filename="${fileName}"`);
        return buffer;
      },
    },
    {
      method: 'POST',
      url: '/api/v1/reports/snapshots',
      summary: 'Chốt số liệu biểu thống kê với người lập biểu và thủ trưởng ký',
      tags: ['Báo cáo thống kê'],
      body: ZFinalizeReportInput,
      response: ZReportSnapshot,
      status: 201,
      handler: async (req, _r, ctx) => finalizeReport(ctx, req.body),
    },
    {
      method: 'GET',
      url: '/api/v1/reports/snapshots',
      summary: 'Các biểu thống kê đã chốt trong phạm vi',
      tags: ['Báo cáo thống kê'],
      query: ZReportSnapshotQuery,
      response: z.array(ZReportSnapshot),
      handler: async (req, _r, ctx) => listReportSnapshots(ctx, req.query),
    },
    {
      method: 'GET',
      url: '/api/v1/reports/snapshots/:id',
      summary: 'Một biểu thống kê đã chốt',
      tags: ['Báo cáo thống kê'],
      response: ZReportSnapshot,
      handler: async (req, _r, ctx) => loadSnapshot(ctx, (req.params as Params).id),
    },
    {
      method: 'GET',
      url: '/api/v1/reports/snapshots/:id/xlsx',
      summary: 'Tải biểu thống kê đã chốt (có khối chữ ký)',
      tags: ['Báo cáo thống kê'],
      produces: XLSX,
      handler: async (req, reply, ctx) => {
        const { buffer, fileName } = await exportReportSnapshot(ctx, (req.params as Params).id);
        reply
          .header('content-type', XLSX)
          .header('content-disposition', `attachment; filename="${fileName}"`);
        return buffer;
      },
    },
    {
      method: 'GET',
      url: '/api/v1/reports/dashboard',
      summary: 'Bảng điều khiển thống kê khen thưởng: biểu đồ theo năm, cấp, hình thức, giới tính, dân tộc…',
      tags: ['Báo cáo thống kê'],
      query: ZDashboardQuery,
      response: ZDashboard,
      handler: async (req, _r, ctx) => getDashboard(ctx, req.query),
    },
    {
      method: 'GET',
      url: '/api/v1/reports/dashboard.xlsx',
      summary: 'Tải dữ liệu một biểu đồ (.xlsx)',
      tags: ['Báo cáo thống kê'],
      query: ZDashboardQuery.and(z.object({ chart: z.string() })),
      produces: XLSX,
      handler: async (req, reply, ctx) => {
        const { buffer, fileName } = await exportDashboardChart(ctx, req.query);
        reply
          .header('content-type', XLSX)
          .header('content-disposition', `attachment; filename="${fileName}"`);
        return buffer;
      },
    },
  ]);
}
