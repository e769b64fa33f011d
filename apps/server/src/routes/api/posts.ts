import type { FastifyInstance } from 'fastify';
import {
  ZPage,
  ZPost,
  ZPostListQuery,
  ZPostSummary,
  ZPublishPostInput,
  ZSavePostInput,
  ZUploadedImage,
  ZWithdrawPostInput,
  ZExemplarConsent,
  ZRecordExemplarConsentInput,
  ZMovementPortalSetting,
  ZMovementPortalSettingInput,
} from '@vinhdanh/shared';
import { z } from 'zod';
import { ServiceError } from '../../errors';
import { createPost } from '../../services/posts/create-post';
import { updatePost } from '../../services/posts/update-post';
import { publishPost, withdrawPost } from '../../services/posts/publish-post';
import { uploadPostImage } from '../../services/posts/upload-post-image';
import { getPost, listPosts } from '../../services/posts/queries';
import { staffImage } from '../../services/portal/public-images';
import {
  listExemplarConsents,
  recordExemplarConsent,
  withdrawExemplarConsent,
} from '../../services/posts/exemplar-consents';
import { getMovementPortalSetting, setMovementPortalSetting } from '../../services/portal/movement-setting';
import { authorize } from '../../policies/scope';
import { defineRoutes } from '../route';

type Params = { id: string };

export function postRoutes(app: FastifyInstance) {
  defineRoutes(app, [
    {
      method: 'GET',
      url: '/api/v1/posts',
      summary: 'Bài viết cổng thông tin của các đơn vị trong phạm vi (lọc trạng thái, chuyên mục, từ khóa)',
      tags: ['Cổng thông tin'],
      query: ZPostListQuery,
      response: ZPage(ZPostSummary),
      handler: async (req, _r, ctx) => listPosts(ctx, req.query),
    },
    {
      method: 'GET',
      url: '/api/v1/posts/:id',
      summary: 'Một bài viết (để sửa)',
      tags: ['Cổng thông tin'],
      response: ZPost,
      handler: async (req, _r, ctx) => getPost(ctx, (req.params as Params).id),
    },
    {
      method: 'POST',
      url: '/api/v1/posts',
      summary: 'Soạn bài viết mới (bản nháp)',
      tags: ['Cổng thông tin'],
      body: ZSavePostInput,
      response: ZPost,
      status: 201,
      handler: async (req, _r, ctx) => createPost(ctx, req.body),
    },
    {
      method: 'PUT',
      url: '/api/v1/posts/:id',
      summary: 'Sửa bài viết (gửi kèm version đang sửa)',
      tags: ['Cổng thông tin'],
      body: ZSavePostInput,
      response: ZPost,
      handler: async (req, _r, ctx) => updatePost(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/posts/:id/publish',
      summary: 'Đăng bài ngay hoặc hẹn giờ đăng (publishAt trong tương lai)',
      tags: ['Cổng thông tin'],
      body: ZPublishPostInput,
      response: ZPost,
      handler: async (req, _r, ctx) => publishPost(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/posts/:id/withdraw',
      summary: 'Gỡ bài khỏi cổng hoặc hủy hẹn giờ',
      tags: ['Cổng thông tin'],
      body: ZWithdrawPostInput,
      response: ZPost,
      handler: async (req, _r, ctx) => withdrawPost(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/posts/images',
      summary: 'Tải ảnh cho bài viết (PNG, JPEG)',
      tags: ['Cổng thông tin'],
      multipart: true,
      response: ZUploadedImage,
      status: 201,
      handler: async (req, _r, ctx) => {
        if (!req.isMultipart()) {
          throw new ServiceError(
            'VALIDATION_FAILED',
            'Gửi ảnh theo dạng multipart/form-data, trường "file".',
          );
        }
        const part = await req.file();
        if (!part) throw new ServiceError('VALIDATION_FAILED', 'Chưa chọn ảnh.');
        let bytes: Buffer;
        try {
          bytes = await part.toBuffer();
        } catch {
          throw new ServiceError('FILE_TOO_LARGE', `Tệp vượt quá ${ctx.config.UPLOAD_MAX_MB} MB.`);
        }
        return uploadPostImage(ctx, { bytes, filename: part.filename });
      },
    },
    {
      method: 'GET',
      url: '/api/v1/posts/images/:id',
      summary: 'Ảnh đã tải lên (xem trước khi soạn bài)',
      tags: ['Cổng thông tin'],
      produces: 'image/*',
      handler: async (req, reply, ctx) => {
        await authorize(ctx, 'post.manage');
        const img = await staffImage(ctx, (req.params as Params).id);
        if (!img) throw new ServiceError('NOT_FOUND', 'Không tìm thấy ảnh.');
        reply.type(img.contentType).header('cache-control', 'private, max-age=3600');
        return img.stream;
      },
    },
    {
      method: 'POST',
      url: '/api/v1/exemplar-consents',
      summary: 'Ghi nhận sự đồng ý nêu gương của cá nhân (ngày, phạm vi, thông tin được công bố)',
      tags: ['Cổng thông tin'],
      body: ZRecordExemplarConsentInput,
      response: ZExemplarConsent,
      status: 201,
      handler: async (req, _r, ctx) => recordExemplarConsent(ctx, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/exemplar-consents/:id/withdraw',
      summary: 'Rút lại sự đồng ý nêu gương (cổng ngừng hiển thị ngay)',
      tags: ['Cổng thông tin'],
      response: ZExemplarConsent,
      handler: async (req, _r, ctx) => withdrawExemplarConsent(ctx, (req.params as Params).id),
    },
    {
      method: 'GET',
      url: '/api/v1/people/:id/exemplar-consents',
      summary: 'Các lần đồng ý nêu gương của một cá nhân',
      tags: ['Cổng thông tin'],
      response: z.array(ZExemplarConsent),
      handler: async (req, _r, ctx) => listExemplarConsents(ctx, (req.params as Params).id),
    },
    {
      method: 'GET',
      url: '/api/v1/movements/:id/portal',
      summary: 'Phong trào có được công bố trên cổng thông tin (và tiến độ) hay không',
      tags: ['Cổng thông tin'],
      response: ZMovementPortalSetting,
      handler: async (req, _r, ctx) => getMovementPortalSetting(ctx, (req.params as Params).id),
    },
    {
      method: 'PUT',
      url: '/api/v1/movements/:id/portal',
      summary: 'Công bố / ngừng công bố phong trào và tiến độ trên cổng thông tin',
      tags: ['Cổng thông tin'],
      body: ZMovementPortalSettingInput,
      response: ZMovementPortalSetting,
      handler: async (req, _r, ctx) => setMovementPortalSetting(ctx, (req.params as Params).id, req.body),
    },
  ]);
}
