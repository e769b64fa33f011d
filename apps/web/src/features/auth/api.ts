import { ZSessionInfo, type LoginInput, type SessionInfo } from '@vinhdanh/shared';
import { ApiError, apiRequest, setCsrfToken } from '../../lib/http';
import { checkContract } from '../../lib/contract';

/** The current session, or null when nobody is signed in. */
export async function fetchSession(): Promise<SessionInfo | null> {
  try {
    const s = await apiRequest<SessionInfo>('/auth/me', { allowUnauthenticated: true });
    checkContract(ZSessionInfo, s, 'GET /auth/me');
    setCsrfToken(s.csrfToken);
    return s;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export async function login(input: LoginInput): Promise<SessionInfo> {
  const s = await apiRequest<SessionInfo>('/auth/login', {
    method: 'POST',
    body: input,
    allowUnauthenticated: true,
  });
  checkContract(ZSessionInfo, s, 'POST /auth/login');
  setCsrfToken(s.csrfToken);
  return s;
}

export async function logout(everywhere: boolean): Promise<void> {
  try {
    await apiRequest<void>(everywhere ? '/auth/logout-all' : '/auth/logout', {
      method: 'POST',
      allowUnauthenticated: true,
    });
  } finally {
    setCsrfToken(null);
  }
}
