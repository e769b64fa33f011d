import { describe, expect, it } from 'vitest';
import { systemContext } from '../app';
import { createTestApp } from '../test/harness';
import { seedDemo } from './seed-demo';
import { BA_DINH_2020_ARTICLE, BA_DINH_2020_SLUG } from './demo-portal';

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
