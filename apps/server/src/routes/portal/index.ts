import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { POST_CATEGORY_SLUGS, type PostCategory } from '@vinhdanh/shared';
import { sendPortal } from '../../portal/cache';
import { renderMessagePage } from '../../portal/layout';
import { renderArticle, renderNewsList } from '../../portal/views/news';
import { renderHome } from '../../portal/views/home';
import { renderRss, renderSitemap } from '../../portal/views/feeds';
import { renderVerifyPage } from '../../portal/views/verify';
import { getPublicPost, listPublicPosts, publicPostsForFeeds } from '../../services/portal/public-posts';
import { publicImage } from '../../services/portal/public-images';
import { homeTeasers } from '../../services/portal/home';
import { searchPortal } from '../../services/portal/search';
import { renderSearch } from '../../portal/views/search';
import { sendPrivate } from '../../portal/cache';
import { renderMovement, renderMovementList } from '../../portal/views/movements';
import { renderDecision, renderDecisionList } from '../../portal/views/decisions';
import {
  renderConsultation,
  renderConsultationList,
  type FeedbackFormState,
} from '../../portal/views/consultations';
import { getPublicMovement, listPublicMovements } from '../../services/portal/public-movements';
import { getPublicDecision, listPublicDecisions } from '../../services/portal/public-decisions';
import { portalConsultations } from '../../services/portal/public-consultations';
import { getPublicConsultation, submitFeedback } from '../../services/consultations/public';
import { ServiceError } from '../../errors';
import type { FeedItem } from '../../portal/views/feeds';

const CATEGORY_BY_SLUG = new Map(
  (Object.entries(POST_CATEGORY_SLUGS) as [PostCategory, string][]).map(([k, v]) => [v, k]),
);

const anon = { config: { auth: false } };

/** Public base URL for feeds and sitemaps. */
export function originOf(req: FastifyRequest): string {
  const configured = req.ctx.config.PUBLIC_URL;
  if (configured) return configured.replace(/\/$/, '');
  return `${req.protocol}://${req.host}`;
}

const vnDay = (d: string) => new Date(`${d}T00:00:00+07:00`);

/** Feed entries besides posts: published movements, posted consultations, issued decisions (the latest 20 each). */
async function feedItems(req: FastifyRequest): Promise<FeedItem[]> {
  const [movements, consultations, decisions] = await Promise.all([
    listPublicMovements(req.ctx, { limit: 20 }),
    portalConsultations(req.ctx),
    listPublicDecisions(req.ctx, { pageSize: 20 }),
  ]);
  return [
    ...movements
      .filter((m) => m.launchDate)
      .map((m) => ({
        title: m.name,
        path: `/phong-trao/${m.slug}`,
        date: vnDay(m.launchDate!),
        description: `${m.kindLabel} do ${m.launchingUnitName} phát động.`,
        category: 'Phong trào thi đua',
      })),
    ...consultations.slice(0, 20).map((c) => ({
      title: c.title,
      path: `/lay-y-kien/${c.slug}`,
      date: vnDay(c.postedOn),
      description: `${c.ownerName} lấy ý kiến nhân dân đến hết ngày ${c.closesOn.split('-').reverse().join('/')}.`,
      category: 'Lấy ý kiến nhân dân',
    })),
    ...decisions.items
      .filter((d) => d.decidedOn)
      .map((d) => ({
        title: `Quyết định số ${d.numberText}: ${d.subject}`,
        path: d.href,
        date: vnDay(d.decidedOn!),
        description: `${d.issuerName} — ${d.subject}`,
        category: 'Quyết định khen thưởng',
      })),
  ];
}

