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
import { renderSection } from '../../portal/views/sections';
import { sectionItems } from '../../services/portal/providers';

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

  const sections = [
    ['movements', '/phong-trao'],
    ['consultations', '/lay-y-kien'],
    ['decisions', '/quyet-dinh'],
  ] as const;
  for (const [section, path] of sections) {
    app.get(path, anon, async (req, reply) =>
      sendPortal(req, reply, async () => ({
        body: renderSection(section, await sectionItems(req.ctx, section, { open: false, limit: 500 })),
      })),
    );
  }

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
      const list = await publicPostsForFeeds(req.ctx, 50);
      return { body: renderRss(originOf(req), list.items), type: 'application/rss+xml; charset=utf-8' };
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
