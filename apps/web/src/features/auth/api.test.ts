import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, getCsrfToken, setCsrfToken } from '../../lib/http';
import { fetchSession, login, logout } from './api';

const session = {
  user: { id: 'a1', username: 'admin', fullName: 'Quản trị hệ thống', roles: [] },
  csrfToken: 'csrf-from-server',
};

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('phiên đăng nhập và mã CSRF', () => {
  it('GET /auth/me lưu mã CSRF, các yêu cầu ghi sau đó gửi kèm', async () => {
    const seen: Record<string, string>[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        seen.push(init.headers as Record<string, string>);
        return new Response(JSON.stringify(url.endsWith('/auth/me') ? session : { ok: true }), {
          status: 200,
        });
      }),
    );
    await expect(fetchSession()).resolves.toEqual(session);
    expect(getCsrfToken()).toBe('csrf-from-server');
    await api.post('/units', {});
    expect(seen[1]!['x-csrf-token']).toBe('csrf-from-server');
  });

  it('chưa đăng nhập (401) thì trả về null, không ném lỗi', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () => new Response(JSON.stringify({ error: 'UNAUTHENTICATED', message: 'x' }), { status: 401 }),
      ),
    );
    await expect(fetchSession()).resolves.toBeNull();
    expect(getCsrfToken()).toBeNull();
  });

  it('đăng nhập lưu mã CSRF mới; đăng xuất xóa mã', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url.endsWith('/auth/login')
          ? new Response(JSON.stringify(session), { status: 200 })
          : new Response(null, { status: 204 }),
      ),
    );
    await login({ username: 'admin', password: 'mat-khau-dai' });
    expect(getCsrfToken()).toBe('csrf-from-server');
    await logout(true);
    expect(getCsrfToken()).toBeNull();
    expect(vi.mocked(fetch).mock.calls[1]![0]).toBe('/api/v1/auth/logout-all');
  });
});
