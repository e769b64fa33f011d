import { NOTIFICATION_EMAIL_JOB, runNotificationEmailJob } from './services/notifications/email';
import type {} from './types';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger as Logger } from 'fastify';
import { ERROR_MESSAGES } from '@vinhdanh/shared';
import type { Config } from './config';
import type { Database } from './db/client';
import type { ServiceContext } from './context';
import type { Clock } from './lib/clock';
import { systemClock } from './lib/clock';
import { newId } from './lib/ids';
import type { Storage } from './storage/storage';
import { ServiceError } from './errors';
import { resolveSession } from './services/auth/sessions';
import { SESSION_COOKIE, authRoutes } from './routes/api/auth';
import { unitRoutes } from './routes/api/units';
import { peopleRoutes } from './routes/api/people';
import { adminRoutes } from './routes/api/admin';
import { rulesRoutes } from './routes/api/rules';
import { eligibilityRoutes } from './routes/api/eligibility';
import { movementRoutes } from './routes/api/movements';
import { councilRoutes } from './routes/api/councils';
import { decisionRoutes } from './routes/api/decisions';
import { reportRoutes } from './routes/api/reports';
import { registryRoutes } from './routes/api/registry';
import { verifyPageRoutes } from './routes/public/verify';
import { nominationRoutes } from './routes/api/nominations';
import { scoringRoutes } from './routes/api/scoring';
import { postRoutes } from './routes/api/posts';
import { portalRoutes } from './routes/portal';
import { renderMessagePage } from './portal/layout';
import { openApiDocument } from './routes/route';
import { JobWorker, type JobHandler } from './jobs/worker';
import { IMPORT_PEOPLE_JOB, runPeopleImport } from './services/imports/import-people';
import { IMPORT_AWARDS_JOB, runAwardsImport } from './services/imports/import-awards';
import { MOVEMENT_MILESTONE_JOB, runMilestoneJob } from './services/movements/milestone-jobs';

export const APP_VERSION = '0.1.0';
const here = path.dirname(fileURLToPath(import.meta.url));
export const WEB_DIST = path.resolve(here, '../../web/dist');

export interface AppDeps {
  config: Config;
  database: Database;
  storage: Storage;
  log: Logger;
  clock?: Clock;
  /** Start the background worker loop (off in tests, which drain jobs explicitly). */
  startWorker?: boolean;
}

/** The one way to build a ServiceContext: per HTTP request, job, CLI run, seed or test. */
export function createContext(
  deps: AppDeps,
  opts: { actor?: ServiceContext['actor']; requestId?: string | null; log?: ServiceContext['log'] } = {},
): ServiceContext {
  return {
    db: deps.database.db,
    read: deps.database.read,
    actor: opts.actor ?? null,
    requestId: opts.requestId ?? null,
    clock: deps.clock ?? systemClock,
    log: opts.log ?? deps.log,
    storage: deps.storage,
    config: deps.config,
    memo: new Map(),
  };
}

/** A context for work outside an HTTP request (jobs, CLI, seeding). */
export function systemContext(deps: AppDeps, actor: ServiceContext['actor'] = null): ServiceContext {
  return createContext(deps, { actor });
}

export function jobHandlers(deps: AppDeps): Record<string, JobHandler> {
  return {
    [IMPORT_PEOPLE_JOB]: (job, helpers) => runPeopleImport(systemContext(deps), job, helpers),
    [IMPORT_AWARDS_JOB]: (job, helpers) => runAwardsImport(systemContext(deps), job, helpers),
    [MOVEMENT_MILESTONE_JOB]: (job) => runMilestoneJob(systemContext(deps), job),
    [NOTIFICATION_EMAIL_JOB]: (job) => runNotificationEmailJob(systemContext(deps), job),
  };
}

