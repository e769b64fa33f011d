import { POST_CATEGORY_LABELS, POST_CATEGORY_SLUGS, type PostCategory } from '@vinhdanh/shared';
import { formatVnDateTime, html, raw, safeHref, type SafeHtml } from '../html';
import { renderLayout } from '../layout';
import type { PublicPost, PublicPostSummary } from '../presenters';

export function categoryTags(cats: PostCategory[]): SafeHtml {
  return html`${cats.map(
    (c) =>
      html`<a class="tag" href="/tin-tuc?chuyen-muc=${POST_CATEGORY_SLUGS[c]}"
        >${POST_CATEGORY_LABELS[c]}</a
      >`,
  )}`;
}

/** A news card (home, list, search). Headings start at `level`. */
export function postCard(p: PublicPostSummary, level: 2 | 3 = 3): SafeHtml {
  const heading =
    level === 2
      ? html`<h2 style="font-size:1.15rem;margin:0 0 .25rem"><a href="/tin-tuc/${p.slug}">${p.title}</a></h2>`
      : html`<h3><a href="/tin-tuc/${p.slug}">${p.title}</a></h3>`;
  return html`<article class="card">
    ${p.coverUrl ? html`<img src="${p.coverUrl}" alt="" loading="lazy" style="width:100%;height:auto;border-radius:4px" />` : ''}
    ${heading}
    <p class="meta">
      <time datetime="${p.publishAt.toISOString()}">${formatVnDateTime(p.publishAt)}</time> · ${p.unitName}
    </p>
    <p>${truncate(p.lead, 220)}</p>
    <p>${categoryTags(p.categories)}</p>
  </article>`;
}

export function truncate(s: string, n: number) {
  return s.length <= n ? s : `${s.slice(0, s.lastIndexOf(' ', n) > n / 2 ? s.lastIndexOf(' ', n) : n)}…`;
}

export function renderNewsList(input: {
  items: PublicPostSummary[];
  page: number;
  pageSize: number;
  total: number;
  category?: PostCategory;
  /** Navigation section to highlight (default: news). */
  section?: 'news' | 'exemplars';
}): string {
  const { items, page, pageSize, total, category } = input;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const title = category ? POST_CATEGORY_LABELS[category] : 'Tin tức';
  const qs = (p: number) =>
    `/tin-tuc?${category ? `chuyen-muc=${POST_CATEGORY_SLUGS[category]}&` : ''}trang=${p}`;
  return renderLayout({
    title: page > 1 ? `${title} — trang ${page}` : title,
    description: 'Tin tức thi đua, khen thưởng, phong trào thi đua và gương điển hình.',
    path: input.section === 'exemplars' ? '/guong-dien-hinh' : '/tin-tuc',
    section: input.section ?? 'news',
    breadcrumbs: [
      { href: '/', label: 'Trang chủ' },
      { href: '/tin-tuc', label: 'Tin tức' },
      ...(category ? [{ label: title }] : []),
    ],
    main: html`<h1>${title}</h1>
      <p>
        Chuyên mục: <a class="tag" href="/tin-tuc">Tất cả</a>${(
          Object.keys(POST_CATEGORY_LABELS) as PostCategory[]
        ).map(
          (c) =>
            html`<a
              class="tag"
              href="/tin-tuc?chuyen-muc=${POST_CATEGORY_SLUGS[c]}"
              ${c === category ? raw(' aria-current="page"') : ''}
              >${POST_CATEGORY_LABELS[c]}</a
            >`,
        )}
      </p>
      ${items.length ? html`<div class="grid">${items.map((p) => postCard(p, 2))}</div>` : html`<p>Chưa có bài viết nào.</p>`}
      ${
        pages > 1
          ? html`<nav class="pager" aria-label="Phân trang">
              ${page > 1 ? html`<a href="${qs(page - 1)}" rel="prev">← Trang trước</a>` : ''}
              <span>Trang ${page}/${pages}</span>
              ${page < pages ? html`<a href="${qs(page + 1)}" rel="next">Trang sau →</a>` : ''}
            </nav>`
          : ''
      }`,
  });
}

export function renderArticle(p: PublicPost): string {
  const published = p.publishAt.toISOString();
  const head = html`<meta property="og:type" content="article" />
    <meta property="og:title" content="${p.title}" />
    <meta property="og:description" content="${truncate(p.lead, 200)}" />
    <meta property="og:locale" content="vi_VN" />
    ${p.coverUrl ? html`<meta property="og:image" content="${p.coverUrl}" />` : ''}
    <meta property="article:published_time" content="${published}" />
    <meta property="article:author" content="${p.author}" />`;
  const movementLinks = p.links.filter((l) => l.kind === 'MOVEMENT');
  const otherLinks = p.links.filter((l) => l.kind !== 'MOVEMENT');
  return renderLayout({
    title: p.title,
    description: truncate(p.lead, 200),
    path: `/tin-tuc/${p.slug}`,
    section: 'news',
    head,
    breadcrumbs: [
      { href: '/', label: 'Trang chủ' },
      { href: '/tin-tuc', label: 'Tin tức' },
      { label: p.title },
    ],
    main: html`<article class="post">
        <header>
          <p>${categoryTags(p.categories)}</p>
          <h1>${p.title}</h1>
          <p class="meta">
            <time datetime="${published}">${formatVnDateTime(p.publishAt).replace(' ', ' - ')}</time> ·
            ${p.unitName}
          </p>
        </header>
        <p class="lead">${p.lead}</p>
        ${p.body.map((b) =>
          b.type === 'image'
            ? html`<figure>
                <img
                  src="${safeHref(b.url)}"
                  alt="${b.alt}"
                  loading="lazy"
                />${b.caption ? html`<figcaption>${b.caption}</figcaption>` : ''}
              </figure>`
            : b.type === 'h2'
              ? html`<h2>${b.text}</h2>`
              : html`<p>${b.text}</p>`,
        )}
        <p class="byline">${p.author}</p>
        ${
          movementLinks.length || otherLinks.length
            ? html`<aside class="related" aria-labelledby="lien-quan">
                <h2 id="lien-quan">Liên quan</h2>
                <ul>
                  ${movementLinks.map((l) =>
                    l.href
                      ? html`<li>Phong trào: <a href="${safeHref(l.href)}">${l.label}</a></li>`
                      : html`<li>Phong trào: ${l.label}</li>`,
                  )}
                  ${otherLinks.map((l) => (l.href ? html`<li><a href="${safeHref(l.href)}">${l.label}</a></li>` : html`<li>${l.label}</li>`))}
                </ul>
              </aside>`
            : ''
        }
      </article>
      <p><a href="/tin-tuc">← Tất cả tin tức</a></p>`,
  });
}
