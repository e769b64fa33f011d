import { html, safeHref, type SafeHtml } from '../html';
import { PORTAL_NAME, renderLayout } from '../layout';
import type { HomeTeaser, PublicPostSummary } from '../presenters';
import { postCard } from './news';

export type { HomeTeaser };

/** The certificate verification box (home and /xac-minh). */
export function verifyBox(headingLevel: 2 | 1 = 2): SafeHtml {
  const h =
    headingLevel === 1
      ? html`<h1 id="xac-minh-tieu-de">Xác minh bằng khen, giấy khen</h1>`
      : html`<h2 id="xac-minh-tieu-de" style="margin-top:0">Xác minh bằng khen, giấy khen</h2>`;
  return html`<section class="verify" aria-labelledby="xac-minh-tieu-de">
    ${h}
    <p>
      Nhập mã xác minh in trên bằng khen, giấy khen (hoặc quét mã QR trên văn bản) để kiểm tra tính xác thực.
    </p>
    <form action="/xac-minh" method="get">
      <label for="ma-xac-minh">Mã xác minh</label>
      <input id="ma-xac-minh" name="ma" required maxlength="64" autocomplete="off" inputmode="text" />
      <p><button type="submit">Xác minh</button></p>
    </form>
  </section>`;
}

function teaserList(items: HomeTeaser[], empty: string): SafeHtml {
  if (!items.length) return html`<p>${empty}</p>`;
  return html`<ul>
    ${items.map(
      (t) =>
        html`<li><a href="${safeHref(t.href)}">${t.title}</a><br /><span class="meta">${t.meta}</span></li>`,
    )}
  </ul>`;
}

export function renderHome(input: {
  news: PublicPostSummary[];
  movements: HomeTeaser[];
  consultations: HomeTeaser[];
  decisions?: HomeTeaser[];
}): string {
  return renderLayout({
    title: PORTAL_NAME,
    description: 'Tin tức thi đua, khen thưởng; phong trào thi đua; lấy ý kiến nhân dân; xác minh bằng khen.',
    path: '/',
    section: 'home',
    main: html`<h1 class="sr-only">${PORTAL_NAME}</h1>
      <div style="display:grid;gap:1.5rem;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr))">
        <section aria-labelledby="tin-moi" style="grid-column:1/-1">
          <h2 id="tin-moi">Tin mới</h2>
          ${input.news.length ? html`<div class="grid">${input.news.map((p) => postCard(p, 3))}</div>` : html`<p>Chưa có bài viết nào.</p>`}
          <p><a href="/tin-tuc">Xem tất cả tin tức →</a></p>
        </section>
        <section aria-labelledby="phong-trao-mo" class="card">
          <h2 id="phong-trao-mo" style="margin-top:0">Phong trào thi đua đang diễn ra</h2>
          ${teaserList(input.movements, 'Hiện chưa có phong trào thi đua nào được công bố.')}
          <p><a href="/phong-trao">Tất cả phong trào →</a></p>
        </section>
        <section aria-labelledby="lay-y-kien-mo" class="card">
          <h2 id="lay-y-kien-mo" style="margin-top:0">Đang lấy ý kiến nhân dân</h2>
          ${teaserList(input.consultations, 'Hiện không có danh sách nào đang lấy ý kiến.')}
          <p><a href="/lay-y-kien">Tất cả đợt lấy ý kiến →</a></p>
        </section>
        <section aria-labelledby="quyet-dinh-moi" class="card">
          <h2 id="quyet-dinh-moi" style="margin-top:0">Quyết định khen thưởng mới</h2>
          ${teaserList(input.decisions ?? [], 'Chưa có quyết định khen thưởng nào được công bố.')}
          <p><a href="/quyet-dinh">Tất cả quyết định →</a></p>
        </section>
        ${verifyBox(2)}
      </div>`,
  });
}
