import { z } from 'zod';

/** Chuyên mục bài viết trên cổng thông tin. */
export const POST_CATEGORIES = [
  'TIN_TUC',
  'PHONG_TRAO',
  'GUONG_DIEN_HINH',
  'KHEN_THUONG',
  'THONG_BAO',
] as const;
export type PostCategory = (typeof POST_CATEGORIES)[number];
export const POST_CATEGORY_LABELS: Record<PostCategory, string> = {
  TIN_TUC: 'Tin tức',
  PHONG_TRAO: 'Phong trào thi đua',
  GUONG_DIEN_HINH: 'Gương điển hình',
  KHEN_THUONG: 'Khen thưởng',
  THONG_BAO: 'Thông báo',
};
/** URL segment of each category on the portal (/tin-tuc?chuyen-muc=…). */
export const POST_CATEGORY_SLUGS: Record<PostCategory, string> = {
  TIN_TUC: 'tin-tuc',
  PHONG_TRAO: 'phong-trao-thi-dua',
  GUONG_DIEN_HINH: 'guong-dien-hinh',
  KHEN_THUONG: 'khen-thuong',
  THONG_BAO: 'thong-bao',
};

/** Stored status; SCHEDULED is derived (PUBLISHED with a publish time still in the future). */
export const POST_STATUSES = ['DRAFT', 'SCHEDULED', 'PUBLISHED', 'WITHDRAWN'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];
export const POST_STATUS_LABELS: Record<PostStatus, string> = {
  DRAFT: 'Bản nháp',
  SCHEDULED: 'Hẹn giờ đăng',
  PUBLISHED: 'Đã đăng',
  WITHDRAWN: 'Đã gỡ',
};

export const POST_LINK_KINDS = ['MOVEMENT', 'AWARD', 'PERSON'] as const;
export type PostLinkKind = (typeof POST_LINK_KINDS)[number];
export const POST_LINK_LABELS: Record<PostLinkKind, string> = {
  MOVEMENT: 'Phong trào thi đua',
  AWARD: 'Bản ghi sổ khen thưởng',
  PERSON: 'Cá nhân (gương điển hình)',
};

export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (label: string, max: number) =>
  z
    .string({ error: `Nhập ${label}.` })
    .trim()
    .min(1, `Nhập ${label}.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} tối đa ${max} ký tự.`);

export const ZPostBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('p'), text: text('nội dung đoạn văn', 20_000) }),
  z.object({ type: z.literal('h2'), text: text('tiêu đề mục', 300) }),
  z.object({
    type: z.literal('image'),
    fileId: z.uuid({ error: 'Chọn ảnh đã tải lên.' }),
    caption: z.string().trim().max(500, 'Chú thích ảnh tối đa 500 ký tự.').default(''),
    alt: text('mô tả ảnh cho người khiếm thị', 300),
  }),
]);
export type PostBlock = z.infer<typeof ZPostBlock>;

export const ZPostLink = z.object({
  kind: z.enum(POST_LINK_KINDS, { error: 'Loại liên kết không hợp lệ.' }),
  targetId: z.uuid({ error: 'Mã đối tượng liên kết không hợp lệ.' }),
});
export type PostLink = z.infer<typeof ZPostLink>;

