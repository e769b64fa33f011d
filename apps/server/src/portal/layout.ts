import { html, raw, safeHref, type SafeHtml } from './html';

/** The portal's sections, in the header navigation. Other areas' public pages use the same layout. */
export const PORTAL_NAV = [
  { href: '/', label: 'Trang chủ', key: 'home' },
  { href: '/tin-tuc', label: 'Tin tức', key: 'news' },
  { href: '/phong-trao', label: 'Phong trào thi đua', key: 'movements' },
  { href: '/guong-dien-hinh', label: 'Gương điển hình', key: 'exemplars' },
  { href: '/lay-y-kien', label: 'Lấy ý kiến', key: 'consultations' },
  { href: '/quyet-dinh', label: 'Quyết định khen thưởng', key: 'decisions' },
  { href: '/xac-minh', label: 'Xác minh bằng khen', key: 'verify' },
] as const;
export type PortalSection = (typeof PORTAL_NAV)[number]['key'];

export const PORTAL_NAME = 'Cổng thông tin Thi đua – Khen thưởng';

export interface LayoutInput {
  /** The page's own title (the site name is appended). */
  title: string;
  description?: string;
  /** Path of the canonical URL (e.g. /tin-tuc/abc). */
  path?: string;
  section?: PortalSection;
  breadcrumbs?: { href?: string; label: string }[];
  main: SafeHtml;
  /** Extra <head> content (e.g. Open Graph for articles). Must be built with `html`. */
  head?: SafeHtml;
  /** Prefill for the header search box. */
  query?: string;
}

