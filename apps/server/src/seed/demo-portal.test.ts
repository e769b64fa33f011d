import { describe, expect, it } from 'vitest';
import { systemContext } from '../app';
import { createTestApp } from '../test/harness';
import { seedDemo } from './seed-demo';
import { BA_DINH_2020_ARTICLE, BA_DINH_2020_SLUG, DEMO_CONSULTATION_TITLE } from './demo-portal';

const t = await createTestApp({ today: '2026-10-01' });
await seedDemo(systemContext(t.deps));

describe('bài viết mẫu năm 2020 trên cổng', () => {
  it('đăng đúng như bản gốc: tiêu đề, 28/02/2020 - 09:24, sapo "TĐKT -", chú thích ảnh, tác giả Cẩm Tú', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/tin-tuc/${BA_DINH_2020_SLUG}` });
    expect(res.statusCode).toBe(200);
    const b = res.body;
    expect(BA_DINH_2020_SLUG).toBe(
      'quan-ba-dinh-phat-dong-dot-thi-dua-cao-diem-chao-mung-dai-hoi-dang-bo-quan-lan-thu-26',
    );
    expect(b).toContain(
      '<h1>Quận Ba Đình phát động đợt thi đua cao điểm chào mừng Đại hội Đảng bộ quận lần thứ 26</h1>',
    );
    expect(b).toContain('28/02/2020 - 09:24');
    expect(b).toContain('datetime="2020-02-28T02:24:00.000Z"');
    expect(b).toMatch(/<p class="lead">TĐKT - Sáng 27\/2, quận Ba Đình tổ chức kỷ niệm 90 năm/);
    expect(b).toContain('<figcaption>Toàn cảnh Lễ kỷ niệm</figcaption>');
    expect(b).toContain('<p class="byline">Cẩm Tú</p>');
    expect(b).toContain('hoàn thành trước thời hạn…');
    for (const p of BA_DINH_2020_ARTICLE.paragraphs) expect(b).toContain(p.replace(/"/g, '&quot;'));
  });

  it('ảnh minh họa của bài là PNG phục vụ công khai', async () => {
    const page = (await t.app.inject({ method: 'GET', url: `/tin-tuc/${BA_DINH_2020_SLUG}` })).body;
    const src = /<img\s+src="(\/anh\/[0-9a-f-]+)"/.exec(page)?.[1];
    expect(src).toBeTruthy();
    const img = await t.app.inject({ method: 'GET', url: src! });
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
  });

  it('bản nháp mẫu không xuất hiện trên cổng; bài mẫu có trong RSS', async () => {
    const list = (await t.app.inject({ method: 'GET', url: '/tin-tuc' })).body;
    expect(list).toContain(BA_DINH_2020_SLUG);
    expect(list).not.toContain('bản nháp');
    const rss = (await t.app.inject({ method: 'GET', url: '/rss.xml' })).body;
    expect(rss).toContain('<dc:creator>Cẩm Tú</dc:creator>');
  });
});

describe('phong trào, lấy ý kiến mẫu trên cổng', () => {
  it('bài năm 2020 dẫn tới trang đợt thi đua; trang đợt thi đua dẫn lại bài viết', async () => {
    const article = (await t.app.inject({ method: 'GET', url: `/tin-tuc/${BA_DINH_2020_SLUG}` })).body;
    const href = /Phong trào: <a href="(\/phong-trao\/[a-z0-9-]+)"/.exec(article)?.[1];
    expect(href).toBeTruthy();
    const res = await t.app.inject({ method: 'GET', url: href! });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Đợt thi đua cao điểm chào mừng Đại hội Đảng bộ quận lần thứ 26');
    expect(res.body).toContain('Ngày phát động');
    expect(res.body).toContain('27/02/2020');
    expect(res.body).toContain('Nội dung thi đua và chỉ tiêu');
    expect(res.body).toContain('Tiến độ thực hiện');
    expect(res.body).toContain(`href="/tin-tuc/${BA_DINH_2020_SLUG}"`);
    const list = (await t.app.inject({ method: 'GET', url: '/phong-trao' })).body;
    expect(list).toContain(`href="${href}"`);
  });

  it('có một danh sách đang lấy ý kiến hôm nay, với biểu mẫu góp ý', async () => {
    const list = (await t.app.inject({ method: 'GET', url: '/lay-y-kien' })).body;
    expect(list).toContain(DEMO_CONSULTATION_TITLE.replace(/\(/g, '('));
    expect(list).toMatch(/Còn \d+ ngày nhận ý kiến/);
    const href = /href="(\/lay-y-kien\/[a-z0-9-]+)"/.exec(list)?.[1];
    const page = await t.app.inject({ method: 'GET', url: href! });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Gửi ý kiến');
    expect(page.body).toContain('Bằng khen');
    expect(page.headers['cache-control']).toBe('no-store');
    const home = (await t.app.inject({ method: 'GET', url: '/' })).body;
    expect(home).toContain(href!);
  });
});
