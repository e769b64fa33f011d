import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, posts } from '../../db/schema';
import { buildActor, buildPerson, buildTree, createTestEnv } from '../../test/harness';
import { newId } from '../../lib/ids';
import { ServiceError } from '../../errors';
import { createPost } from './create-post';
import { updatePost } from './update-post';
import { publishPost, withdrawPost } from './publish-post';
import { getPost, listPosts } from './queries';
import { slugify } from './common';

const env = await createTestEnv({ today: '2026-10-01' });
const tree = await buildTree(env);
const officer = await buildActor(env, 'OFFICER', tree.district);
const otherOfficer = await buildActor(env, 'OFFICER', tree.other);
const clerk = await buildActor(env, 'UNIT_CLERK', tree.district);
const person = await buildPerson(env, { unit: tree.ward });

const postCount = async () => (await env.database.db.select({ n: count() }).from(posts))[0]!.n;
const audits = async (action: string, id: string) =>
  env.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, id)));

const input = (over: Record<string, unknown> = {}) => ({
  unitId: tree.district.id,
  title: 'Quận Một phát động thi đua chào mừng Đại hội',
  lead: 'TĐKT - Sáng 27/2, Quận Một phát động đợt thi đua cao điểm.',
  body: [{ type: 'p', text: 'Tại buổi lễ…' }],
  author: 'Cẩm Tú',
  categories: ['TIN_TUC'],
  ...over,
});

async function expectCode(p: Promise<unknown>, code: string) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ServiceError);
  expect((e as ServiceError).code).toBe(code);
  return e as ServiceError;
}

describe('slugify', () => {
  it('bỏ dấu tiếng Việt, đ → d, nối bằng gạch ngang', () => {
    expect(slugify('Quận Ba Đình phát động đợt thi đua lần thứ 26')).toBe(
      'quan-ba-dinh-phat-dong-dot-thi-dua-lan-thu-26',
    );
  });
});

describe('createPost', () => {
  it('soạn bản nháp với đường dẫn sinh từ tiêu đề; đường dẫn trùng được đánh số', async () => {
    const a = await createPost(env.ctx(officer.actor), input({ title: 'Tin trùng tên' }));
    const b = await createPost(env.ctx(officer.actor), input({ title: 'Tin trùng tên' }));
    expect(a).toMatchObject({ status: 'DRAFT', slug: 'tin-trung-ten', unitName: 'Quận Một', version: 1 });
    expect(b.slug).toBe('tin-trung-ten-2');
  });

  it('ghi nhật ký post.create', async () => {
    const p = await createPost(env.ctx(officer.actor), input({ title: 'Bài có nhật ký' }));
    const rows = await audits('post.create', p.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after).toMatchObject({ title: 'Bài có nhật ký', status: 'DRAFT' });
  });

  it('từ chối cán bộ đơn vị (không có quyền) và chuyên viên ngoài phạm vi; không ghi gì', async () => {
    const before = await postCount();
    await expectCode(createPost(env.ctx(clerk.actor), input()), 'FORBIDDEN');
    await expectCode(createPost(env.ctx(otherOfficer.actor), input()), 'OUT_OF_SCOPE');
    await expectCode(createPost(env.ctx(null), input()), 'UNAUTHENTICATED');
    expect(await postCount()).toBe(before);
  });

  it('dữ liệu sai: báo lỗi tiếng Việt theo trường, không ghi gì', async () => {
    const before = await postCount();
    const e = await expectCode(
      createPost(env.ctx(officer.actor), input({ title: '  ', categories: [], slug: 'Có Dấu' })),
      'VALIDATION_FAILED',
    );
    const paths = (e.details as { path: string; message: string }[]).map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'categories', 'slug']));
    expect(JSON.stringify(e.details)).toContain('Nhập tiêu đề.');
    expect(await postCount()).toBe(before);
  });

  it('liên kết tới đối tượng không tồn tại hoặc ảnh không có: VALIDATION_FAILED', async () => {
    await expectCode(
      createPost(env.ctx(officer.actor), input({ links: [{ kind: 'AWARD', targetId: newId() }] })),
      'VALIDATION_FAILED',
    );
    await expectCode(
      createPost(
        env.ctx(officer.actor),
        input({ body: [{ type: 'image', fileId: newId(), caption: 'Ảnh', alt: 'Ảnh' }] }),
      ),
      'VALIDATION_FAILED',
    );
  });

  it('đường dẫn chọn tay đã có: DUPLICATE_SLUG', async () => {
    await createPost(env.ctx(officer.actor), input({ slug: 'duong-dan-rieng' }));
    await expectCode(
      createPost(env.ctx(officer.actor), input({ slug: 'duong-dan-rieng' })),
      'DUPLICATE_SLUG',
    );
  });

  it('liên kết tới cá nhân được lưu kèm nhãn', async () => {
    const p = await createPost(
      env.ctx(officer.actor),
      input({ categories: ['GUONG_DIEN_HINH'], links: [{ kind: 'PERSON', targetId: person.id }] }),
    );
    expect(p.links).toEqual([{ kind: 'PERSON', targetId: person.id, label: person.fullName }]);
  });
});

