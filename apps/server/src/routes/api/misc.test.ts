import { describe, expect, it } from 'vitest';
import { buildActor, buildTree, createTestApp, login } from '../../test/harness';

const t = await createTestApp();

describe('API chung', () => {
  it('GET /api/health trả {status: "ok"} không cần đăng nhập', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('GET /api/v1/openapi.json liệt kê các đường dẫn API, không cần đăng nhập', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/people',
        '/api/v1/auth/login',
        '/api/v1/people/{id}',
        '/api/v1/units/tree',
      ]),
    );
    expect(doc.paths['/api/v1/auth/login'].post.security).toEqual([]);
    expect(doc.paths['/api/v1/people'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['q', 'page', 'pageSize', 'sort']),
    );
  });

  it('GET / là trang chủ cổng thông tin (HTML tiếng Việt), không chuyển hướng', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('<html lang="vi">');
  });

  it('đường dẫn /api không tồn tại: 404 JSON NOT_FOUND cho người đã đăng nhập (GET và POST)', async () => {
    const tree = await buildTree(t);
    const u = await buildActor(t, 'OFFICER', tree.province);
    const h = await login(t.app, u.username, u.password);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/khong-co', headers: h });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.json()).toMatchObject({ error: 'NOT_FOUND', message: 'Không có địa chỉ API này.' });
    const post = await t.app.inject({ method: 'POST', url: '/api/v1/khong-co', headers: h, payload: {} });
    expect(post.statusCode).toBe(404);
    expect(post.json().error).toBe('NOT_FOUND');
  });

  it('đường dẫn /api không tồn tại khi chưa đăng nhập: 401 JSON (không tiết lộ danh sách API)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/khong-co' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'UNAUTHENTICATED' });
  });

  it('trang không tồn tại ngoài /api: 404 HTML tiếng Việt', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/khong-co-trang-nay' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('Không tìm thấy trang');
  });

  it('JSON hỏng: 400 VALIDATION_FAILED, không lộ chi tiết kỹ thuật', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: 'VALIDATION_FAILED',
      message: 'Nội dung gửi lên không phải JSON hợp lệ.',
    });
    expect(res.body).not.toMatch(/stack|at .*\.js|SyntaxError/);
  });
});