function pageNumber(v: unknown): number {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

export function notFound(reply: FastifyReply, message = 'Trang bạn tìm không tồn tại hoặc đã được gỡ.') {
  return reply
    .code(404)
    .type('text/html; charset=utf-8')
    .send(renderMessagePage('Không tìm thấy trang', message));
}

/** The public portal at `/`: server-rendered, anonymous, cacheable (CDN + in-process cache). */
export function portalRoutes(app: FastifyInstance) {
  app.get('/', anon, async (req, reply) =>
    sendPortal(req, reply, async () => {
      const [news, teasers] = await Promise.all([
        listPublicPosts(req.ctx, { pageSize: 6 }),
        homeTeasers(req.ctx),
      ]);
      return { body: renderHome({ news: news.items, ...teasers }) };
    }),
  );

  app.get('/tin-tuc', anon, async (req, reply) =>
    sendPortal(req, reply, async () => {
      const q = req.query as Record<string, string | undefined>;
      const category = q['chuyen-muc'] ? CATEGORY_BY_SLUG.get(q['chuyen-muc']) : undefined;
      const list = await listPublicPosts(req.ctx, { page: pageNumber(q.trang), category });
      return { body: renderNewsList({ ...list, category }) };
    }),
  );

  app.get('/tin-tuc/:slug', anon, async (req, reply) =>
    sendPortal(req, reply, async () => {
      const post = await getPublicPost(req.ctx, (req.params as { slug: string }).slug);
      if (!post) {
        return {
          status: 404,
          body: renderMessagePage(
            'Không tìm thấy bài viết',
            'Bài viết không tồn tại hoặc đã được gỡ.',
            'news',
          ),
        };
      }
      return { body: renderArticle(post) };
    }),
  );

  app.get('/phong-trao', anon, async (req, reply) =>
    sendPortal(req, reply, async () => ({ body: renderMovementList(await listPublicMovements(req.ctx)) })),
  );

  app.get('/phong-trao/:slug', anon, async (req, reply) =>
    sendPortal(req, reply, async () => {
      const m = await getPublicMovement(req.ctx, (req.params as { slug: string }).slug);
      if (!m) {
        return {
          status: 404,
          body: renderMessagePage(
            'Không tìm thấy phong trào',
            'Phong trào không tồn tại hoặc chưa được công bố trên cổng.',
            'movements',
          ),
        };
      }
      return { body: renderMovement(m) };
    }),
  );

  app.get('/quyet-dinh', anon, async (req, reply) =>
    sendPortal(req, reply, async () => {
      const q = req.query as Record<string, string | undefined>;
      return { body: renderDecisionList(await listPublicDecisions(req.ctx, { page: pageNumber(q.trang) })) };
    }),
  );

  app.get('/quyet-dinh/:id', anon, async (req, reply) =>
    sendPortal(req, reply, async () => {
      const d = await getPublicDecision(req.ctx, (req.params as { id: string }).id);
      if (!d) {
        return {
          status: 404,
          body: renderMessagePage(
            'Không tìm thấy quyết định',
            'Quyết định không tồn tại hoặc chưa được ban hành.',
            'decisions',
          ),
        };
      }
      return { body: renderDecision(d) };
    }),
  );

  app.get('/lay-y-kien', anon, async (req, reply) =>
    sendPortal(req, reply, async () => ({
      body: renderConsultationList(await portalConsultations(req.ctx), req.ctx.clock.today()),
    })),
  );

  /** The consultation page carries a fresh signed form token, so it is never cached or shared. */
  const consultationPage = async (
    req: FastifyRequest,
    reply: FastifyReply,
    state: FeedbackFormState,
    status = 200,
  ) => {
    const slug = (req.params as { slug: string }).slug;
    try {
      const c = await getPublicConsultation(req.ctx, slug);
      return sendPrivate(reply, renderConsultation(c, req.ctx.clock.today(), state), status);
    } catch (e) {
      if (e instanceof ServiceError && e.code === 'NOT_FOUND')
        return sendPrivate(
          reply,
          renderMessagePage(
            'Không tìm thấy danh sách lấy ý kiến',
            'Danh sách không tồn tại hoặc chưa được công khai.',
            'consultations',
          ),
          404,
        );
      throw e;
    }
  };

  app.get('/lay-y-kien/:slug', anon, async (req, reply) =>
    consultationPage(req, reply, { sent: (req.query as { 'da-gui'?: string })['da-gui'] === '1' }),
  );

  // The feedback form without JavaScript: an ordinary form POST, answered by a redirect (303) to the page
  // with a confirmation, or by the page again with the Vietnamese error and the values kept.
  void app.register(async (forms) => {
    forms.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 32 * 1024 },
      (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );
    forms.post('/lay-y-kien/:slug', anon, async (req, reply) => {
      const slug = (req.params as { slug: string }).slug;
      const raw = (req.body ?? {}) as Record<string, unknown>;
      const str = (k: string) => (typeof raw[k] === 'string' ? (raw[k] as string) : undefined);
      const input = {
        name: str('name') ?? '',
        contact: str('contact') ?? '',
        content: str('content') ?? '',
        nominationId: str('nominationId') || null,
        website: str('website'),
        formToken: str('formToken'),
      };
      try {
        // A list past its window refuses with the same clear message whatever the form's age.
        const c = await getPublicConsultation(req.ctx, slug);
        if (!c.open)
          return consultationPage(
            req,
            reply,
            {
              error: `Đã hết thời gian nhận ý kiến (đến hết ngày ${c.closesOn.split('-').reverse().join('/')}). Danh sách này không nhận thêm ý kiến.`,
            },
            409,
          );
        await submitFeedback(req.ctx, slug, input, { ip: req.ip });
        return reply.redirect(`/lay-y-kien/${encodeURIComponent(slug)}?da-gui=1#gop-y`, 303);
      } catch (e) {
        if (!(e instanceof ServiceError) || e.code === 'NOT_FOUND') {
          if (e instanceof ServiceError) return consultationPage(req, reply, {}, 404);
          throw e;
        }
        const details = (e.details ?? []) as { path?: string; message?: string }[];
        const fieldErrors: Record<string, string> = {};
        if (Array.isArray(details))
          for (const d of details) if (d.path && d.message) fieldErrors[d.path] = d.message;
        return consultationPage(
          req,
          reply,
          {
            error: e.message,
            fieldErrors,
            values: {
              name: input.name,
              contact: input.contact,
              content: input.content,
              nominationId: input.nominationId ?? undefined,
            },
          },
          e.status,
        );
      }
    });
  });

  app.get('/guong-dien-hinh', anon, async (req, reply) =>
    sendPortal(req, reply, async () => {
      const q = req.query as Record<string, string | undefined>;
      const list = await listPublicPosts(req.ctx, { page: pageNumber(q.trang), category: 'GUONG_DIEN_HINH' });
      return { body: renderNewsList({ ...list, category: 'GUONG_DIEN_HINH', section: 'exemplars' }) };
    }),
  );

  app.get('/tim-kiem', anon, async (req, reply) =>
    sendPortal(req, reply, async () => {
      const q = String((req.query as { q?: unknown }).q ?? '')
        .trim()
        .slice(0, 200);
      return { body: renderSearch(q, q ? await searchPortal(req.ctx, q) : []) };
    }),
  );

  app.get('/rss.xml', anon, async (req, reply) =>
    sendPortal(req, reply, async () => {
      const [list, extra] = await Promise.all([publicPostsForFeeds(req.ctx, 50), feedItems(req)]);
      return {
        body: renderRss(originOf(req), list.items, extra),
        type: 'application/rss+xml; charset=utf-8',
      };
    }),
  );

  app.get('/sitemap.xml', anon, async (req, reply) =>
    sendPortal(req, reply, async () => {
      const list = await publicPostsForFeeds(req.ctx, 5000);
      const teasers = await homeTeasers(req.ctx, { all: true });
      const entries = [
        { path: '/' },
        { path: '/tin-tuc' },
        { path: '/phong-trao' },
        { path: '/lay-y-kien' },
        { path: '/guong-dien-hinh' },
        { path: '/quyet-dinh' },
        { path: '/xac-minh' },
        ...list.items.map((p) => ({ path: `/tin-tuc/${p.slug}`, lastmod: p.updatedAt })),
        ...teasers.movements.map((m) => ({ path: m.href })),
        ...teasers.consultations.map((c) => ({ path: c.href })),
        ...teasers.decisions.map((d) => ({ path: d.href })),
      ];
      return { body: renderSitemap(originOf(req), entries), type: 'application/xml; charset=utf-8' };
    }),
  );

  app.get('/xac-minh', anon, async (req, reply) => {
    const code = String((req.query as { ma?: string }).ma ?? '').trim();
    if (code) {
      if (!/^[A-Za-z0-9._-]{1,64}$/.test(code)) {
        return reply
          .code(400)
          .type('text/html; charset=utf-8')
          .send(renderVerifyPage('Mã xác minh không hợp lệ: chỉ gồm chữ, số và dấu gạch.'));
      }
      return reply.redirect(`/verify/${encodeURIComponent(code)}`);
    }
    return sendPortal(req, reply, async () => ({ body: renderVerifyPage() }));
  });

  app.get('/anh/:id', anon, async (req, reply) => {
    const img = await publicImage(req.ctx, (req.params as { id: string }).id);
    if (!img) return notFound(reply, 'Không tìm thấy ảnh.');
    const etag = `"${img.sha256.slice(0, 32)}"`;
    reply
      .header('cache-control', 'public, max-age=86400')
      .header('etag', etag)
      .header('x-content-type-options', 'nosniff');
    if (req.headers['if-none-match'] === etag) {
      img.stream.destroy();
      return reply.code(304).send();
    }
    return reply.type(img.contentType).header('content-length', img.size).send(img.stream);
  });
}
