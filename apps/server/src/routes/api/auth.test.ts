import { describe, expect, it } from 'vitest';
import { buildActor, buildTree, createTestApp, login } from '../../test/harness';

const t = await createTestApp();
const tree = await buildTree(t);
const user = await buildActor(t, 'OFFICER', tree.district);

describe('API xác thực', () => {
  it('đăng nhập đặt cookie phiên HttpOnly, SameSite và trả mã CSRF', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: user.username, password: user.password },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({
      username: user.username,
      roles: [{ role: 'OFFICER', unitName: 'Quận Một' }],
    });
    expect(body.csrfToken).toEqual(expect.any(String));
    const session = res.cookies.find((c) => c.name === 'vd_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(session.value.length).toBeGreaterThan(30);
    const csrf = res.cookies.find((c) => c.name === 'vd_csrf')!;
    expect(csrf.httpOnly).toBeFalsy();
    expect(csrf.value).toBe(body.csrfToken);
    expect(res.headers['set-cookie']!.toString()).toMatch(/vd_session=[^;]+;.*HttpOnly/i);
  });

  it('sai mật khẩu: 401 INVALID_CREDENTIALS, không đặt cookie', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: user.username, password: 'sai-roi' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({
      error: 'INVALID_CREDENTIALS',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
    expect(res.cookies.find((c) => c.name === 'vd_session')).toBeUndefined();
  });

  it('thân yêu cầu sai: 400 VALIDATION_FAILED với chi tiết tiếng Việt', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: '' } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error).toBe('VALIDATION_FAILED');
    expect(body.details).toEqual(
      expect.arrayContaining([{ path: 'username', message: 'Nhập tên đăng nhập.' }]),
    );
  });

  it('không có cookie: 401 UNAUTHENTICATED dạng JSON', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.json()).toMatchObject({ error: 'UNAUTHENTICATED', message: 'Bạn cần đăng nhập để tiếp tục.' });
    const people = await t.app.inject({ method: 'GET', url: '/api/v1/people' });
    expect(people.statusCode).toBe(401);
  });

  it('cookie giả: 401 UNAUTHENTICATED', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: 'vd_session=gia-mao' },
    });
    expect(res.statusCode).toBe(401);
  });

  it('/auth/me trả người dùng hiện tại và cùng mã CSRF', async () => {
    const h = await login(t.app, user.username, user.password);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: h.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { username: user.username }, csrfToken: h['x-csrf-token'] });
  });

  it('POST thiếu hoặc sai x-csrf-token: 403 CSRF_FAILED, không thay đổi gì', async () => {
    const h = await login(t.app, user.username, user.password);
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: h.cookie },
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toMatchObject({ error: 'CSRF_FAILED' });
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: h.cookie, 'x-csrf-token': 'sai' },
    });
    expect(wrong.statusCode).toBe(403);
    // the session is still alive
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: h.cookie } });
    expect(me.statusCode).toBe(200);
  });

  it('đăng xuất: 204, xóa cookie, phiên không dùng lại được', async () => {
    const h = await login(t.app, user.username, user.password);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: h });
    expect(res.statusCode).toBe(204);
    const cleared = res.cookies.find((c) => c.name === 'vd_session');
    expect(cleared?.value).toBe('');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: h.cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('đăng xuất mọi nơi: mọi phiên của tài khoản hết hiệu lực', async () => {
    const a = await login(t.app, user.username, user.password);
    const b = await login(t.app, user.username, user.password);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout-all', headers: a });
    expect(res.statusCode).toBe(204);
    for (const h of [a, b]) {
      const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: h.cookie } });
      expect(me.statusCode).toBe(401);
    }
  });
});
