import type { FastifyInstance } from 'fastify';
import { ZLoginInput, ZSessionInfo } from '@vinhdanh/shared';
import { ServiceError } from '../../errors';
import { login, logout, logoutEverywhere, presentUser } from '../../services/auth/sessions';
import { defineRoutes } from '../route';

export const SESSION_COOKIE = 'vd_session';
export const CSRF_COOKIE = 'vd_csrf';

export function authRoutes(app: FastifyInstance) {
  defineRoutes(app, [
    {
      method: 'POST',
      url: '/api/v1/auth/login',
      summary: 'Đăng nhập (đặt cookie phiên HttpOnly)',
      tags: ['Xác thực'],
      auth: false,
      body: ZLoginInput,
      response: ZSessionInfo,
      handler: async (req, reply, ctx) => {
        const { token, session } = await login(ctx, req.body, {
          ip: req.ip,
          userAgent: req.headers['user-agent'] ?? null,
        });
        const secure = ctx.config.cookieSecure;
        const maxAge = ctx.config.SESSION_TTL_HOURS * 3600;
        reply.setCookie(SESSION_COOKIE, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure,
          maxAge,
        });
        reply.setCookie(CSRF_COOKIE, session.csrfToken, {
          path: '/',
          httpOnly: false,
          sameSite: 'strict',
          secure,
          maxAge,
        });
        return session;
      },
    },
    {
      method: 'GET',
      url: '/api/v1/auth/me',
      summary: 'Người dùng hiện tại và mã chống giả mạo (CSRF)',
      tags: ['Xác thực'],
      response: ZSessionInfo,
      handler: async (req, _reply, ctx) => {
        if (!ctx.actor || !req.csrfToken) throw new ServiceError('UNAUTHENTICATED');
        return { user: await presentUser(ctx, ctx.actor), csrfToken: req.csrfToken };
      },
    },
    {
      method: 'POST',
      url: '/api/v1/auth/logout',
      summary: 'Đăng xuất phiên hiện tại',
      tags: ['Xác thực'],
      status: 204,
      handler: async (req, reply, ctx) => {
        await logout(ctx, req.sessionTokenHash!);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        reply.clearCookie(CSRF_COOKIE, { path: '/' });
        return null;
      },
    },
    {
      method: 'POST',
      url: '/api/v1/auth/logout-all',
      summary: 'Đăng xuất khỏi mọi thiết bị',
      tags: ['Xác thực'],
      status: 204,
      handler: async (_req, reply, ctx) => {
        await logoutEverywhere(ctx);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        reply.clearCookie(CSRF_COOKIE, { path: '/' });
        return null;
      },
    },
  ]);
}
