import type { FastifyInstance } from 'fastify';
import { ServiceError } from '../../errors';
import { verifyAward } from '../../services/registry/verify';
import {
  renderVerifyError,
  renderVerifyForm,
  renderVerifyNotFound,
  renderVerifyPage,
} from '../../pages/verify-page';

/**
 * /verify/:code — the QR target: a server-rendered Vietnamese page that works without JavaScript.
 * Unknown code → 404 page; revoked → the revoked page (200, it is a true answer); failures → a plain 500 page.
 */
export function verifyPageRoutes(app: FastifyInstance) {
  app.get('/verify', { config: { auth: false } }, async (req, reply) => {
    const code = String((req.query as { code?: string }).code ?? '').trim();
    if (code) return reply.redirect(`/verify/${encodeURIComponent(code)}`);
    return reply.type('text/html; charset=utf-8').send(renderVerifyForm());
  });
  app.get('/verify/:code', { config: { auth: false } }, async (req, reply) => {
    const code = (req.params as { code: string }).code;
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
    try {
      return reply.send(renderVerifyPage(await verifyAward(req.ctx, code)));
    } catch (e) {
      if (e instanceof ServiceError && e.code === 'NOT_FOUND')
        return reply.code(404).send(renderVerifyNotFound(code));
      req.log.error({ err: e }, 'verify page failed');
      return reply.code(500).send(renderVerifyError());
    }
  });
}