/** The small stylesheet inlined in every page (no extra request; ~3 KB gzipped with the page). */
export const PORTAL_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;font-size:1.0625rem;line-height:1.6;color:#1f1f1f;background:#fafafa}
a{color:#a8071a}
a:hover,a:focus{color:#5c0011}
:focus-visible{outline:3px solid #1d39c4;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;color:#a8071a;padding:.5rem 1rem;z-index:10}
.skip:focus{left:0}
.wrap{max-width:72rem;margin:0 auto;padding:0 1rem}
header.site{background:#a8071a;color:#fff}
header.site .top{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.75rem;padding:.75rem 0}
.brand{color:#fff;text-decoration:none;font-weight:700;font-size:1.25rem;line-height:1.3}
.brand small{display:block;font-weight:400;font-size:.85rem;opacity:.95}
.brand:hover,.brand:focus{color:#fff}
form.search{display:flex;gap:.25rem;flex:1 1 16rem;max-width:26rem}
form.search input{flex:1;min-width:0;padding:.5rem .75rem;border:1px solid #fff;border-radius:4px;font-size:1rem}
button,.btn{display:inline-block;padding:.5rem 1rem;border:1px solid #5c0011;border-radius:4px;background:#5c0011;color:#fff;font-size:1rem;cursor:pointer;text-decoration:none}
button:hover,.btn:hover{background:#3d000b;color:#fff}
nav.main{background:#820014}
nav.main ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap}
nav.main a{display:block;padding:.6rem .8rem;color:#fff;text-decoration:none}
nav.main a[aria-current]{background:#5c0011;text-decoration:underline}
nav.main a:hover,nav.main a:focus{background:#5c0011;color:#fff}
main{padding:1.25rem 0 2.5rem}
.crumbs ol{list-style:none;padding:0;margin:0 0 1rem;display:flex;flex-wrap:wrap;gap:.25rem;font-size:.9rem;color:#434343}
.crumbs li+li::before{content:"›";margin-right:.25rem}
h1{font-size:1.75rem;line-height:1.3;margin:.25rem 0 .75rem}
h2{font-size:1.35rem;line-height:1.35;margin:1.5rem 0 .5rem}
h3{font-size:1.1rem;margin:0 0 .25rem}
.grid{display:grid;gap:1.25rem;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr))}
.card{background:#fff;border:1px solid #e8e8e8;border-radius:6px;padding:1rem}
.card h3 a{text-decoration:none}
.card h3 a:hover{text-decoration:underline}
.meta{color:#434343;font-size:.9rem}
.tag{display:inline-block;background:#fff1f0;color:#820014;border-radius:3px;padding:0 .4rem;font-size:.85rem;margin-right:.25rem}
article.post{background:#fff;border:1px solid #e8e8e8;border-radius:6px;padding:1rem 1.25rem;max-width:48rem}
article.post .lead{font-weight:600}
figure{margin:1rem 0}
figure img{max-width:100%;height:auto;display:block;border-radius:4px}
figcaption{font-size:.9rem;color:#434343;font-style:italic;text-align:center;margin-top:.35rem}
.byline{text-align:right;font-weight:600}
.related{margin-top:1.5rem;padding-top:1rem;border-top:1px solid #e8e8e8}
.pager{display:flex;gap:1rem;margin-top:1.5rem}
.verify{background:#fff;border:2px solid #a8071a;border-radius:6px;padding:1rem}
.verify label,.form label{display:block;font-weight:600;margin:.5rem 0 .25rem}
.verify input,.form input,.form textarea{width:100%;padding:.5rem .75rem;border:1px solid #8c8c8c;border-radius:4px;font-size:1rem}
.hp,.sr-only{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0 0 1rem}
.facts div{display:contents}
.facts dt{font-weight:600}
.facts dd{margin:0}
.scroll{overflow-x:auto}
.notice{background:#f6ffed;border:1px solid #389e0d;padding:.75rem 1rem;border-radius:4px}
.error{background:#fff1f0;border:1px solid #a8071a;padding:.75rem 1rem;border-radius:4px}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #d9d9d9;padding:.4rem .6rem;text-align:left;vertical-align:top}
footer.site{background:#262626;color:#f0f0f0;padding:1.5rem 0;font-size:.95rem}
footer.site a{color:#fff}
@media (max-width:40rem){h1{font-size:1.45rem}.facts{grid-template-columns:1fr}.facts dd{margin-bottom:.4rem}nav.main a{padding:.5rem .6rem}}
`;

/** The shared page shell: skip link, header with search, navigation, breadcrumbs, main, footer; lang="vi". */
export function renderLayout(input: LayoutInput): string {
  const title = input.title === PORTAL_NAME ? PORTAL_NAME : `${input.title} | ${PORTAL_NAME}`;
  const crumbs = input.breadcrumbs?.length
    ? html`<nav class="crumbs" aria-label="Đường dẫn">
        <ol>
          ${input.breadcrumbs.map((c, i) =>
            c.href && i < input.breadcrumbs!.length - 1
              ? html`<li><a href="${safeHref(c.href)}">${c.label}</a></li>`
              : html`<li aria-current="page">${c.label}</li>`,
          )}
        </ol>
      </nav>`
    : '';
  return html`<!doctype html>
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        ${input.description ? html`<meta name="description" content="${input.description}" />` : ''}
        ${input.path ? html`<link rel="canonical" href="${input.path}" />` : ''}
        <link
          rel="alternate"
          type="application/rss+xml"
          title="Tin tức thi đua – khen thưởng"
          href="/rss.xml"
        />
        <meta name="theme-color" content="#a8071a" />
        ${input.head ?? ''}
        <style>
          ${raw(PORTAL_CSS)}
        </style>
      </head>
      <body>
        <a class="skip" href="#noi-dung">Bỏ qua để đến nội dung chính</a>
        <header class="site">
          <div class="wrap top">
            <a class="brand" href="/"
              >${PORTAL_NAME}<small>Vinh Danh — tôn vinh người tốt, việc tốt</small></a
            >
            <form class="search" role="search" action="/tim-kiem" method="get">
              <label for="q-top" class="sr-only">Tìm kiếm trên cổng</label>
              <input
                id="q-top"
                type="search"
                name="q"
                value="${input.query ?? ''}"
                placeholder="Tìm tin, phong trào, quyết định…"
                aria-label="Từ khóa tìm kiếm"
              />
              <button type="submit">Tìm</button>
            </form>
          </div>
          <nav class="main" aria-label="Chuyên mục chính">
            <ul class="wrap">
              ${PORTAL_NAV.map(
                (n) =>
                  html`<li>
                    <a href="${n.href}" ${input.section === n.key ? raw(' aria-current="page"') : ''}
                      >${n.label}</a
                    >
                  </li>`,
              )}
            </ul>
          </nav>
        </header>
        <main id="noi-dung" class="wrap" tabindex="-1">${crumbs} ${input.main}</main>
        <footer class="site">
          <div class="wrap">
            <p>
              <strong>${PORTAL_NAME}</strong> — thông tin về phong trào thi đua, khen thưởng, lấy ý kiến nhân
              dân và xác minh bằng khen, giấy khen.
            </p>
            <p>
              <a href="/rss.xml">Nhận tin qua RSS</a> · <a href="/sitemap.xml">Sơ đồ trang</a> ·
              <a href="/app/">Dành cho cán bộ (đăng nhập)</a>
            </p>
          </div>
        </footer>
      </body>
    </html>`.value;
}

/** A simple page with a heading and a message (not found, errors, confirmations). */
export function renderMessagePage(title: string, message: string, section?: PortalSection): string {
  return renderLayout({
    title,
    section,
    main: html`<h1>${title}</h1>
      <p>${message}</p>
      <p><a href="/">Về trang chủ</a></p>`,
  });
}
