import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { persons } from '../../db/schema';
import { buildActor, buildPerson, buildTree, createTestApp, login } from '../../test/harness';
import { ceremonyPng } from '../../seed/demo-portal';

const t = await createTestApp({ today: '2026-10-01' });
const tree = await buildTree(t);
const officer = await buildActor(t, 'OFFICER', tree.district);
const h = await login(t.app, officer.username, officer.password);
const person = await buildPerson(t, { unit: tree.ward, nationalId: '001080012345' });
await t.database.db
  .update(persons)
  .set({ email: 'bi.mat@example.vn', phone: '0912345678' })
  .where(eq(persons.id, person.id));

async function api(method: 'POST' | 'PUT', url: string, payload: unknown) {
  const res = await t.app.inject({ method, url, headers: h, payload: payload as object });
  if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

async function uploadImage() {
  const boundary = '----vd';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="le.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    ceremonyPng(32, 18),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/posts/images',
    headers: { ...h, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { fileId: string; url: string };
}

const img = await uploadImage();
const article = await api('POST', '/api/v1/posts', {
  unitId: tree.district.id,
  title: 'Quận Một phát động đợt thi đua cao điểm',
  lead: 'TĐKT - Sáng 27/2, Quận Một tổ chức lễ kỷ niệm.',
  body: [
    { type: 'image', fileId: img.fileId, caption: 'Toàn cảnh Lễ kỷ niệm', alt: 'Toàn cảnh buổi lễ' },
    { type: 'p', text: 'Tại buổi lễ, các đại biểu đã ôn lại chặng đường 90 năm.' },
  ],
  author: 'Cẩm Tú',
  categories: ['TIN_TUC', 'PHONG_TRAO'],
  links: [{ kind: 'PERSON', targetId: person.id }],
});
// The person agreed to every public field: even so, no CCCD, date of birth or contact data may appear.
await api('POST', '/api/v1/exemplar-consents', {
  personId: person.id,
  consentedOn: '2026-09-01',
  scope: 'Nêu gương trên cổng',
  fields: ['FULL_NAME', 'UNIT', 'POSITION', 'AWARDS', 'STORY'],
});
await api('POST', `/api/v1/posts/${article.id}/publish`, { version: 1, publishAt: '2020-02-28T02:24:00Z' });

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });

describe('trang bài viết /tin-tuc/:slug', () => {
  it('hiển thị tiêu đề, ngày giờ Việt Nam, sapo, ảnh có chú thích, tác giả', async () => {
    const res = await get(`/tin-tuc/${article.slug}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html; charset=utf-8/);
    const b = res.body;
    expect(b).toContain('<h1>Quận Một phát động đợt thi đua cao điểm</h1>');
    expect(b).toContain('28/02/2020 - 09:24');
    expect(b).toContain('datetime="2020-02-28T02:24:00.000Z"');
    expect(b).toContain('TĐKT - Sáng 27/2');
    expect(b).toMatch(
      /<figure>\s*<img\s+src="\/anh\/[0-9a-f-]+"\s+alt="Toàn cảnh buổi lễ"[^>]*>\s*<figcaption>Toàn cảnh Lễ kỷ niệm<\/figcaption>\s*<\/figure>/,
    );
    expect(b).toContain('<p class="byline">Cẩm Tú</p>');
  });

  it('khung trang tiếp cận được: lang="vi", liên kết bỏ qua, landmark, một h1, ô tìm kiếm có nhãn', async () => {
    const b = (await get(`/tin-tuc/${article.slug}`)).body;
    expect(b).toContain('<html lang="vi">');
    expect(b).toContain('<a class="skip" href="#noi-dung">');
    expect(b).toMatch(
      /<header class="site">[\s\S]*<nav class="main" aria-label="Chuyên mục chính">[\s\S]*<main id="noi-dung"[\s\S]*<footer class="site">/,
    );
    expect(b.match(/<h1[ >]/g)).toHaveLength(1);
    expect(b).toContain('<label for="q-top"');
    expect(b).not.toMatch(/<script/);
  });

  it('không lộ CCCD, ngày sinh, email, số điện thoại của người được nêu gương (kể cả khi đồng ý mọi thông tin)', async () => {
    for (const url of [`/tin-tuc/${article.slug}`, '/', '/tin-tuc', '/rss.xml', '/sitemap.xml']) {
      const b = (await get(url)).body;
      if (url.startsWith('/tin-tuc/'))
        expect(b.slice(b.indexOf('class="byline"'))).toContain(person.fullName);
      for (const secret of [
        '001080012345',
        '1980-05-01',
        '01/05/1980',
        'bi.mat@example.vn',
        '0912345678',
        person.id,
      ]) {
        expect(b, `${url} chứa ${secret}`).not.toContain(secret);
      }
    }
  });

  it('ảnh của bài đã đăng phục vụ công khai; có ETag và Cache-Control', async () => {
    const res = await get(img.url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.rawPayload.subarray(1, 4).toString()).toBe('PNG');
  });

  it('ETag và Cache-Control cho CDN; If-None-Match trả 304', async () => {
    const res = await get(`/tin-tuc/${article.slug}`);
    expect(res.headers['cache-control']).toMatch(/public, max-age=\d+/);
    expect(res.headers.etag).toMatch(/^W\/".+"$/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    const again = await get(`/tin-tuc/${article.slug}`, { 'if-none-match': String(res.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('đường dẫn không có: 404 HTML tiếng Việt trong khung cổng', async () => {
    const res = await get('/tin-tuc/khong-co-bai-nay');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Không tìm thấy bài viết');
    expect(res.body).toContain('<html lang="vi">');
    expect((await get('/tin-tuc/%3Cscript%3E')).statusCode).toBe(404);
  });
});

describe('bản nháp, hẹn giờ, gỡ bài, sửa bài', () => {
  it('bản nháp và bài hẹn giờ chưa đến giờ không xuất hiện (trang, danh sách, RSS, sitemap, ảnh)', async () => {
    const img2 = await uploadImage();
    const draft = await api('POST', '/api/v1/posts', {
      unitId: tree.district.id,
      title: 'Bản nháp bí mật',
      lead: 'Chưa đăng.',
      body: [{ type: 'image', fileId: img2.fileId, caption: '', alt: 'Ảnh nháp' }],
      author: 'A',
      categories: ['TIN_TUC'],
    });
    const sched = await api('POST', '/api/v1/posts', {
      unitId: tree.district.id,
      title: 'Bài hẹn giờ tương lai',
      lead: 'Sẽ đăng sau.',
      author: 'B',
      categories: ['TIN_TUC'],
    });
    await api('POST', `/api/v1/posts/${sched.id}/publish`, { version: 1, publishAt: '2026-12-01T00:00:00Z' });
    expect((await get(`/tin-tuc/${draft.slug}`)).statusCode).toBe(404);
    expect((await get(`/tin-tuc/${sched.slug}`)).statusCode).toBe(404);
    expect((await get(img2.url)).statusCode).toBe(404);
    for (const url of ['/', '/tin-tuc', '/rss.xml', '/sitemap.xml']) {
      const b = (await get(url)).body;
      expect(b).not.toContain('Bản nháp bí mật');
      expect(b).not.toContain(sched.slug);
    }
  });

  it('sửa bài đã đăng: trang đổi ngay trên nút này (bộ nhớ đệm được xóa)', async () => {
    const p = await api('POST', '/api/v1/posts', {
      unitId: tree.district.id,
      title: 'Tiêu đề cũ',
      lead: 'Sapo.',
      author: 'C',
      categories: ['TIN_TUC'],
    });
    await api('POST', `/api/v1/posts/${p.id}/publish`, { version: 1 });
    expect((await get(`/tin-tuc/${p.slug}`)).body).toContain('Tiêu đề cũ');
    await api('PUT', `/api/v1/posts/${p.id}`, {
      unitId: tree.district.id,
      title: 'Tiêu đề mới',
      lead: 'Sapo.',
      author: 'C',
      categories: ['TIN_TUC'],
      version: 2,
    });
    expect((await get(`/tin-tuc/${p.slug}`)).body).toContain('Tiêu đề mới');
    await api('POST', `/api/v1/posts/${p.id}/withdraw`, { version: 3 });
    expect((await get(`/tin-tuc/${p.slug}`)).statusCode).toBe(404);
  });

  it('mọi nội dung người soạn nhập đều được thoát HTML', async () => {
    const p = await api('POST', '/api/v1/posts', {
      unitId: tree.district.id,
      title: 'Tin <script>alert(1)</script> & "trích"',
      lead: '<img src=x onerror=alert(1)>',
      body: [{ type: 'p', text: '</p><script>alert(2)</script>' }],
      author: '<b>Tác giả</b>',
      categories: ['TIN_TUC'],
    });
    await api('POST', `/api/v1/posts/${p.id}/publish`, { version: 1 });
    const b = (await get(`/tin-tuc/${p.slug}`)).body;
    expect(b).not.toContain('<script>alert');
    expect(b).not.toContain('<img src=x');
    expect(b).toContain('Tin &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;trích&quot;');
    expect(b).toContain('&lt;b&gt;Tác giả&lt;/b&gt;');
    const rss = (await get('/rss.xml')).body;
    expect(rss).not.toContain('<script>');
    expect(rss).toContain('&lt;script&gt;');
  });
});

describe('trang chủ, danh sách, RSS, sitemap', () => {
  it('trang chủ có tin mới và ô xác minh bằng khen', async () => {
    const b = (await get('/')).body;
    expect(b).toContain('Tin mới');
    expect(b).toContain(`href="/tin-tuc/${article.slug}"`);
    expect(b).toContain('action="/xac-minh"');
  });

  it('danh sách lọc theo chuyên mục', async () => {
    const b = (await get('/tin-tuc?chuyen-muc=phong-trao-thi-dua')).body;
    expect(b).toContain(`/tin-tuc/${article.slug}`);
    expect(b).not.toContain('Tiêu đề mới');
    const none = (await get('/tin-tuc?chuyen-muc=guong-dien-hinh')).body;
    expect(none).not.toContain(`/tin-tuc/${article.slug}`);
  });

  it('RSS 2.0 có bài với liên kết tuyệt đối và pubDate', async () => {
    const res = await get('/rss.xml');
    expect(res.headers['content-type']).toMatch(/application\/rss\+xml/);
    expect(res.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    expect(res.body).toContain(`<link>http://localhost:80/tin-tuc/${article.slug}</link>`);
    expect(res.body).toContain('<pubDate>Fri, 28 Feb 2020 02:24:00 GMT</pubDate>');
  });

  it('sitemap.xml liệt kê trang chủ và bài đã đăng', async () => {
    const res = await get('/sitemap.xml');
    expect(res.headers['content-type']).toMatch(/application\/xml/);
    expect(res.body).toContain('<loc>http://localhost:80/</loc>');
    expect(res.body).toContain(`<loc>http://localhost:80/tin-tuc/${article.slug}</loc>`);
  });

  it('/xac-minh?ma= chuyển tới trang xác minh của sổ khen thưởng; mã lạ bị từ chối', async () => {
    const ok = await get('/xac-minh?ma=ABC-123');
    expect(ok.statusCode).toBe(302);
    expect(ok.headers.location).toBe('/verify/ABC-123');
    const bad = await get('/xac-minh?ma=%3Cx%3E');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Mã xác minh không hợp lệ');
    expect(bad.body).not.toContain('<x>');
  });
});

describe('tìm kiếm trên cổng /tim-kiem', () => {
  it('tìm không dấu ra bài đã đăng; không ra bản nháp', async () => {
    const b = (await get('/tim-kiem?q=quan+mot+phat+dong')).body;
    expect(b).toContain(`href="/tin-tuc/${article.slug}"`);
    expect(b).toContain('Tìm thấy');
    const draft = (await get('/tim-kiem?q=ban+nhap+bi+mat')).body;
    expect(draft).toContain('Không tìm thấy kết quả nào');
  });

  it('từ khóa được thoát HTML và ký tự LIKE không làm khớp tất cả', async () => {
    const b = (await get('/tim-kiem?q=%3Cscript%3Ex%3C%2Fscript%3E')).body;
    expect(b).not.toContain('<script>x');
    expect(b).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect((await get('/tim-kiem?q=%25%25')).body).toContain('Không tìm thấy kết quả nào');
  });
});

describe('các chuyên mục trong thanh điều hướng', () => {
  it('mọi mục trên thanh điều hướng mở được (200, HTML tiếng Việt), mục đang xem được đánh dấu', async () => {
    for (const [url, label] of [
      ['/phong-trao', 'Phong trào thi đua'],
      ['/lay-y-kien', 'Lấy ý kiến'],
      ['/quyet-dinh', 'Quyết định khen thưởng'],
      ['/guong-dien-hinh', 'Gương điển hình'],
      ['/xac-minh', 'Xác minh bằng khen'],
    ] as const) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toMatch(new RegExp(`<a href="${url}"\\s+aria-current="page"\\s*>${label}</a`));
    }
  });

  it('/guong-dien-hinh liệt kê bài gương điển hình đã đăng, không liệt kê tin thường', async () => {
    const b = (await get('/guong-dien-hinh')).body;
    expect(b).toContain('<h1>Gương điển hình</h1>');
    expect(b).not.toContain(`/tin-tuc/${article.slug}`);
  });
});