describe('updatePost', () => {
  it('sửa bài, tăng phiên bản, ghi nhật ký trước/sau', async () => {
    const p = await createPost(env.ctx(officer.actor), input({ title: 'Trước khi sửa' }));
    const u = await updatePost(env.ctx(officer.actor), p.id, input({ title: 'Sau khi sửa', version: 1 }));
    expect(u).toMatchObject({ title: 'Sau khi sửa', version: 2, slug: p.slug });
    const rows = await audits('post.update', p.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.before).toMatchObject({ title: 'Trước khi sửa' });
    expect(rows[0]!.after).toMatchObject({ title: 'Sau khi sửa' });
  });

  it('phiên bản cũ: CONFLICT; chuyên viên ngoài phạm vi: OUT_OF_SCOPE; không đổi gì', async () => {
    const p = await createPost(env.ctx(officer.actor), input({ title: 'Bài xung đột' }));
    await updatePost(env.ctx(officer.actor), p.id, input({ title: 'Lần 1', version: 1 }));
    await expectCode(
      updatePost(env.ctx(officer.actor), p.id, input({ title: 'Lần 2', version: 1 })),
      'CONFLICT',
    );
    await expectCode(
      updatePost(env.ctx(otherOfficer.actor), p.id, input({ unitId: tree.other.id, title: 'X', version: 2 })),
      'OUT_OF_SCOPE',
    );
    expect((await getPost(env.ctx(officer.actor), p.id)).title).toBe('Lần 1');
  });
});

describe('publishPost / withdrawPost', () => {
  it('đăng ngay: trạng thái Đã đăng, ghi nhật ký post.publish', async () => {
    const p = await createPost(env.ctx(officer.actor), input({ title: 'Đăng ngay' }));
    const out = await publishPost(env.ctx(officer.actor), p.id, { version: 1 });
    expect(out.status).toBe('PUBLISHED');
    expect(out.publishAt).toBe(env.clock.now().toISOString());
    const rows = await audits('post.publish', p.id);
    expect(rows[0]!.after).toMatchObject({ status: 'PUBLISHED' });
  });

  it('hẹn giờ: thời điểm tương lai cho trạng thái Hẹn giờ đăng, lọc được theo trạng thái', async () => {
    const p = await createPost(env.ctx(officer.actor), input({ title: 'Hẹn giờ' }));
    const out = await publishPost(env.ctx(officer.actor), p.id, {
      version: 1,
      publishAt: '2026-10-05T01:00:00Z',
    });
    expect(out.status).toBe('SCHEDULED');
    const list = await listPosts(env.ctx(officer.actor), { status: 'SCHEDULED' });
    expect(list.items.map((i) => i.id)).toContain(p.id);
  });

  it('gỡ bài: Đã gỡ, ghi nhật ký post.withdraw; người không có quyền bị từ chối', async () => {
    const p = await createPost(env.ctx(officer.actor), input({ title: 'Sẽ gỡ' }));
    await publishPost(env.ctx(officer.actor), p.id, { version: 1 });
    await expectCode(withdrawPost(env.ctx(clerk.actor), p.id, { version: 2 }), 'FORBIDDEN');
    await expectCode(publishPost(env.ctx(otherOfficer.actor), p.id, { version: 2 }), 'OUT_OF_SCOPE');
    const out = await withdrawPost(env.ctx(officer.actor), p.id, { version: 2 });
    expect(out.status).toBe('WITHDRAWN');
    expect(await audits('post.withdraw', p.id)).toHaveLength(1);
  });

  it('thời điểm đăng sai định dạng: VALIDATION_FAILED', async () => {
    const p = await createPost(env.ctx(officer.actor), input({ title: 'Ngày sai' }));
    await expectCode(
      publishPost(env.ctx(officer.actor), p.id, { version: 1, publishAt: '28/02/2020' }),
      'VALIDATION_FAILED',
    );
    expect((await getPost(env.ctx(officer.actor), p.id)).status).toBe('DRAFT');
  });
});

describe('listPosts', () => {
  it('chỉ thấy bài của đơn vị trong phạm vi; tìm không dấu', async () => {
    const mine = await createPost(env.ctx(officer.actor), input({ title: 'Gương sáng Phường Bến Nghé' }));
    const theirs = await createPost(
      env.ctx(otherOfficer.actor),
      input({ unitId: tree.other.id, title: 'Gương sáng Quận Hai' }),
    );
    const list = await listPosts(env.ctx(officer.actor), { q: 'guong sang' });
    expect(list.items.map((i) => i.id)).toContain(mine.id);
    expect(list.items.map((i) => i.id)).not.toContain(theirs.id);
  });
});
