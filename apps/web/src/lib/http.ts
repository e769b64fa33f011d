import { messageForCode } from '../i18n';

/** A field-level validation problem as sent by the server with VALIDATION_FAILED. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** Any failed API call. `code` is the stable error code; `message` is what the user should read. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Field problems of a VALIDATION_FAILED answer (empty otherwise). */
  get fieldProblems(): FieldProblem[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.flatMap((d: unknown): FieldProblem[] => {
      if (typeof d !== 'object' || d === null) return [];
      const { path, message } = d as { path?: unknown; message?: unknown };
      if (typeof message !== 'string') return [];
      const p = Array.isArray(path) ? path.join('.') : typeof path === 'string' ? path : '';
      return [{ path: p, message }];
    });
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** Remembers the anti-forgery token from `/auth/me` or the login answer; sent on every non-GET request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}
export function getCsrfToken(): string | null {
  return csrfToken;
}
/** Called when any request (other than ones that opt out) answers 401. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON body (serialised) or FormData (sent as multipart). */
  body?: unknown;
  query?: Record<string, string | number | boolean | null | undefined>;
  /** Do not trigger the global "go to login" on 401 (used by the session probe and the login form). */
  allowUnauthenticated?: boolean;
  signal?: AbortSignal;
}

export function buildQuery(query: RequestOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (body && typeof body === 'object' && 'error' in body) {
    const b = body as { error: unknown; message?: unknown; details?: unknown };
    const code = typeof b.error === 'string' ? b.error : 'UNKNOWN';
    const message = typeof b.message === 'string' && b.message ? b.message : messageForCode(code);
    return new ApiError(res.status, code, message, b.details);
  }
  const code =
    res.status === 401
      ? 'UNAUTHENTICATED'
      : res.status === 403
        ? 'FORBIDDEN'
        : res.status === 404
          ? 'NOT_FOUND'
          : 'INTERNAL';
  return new ApiError(res.status, code, messageForCode(code));
}

/** fetch wrapper for `/api/v1`: same-origin cookies, CSRF header on writes, typed errors. */
export async function apiRequest<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData) {
    body = opts.body;
  } else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(`/api/v1${path}${buildQuery(opts.query)}`, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK_ERROR', messageForCode('NETWORK_ERROR'));
  }
  if (!res.ok) {
    const err = await toApiError(res);
    if (res.status === 401 && !opts.allowUnauthenticated) onUnauthenticated?.();
    throw err;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError(res.status, 'BAD_RESPONSE', messageForCode('BAD_RESPONSE'));
  }
}

export const api = {
  get: <T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal) =>
    apiRequest<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body }),
  put: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  delete: <T>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
};

/** The message to show for any thrown value. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message || messageForCode(e.code);
  return messageForCode('UNKNOWN');
}