export const ZSavePostInput = z.object({
  unitId: z.uuid({ error: 'Chọn đơn vị đăng bài.' }),
  title: text('tiêu đề', 300),
  slug: z
    .string()
    .trim()
    .max(120, 'Đường dẫn tối đa 120 ký tự.')
    .regex(SLUG_RE, 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  lead: text('sapo (đoạn dẫn)', 2000),
  body: z.array(ZPostBlock).max(300, 'Bài viết tối đa 300 khối nội dung.').default([]),
  author: text('tác giả', 200),
  categories: z
    .array(z.enum(POST_CATEGORIES, { error: 'Chuyên mục không hợp lệ.' }))
    .min(1, 'Chọn ít nhất một chuyên mục.')
    .max(5),
  links: z.array(ZPostLink).max(50).default([]),
  coverFileId: z.uuid().nullable().optional(),
  /** Required on update: the version the editor loaded (optimistic concurrency). */
  version: z.number().int().min(1).optional(),
});
export type SavePostInput = z.input<typeof ZSavePostInput>;

export const ZPublishPostInput = z.object({
  /** ISO instant; omitted = now. A future instant schedules the post. */
  publishAt: z.iso.datetime({ offset: true, error: 'Thời điểm đăng không hợp lệ.' }).optional(),
  version: z.number().int().min(1),
});
export type PublishPostInput = z.input<typeof ZPublishPostInput>;

export const ZWithdrawPostInput = z.object({ version: z.number().int().min(1) });

export const ZPost = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  slug: z.string(),
  title: z.string(),
  lead: z.string(),
  body: z.array(ZPostBlock),
  author: z.string(),
  categories: z.array(z.enum(POST_CATEGORIES)),
  links: z.array(ZPostLink.extend({ label: z.string() })),
  coverFileId: z.string().nullable(),
  status: z.enum(POST_STATUSES),
  publishAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Post = z.infer<typeof ZPost>;

export const ZPostSummary = ZPost.omit({ body: true, links: true });
export type PostSummary = z.infer<typeof ZPostSummary>;

export const ZPostListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.enum(POST_STATUSES).optional(),
  category: z.enum(POST_CATEGORIES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const ZUploadedImage = z.object({ fileId: z.string(), url: z.string(), filename: z.string() });

/** Fields a person may agree to show on the portal as an exemplar (gương điển hình). */
export const EXEMPLAR_FIELDS = ['FULL_NAME', 'UNIT', 'POSITION', 'AWARDS', 'STORY'] as const;
export type ExemplarField = (typeof EXEMPLAR_FIELDS)[number];
export const EXEMPLAR_FIELD_LABELS: Record<ExemplarField, string> = {
  FULL_NAME: 'Họ và tên',
  UNIT: 'Đơn vị công tác',
  POSITION: 'Chức vụ',
  AWARDS: 'Danh hiệu, hình thức khen thưởng đã nhận',
  STORY: 'Câu chuyện, thành tích được nêu gương',
};

export const ZRecordExemplarConsentInput = z.object({
  personId: z.uuid({ error: 'Chọn cá nhân.' }),
  consentedOn: z
    .string({ error: 'Nhập ngày đồng ý.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày đồng ý phải có dạng YYYY-MM-DD.'),
  scope: text('phạm vi đồng ý', 1000),
  fields: z
    .array(z.enum(EXEMPLAR_FIELDS, { error: 'Trường thông tin không hợp lệ.' }))
    .min(1, 'Chọn ít nhất một thông tin được công bố.'),
  evidenceFileId: z.uuid().nullable().optional(),
});
export type RecordExemplarConsentInput = z.input<typeof ZRecordExemplarConsentInput>;

export const ZExemplarConsent = z.object({
  id: z.string(),
  personId: z.string(),
  consentedOn: z.string(),
  scope: z.string(),
  fields: z.array(z.enum(EXEMPLAR_FIELDS)),
  evidenceFileId: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ExemplarConsent = z.infer<typeof ZExemplarConsent>;

/** What a movement shows on the public portal (the officer's choice; drafts never show). */
export const ZMovementPortalSettingInput = z.object({
  published: z.boolean({ error: 'Chọn có công bố phong trào trên cổng hay không.' }),
  publishProgress: z.boolean({ error: 'Chọn có công bố tiến độ hay không.' }),
});
export type MovementPortalSettingInput = z.input<typeof ZMovementPortalSettingInput>;

export const ZMovementPortalSetting = z.object({
  movementId: z.string(),
  published: z.boolean(),
  publishProgress: z.boolean(),
  /** Public address (/phong-trao/:slug) — shown only while published and launched. */
  publicPath: z.string(),
  updatedAt: z.string().nullable(),
});
export type MovementPortalSetting = z.infer<typeof ZMovementPortalSetting>;