export async function buildApp(deps: AppDeps): Promise<{ app: FastifyInstance; worker: JobWorker }> {
  const { config, database } = deps;
  const app = Fastify({
    loggerInstance: deps.log,
    genReqId: () => newId(),
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 2 * 1024 * 1024,
  });
  app.decorate('routeDefs', []);
  app.decorateRequest('ctx', null as unknown as ServiceContext);
  app.decorateRequest('sessionTokenHash', null);
  app.decorateRequest('csrfToken', null);

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: config.UPLOAD_MAX_MB * 1024 * 1024, files: 1 } });

  const worker = new JobWorker(database.db, jobHandlers(deps), deps.log, { pollMs: 1000 });

  // Authentication and CSRF: every /api route except those marked auth:false needs a live session;
  // every state-changing request must echo the session's CSRF token in x-csrf-token.
  app.addHook('preHandler', async (req) => {
    if (req.routeOptions.config?.anonymous === true) {
      // Secret-ballot cast: no session lookup (it would touch the account), no request id, no logger.
      req.ctx = createContext(deps, { requestId: null, log: req.log });
      return;
    }
    const ctx = createContext(deps, { requestId: String(req.id), log: req.log });
    req.ctx = ctx;
    const needsAuth = req.routeOptions.config?.auth !== false;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const s = await resolveSession(ctx, token);
      if (s) {
        ctx.actor = s.actor;
        req.sessionTokenHash = s.tokenHash;
        req.csrfToken = s.csrfToken;
        req.log = req.log.child({ actor: s.actor.username });
        ctx.log = req.log;
      }
    }
    if (!needsAuth || !req.url.startsWith('/api/')) return;
    if (!ctx.actor) throw new ServiceError('UNAUTHENTICATED');
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.headers['x-csrf-token'] !== req.csrfToken) {
      throw new ServiceError('CSRF_FAILED');
    }
  });

  app.setErrorHandler((err, req, reply) => {
    if (err instanceof ServiceError) {
      return reply.code(err.status).send({ error: err.code, message: err.message, details: err.details });
    }
    const e = err as { statusCode?: number; code?: string; validation?: unknown };
    if (e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return reply
        .code(400)
        .send({ error: 'VALIDATION_FAILED', message: 'Nội dung gửi lên không phải JSON hợp lệ.' });
    }
    if (e.code === 'FST_REQ_FILE_TOO_LARGE' || e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send({ error: 'FILE_TOO_LARGE', message: ERROR_MESSAGES.FILE_TOO_LARGE });
    }
    if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply
        .code(415)
        .send({ error: 'UNSUPPORTED_FILE_TYPE', message: 'Kiểu nội dung không được hỗ trợ.' });
    }
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
      return reply
        .code(e.statusCode)
        .send({ error: 'VALIDATION_FAILED', message: ERROR_MESSAGES.VALIDATION_FAILED });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send({ error: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL });
  });

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/')) {
      return reply.code(404).send({ error: 'NOT_FOUND', message: 'Không có địa chỉ API này.' });
    }
    if (req.url.startsWith('/app') && existsSync(path.join(WEB_DIST, 'index.html'))) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html', WEB_DIST);
    }
    return reply
      .code(404)
      .type('text/html; charset=utf-8')
      .send(renderMessagePage('Không tìm thấy trang', 'Địa chỉ bạn mở không tồn tại hoặc đã được chuyển.'));
  });

  // API
  app.get('/api/health', { config: { auth: false } }, async (_req, reply) => {
    try {
      await database.db.execute(sql`SELECT 1`);
      return { status: 'ok' };
    } catch {
      return reply.code(503).send({ status: 'unavailable', error: 'DATABASE_UNREACHABLE' });
    }
  });
  authRoutes(app);
  unitRoutes(app);
  peopleRoutes(app, () => worker.poke());
  adminRoutes(app);
  rulesRoutes(app);
  eligibilityRoutes(app);
  movementRoutes(app);
  councilRoutes(app);
  decisionRoutes(app);
  reportRoutes(app);
  registryRoutes(app);
  verifyPageRoutes(app);
  nominationRoutes(app);
  scoringRoutes(app);
  postRoutes(app);

  const document = openApiDocument(app.routeDefs, APP_VERSION);
  app.get('/api/v1/openapi.json', { config: { auth: false } }, async () => document);
  await app.register(swagger, { mode: 'static', specification: { document: document as never } });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });

  // Staff app (built by Vite) under /app; the portal lives at /.
  if (existsSync(WEB_DIST)) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      prefix: '/app/',
      wildcard: true,
      index: ['index.html'],
    });
  }
  app.get('/app', { config: { auth: false } }, async (_req, reply) => reply.redirect('/app/'));
  // The public portal (server-rendered) at /.
  portalRoutes(app);

  if (deps.startWorker) app.addHook('onReady', async () => worker.start());
  app.addHook('onClose', async () => worker.stop());
  return { app, worker };
}
