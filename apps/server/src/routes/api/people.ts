import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ZAddEmploymentInput,
  ZCreatePersonInput,
  ZEndEmploymentInput,
  ZJob,
  ZPage,
  ZPeopleQuery,
  ZPerson,
  ZPersonSummary,
  ZUpdatePersonInput,
} from '@vinhdanh/shared';
import { ServiceError } from '../../errors';
import { getPerson, searchPeople } from '../../services/people/queries';
import { createPerson } from '../../services/people/create-person';
import { updatePerson } from '../../services/people/update-person';
import { addEmployment, endEmployment } from '../../services/people/add-employment';
import { peopleImportTemplate, startPeopleImport } from '../../services/imports/import-people';
import { awardsImportTemplate, startAwardsImport } from '../../services/imports/import-awards';
import { personRecordPdf } from '../../services/registry/record-pdf';
import { getJob } from '../../jobs/queue';
import { defineRoutes } from '../route';

type Params = { id: string; employmentId: string };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function peopleRoutes(app: FastifyInstance, onJobQueued: () => void) {
  defineRoutes(app, [
    {
      method: 'GET',
      url: '/api/v1/people',
      summary: 'Tìm cán bộ theo tên không dấu, CCCD hoặc mã cán bộ; lọc, phân trang, sắp xếp',
      tags: ['Cán bộ'],
      query: ZPeopleQuery,
      response: ZPage(ZPersonSummary),
      handler: async (req, _r, ctx) => searchPeople(ctx, req.query),
    },
    {
      method: 'GET',
      url: '/api/v1/people/:id',
      summary: 'Hồ sơ cán bộ và quá trình công tác',
      tags: ['Cán bộ'],
      response: ZPerson,
      handler: async (req, _r, ctx) => getPerson(ctx, (req.params as Params).id),
    },
    {
      method: 'POST',
      url: '/api/v1/people',
      summary: 'Thêm cán bộ',
      tags: ['Cán bộ'],
      body: ZCreatePersonInput,
      response: ZPerson,
      status: 201,
      handler: async (req, _r, ctx) => createPerson(ctx, req.body),
    },
    {
      method: 'PATCH',
      url: '/api/v1/people/:id',
      summary: 'Sửa thông tin cán bộ (kèm version để tránh ghi đè)',
      tags: ['Cán bộ'],
      body: ZUpdatePersonInput,
      response: ZPerson,
      handler: async (req, _r, ctx) => updatePerson(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/people/:id/employments',
      summary: 'Thêm quá trình công tác',
      tags: ['Cán bộ'],
      body: ZAddEmploymentInput,
      response: ZPerson,
      status: 201,
      handler: async (req, _r, ctx) => addEmployment(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/people/:id/employments/:employmentId/end',
      summary: 'Kết thúc một quá trình công tác',
      tags: ['Cán bộ'],
      body: ZEndEmploymentInput,
      response: ZPerson,
      handler: async (req, _r, ctx) => {
        const p = req.params as Params;
        return endEmployment(ctx, p.id, p.employmentId, req.body);
      },
    },
    {
      method: 'GET',
      url: '/api/v1/imports/people/template',
      summary: 'Tải mẫu Excel nhập danh sách cán bộ',
      tags: ['Nhập dữ liệu'],
      produces: XLSX,
      handler: async (_req, reply, ctx) => {
        const buf = await peopleImportTemplate(ctx);
        reply
          .header('content-type', XLSX)
          .header('content-disposition', `attachment; filename="mau-nhap-can-bo.xlsx"`);
        return buf;
      },
    },
    {
      method: 'POST',
      url: '/api/v1/imports/people',
      summary: 'Nhập danh sách cán bộ từ tệp .xlsx (chạy nền, trả về tác vụ)',
      tags: ['Nhập dữ liệu'],
      multipart: true,
      response: z.object({ job: ZJob }),
      status: 202,
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
        const job = await startPeopleImport(ctx, { bytes, filename: part.filename });
        onJobQueued();
        return { job };
      },
    },
    {
      method: 'GET',
      url: '/api/v1/imports/awards/template',
      summary: 'Tải mẫu Excel nhập khen thưởng đã có (sổ vàng)',
      tags: ['Nhập dữ liệu'],
      produces: XLSX,
      handler: async (_req, reply, ctx) => {
        const buf = await awardsImportTemplate(ctx);
        reply
          .header('content-type', XLSX)
          .header('content-disposition', `attachment; filename="mau-nhap-khen-thuong.xlsx"`);
        return buf;
      },
    },
    {
      method: 'POST',
      url: '/api/v1/imports/awards',
      summary:
        'Nhập khen thưởng đã có vào sổ vàng từ tệp .xlsx (chạy nền, trả về tác vụ; nhập lại không tạo trùng)',
      tags: ['Nhập dữ liệu'],
      multipart: true,
      response: z.object({ job: ZJob }),
      status: 202,
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
        const job = await startAwardsImport(ctx, { bytes, filename: part.filename });
        onJobQueued();
        return { job };
      },
    },
    {
      method: 'GET',
      url: '/api/v1/people/:id/registry.pdf',
      summary: 'In hồ sơ khen thưởng trọn đời (sổ vàng) của một cá nhân (PDF)',
      tags: ['Sổ vàng'],
      produces: 'application/pdf',
      handler: async (req, reply, ctx) => {
        const f = await personRecordPdf(ctx, (req.params as Params).id);
        reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `inline; filename="${f.filename}"`);
        return f.bytes;
      },
    },
    {
      method: 'GET',
      url: '/api/v1/jobs/:id',
      summary: 'Trạng thái và tiến độ của tác vụ nền',
      tags: ['Tác vụ nền'],
      response: ZJob,
      handler: async (req, _r, ctx) => getJob(ctx, (req.params as Params).id),
    },
  ]);
}
