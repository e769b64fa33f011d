import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, apiRequest, buildQuery, setCsrfToken, setUnauthenticatedHandler } from './http';

interface Call {
  url: string;
  init: RequestInit;
}

function mockFetch(status: number, body: unknown): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return calls;
}

const headersOf = (c: Call) => c.init.headers as Record<string, string>;

beforeEach(() => {
  setCsrfToken('tok-123');
});
afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  setUnauthenticatedHandler(null);
});

describe('apiRequest', () => {
  it('gửi cookie cùng nguồn và không gửi mã CSRF với GET', async () => {
    const calls = mockFetch(200, { ok: true });
    await api.get('/units/tree', { asOf: '2020-02-27', q: '', x: undefined });
    expect(calls[0]!.url).toBe('/api/v1/units/tree?asOf=2020-02-27');
    expect(calls[0]!.init.credentials).toBe('same-origin');
    expect(headersOf(calls[0]!)['x-csrf-token']).toBeUndefined();
  });

  it('gửi x-csrf-token với mọi yêu cầu không phải GET', async () => {
    const calls = mockFetch(200, { id: 'u1' });
    await api.post('/units', { name: 'A' });
    await api.patch('/people/p1', { version: 1 });
    await api.put('/clusters/c1', {});
    for (const c of calls) {
      expect(headersOf(c)['x-csrf-token']).toBe('tok-123');
      expect(headersOf(c)['content-type']).toBe('application/json');
    }
    expect(calls.map((c) => c.init.method)).toEqual(['POST', 'PATCH', 'PUT']);
    expect(calls[0]!.init.body).toBe('{"name":"A"}');
  });

  it('gửi FormData nguyên dạng (multipart), vẫn kèm mã CSRF', async () => {
    const calls = mockFetch(202, { job: { id: 'j1' } });
    const fd = new FormData();
    fd.append('file', new Blob(['x']), 'a.xlsx');
    await apiRequest('/imports/people', { method: 'POST', body: fd });
    expect(calls[0]!.init.body).toBe(fd);
    expect(headersOf(calls[0]!)['content-type']).toBeUndefined();
    expect(headersOf(calls[0]!)['x-csrf-token']).toBe('tok-123');
  });

  it('chuyển lỗi { error, message, details } thành ApiError với thông điệp của máy chủ', async () => {
    mockFetch(409, { error: 'CONFLICT', message: 'Đã bị người khác sửa.' });
    const e = await api.patch('/people/p1', { version: 1 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).status).toBe(409);
    expect((e as ApiError).code).toBe('CONFLICT');
    expect((e as ApiError).message).toBe('Đã bị người khác sửa.');
  });

  it('dùng danh mục tiếng Việt khi máy chủ không gửi message', async () => {
    mockFetch(423, { error: 'ACCOUNT_LOCKED' });
    const e = (await api.post('/auth/login', {}).catch((x: unknown) => x)) as ApiError;
    expect(e.code).toBe('ACCOUNT_LOCKED');
    expect(e.message).toMatch(/tạm bị khóa/);
  });

  it('đọc details của VALIDATION_FAILED thành danh sách lỗi theo trường', async () => {
    mockFetch(400, {
      error: 'VALIDATION_FAILED',
      message: 'Dữ liệu gửi lên không hợp lệ.',
      details: [
        { path: 'fullName', message: 'Nhập họ và tên.' },
        { path: 'employment.unitId', message: 'Chọn đơn vị.' },
        { nonsense: true },
      ],
    });
    const e = (await api.post('/people', {}).catch((x: unknown) => x)) as ApiError;
    expect(e.fieldProblems).toEqual([
      { path: 'fullName', message: 'Nhập họ và tên.' },
      { path: 'employment.unitId', message: 'Chọn đơn vị.' },
    ]);
  });

  it('gọi trình xử lý 401 (về trang đăng nhập), trừ khi yêu cầu tự xử lý', async () => {
    const handler = vi.fn();
    setUnauthenticatedHandler(handler);
    mockFetch(401, { error: 'UNAUTHENTICATED', message: 'Bạn cần đăng nhập để tiếp tục.' });
    await api.get('/people').catch(() => {});
    expect(handler).toHaveBeenCalledTimes(1);
    await apiRequest('/auth/me', { allowUnauthenticated: true }).catch(() => {});
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('báo lỗi mạng bằng tiếng Việt', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    const e = (await api.get('/people').catch((x: unknown) => x)) as ApiError;
    expect(e.code).toBe('NETWORK_ERROR');
    expect(e.message).toMatch(/Không kết nối được máy chủ/);
  });

  it('trả về undefined cho 204', async () => {
    mockFetch(204, undefined);
    await expect(api.post('/auth/logout')).resolves.toBeUndefined();
  });
});

describe('buildQuery', () => {
  it('bỏ giá trị rỗng và mã hóa ký tự tiếng Việt', () => {
    expect(buildQuery({ q: 'Nguyễn', page: 2, unitId: null, sex: '' })).toBe('?q=Nguy%E1%BB%85n&page=2');
    expect(buildQuery({})).toBe('');
  });
});
