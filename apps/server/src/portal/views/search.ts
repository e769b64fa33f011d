import { formatVnDate, html, safeHref } from '../html';
import { renderLayout } from '../layout';
import type { SearchHit } from '../presenters';
import { truncate } from './news';

export function renderSearch(q: string, hits: SearchHit[]): string {
  return renderLayout({
    title: q ? `Tìm kiếm: ${q}` : 'Tìm kiếm',
    path: '/tim-kiem',
    query: q,
    breadcrumbs: [{ href: '/', label: 'Trang chủ' }, { label: 'Tìm kiếm' }],
    main: html`<h1>Tìm kiếm trên cổng</h1>
      <form action="/tim-kiem" method="get" class="form" role="search">
        <label for="q-page">Từ khóa (có dấu hoặc không dấu)</label>
        <input id="q-page" type="search" name="q" value="${q}" maxlength="200" />
        <p><button type="submit">Tìm</button></p>
      </form>
      ${
        q
          ? hits.length
            ? html`<p>Tìm thấy ${hits.length} kết quả cho “${q}”.</p>
                <ol class="results">
                  ${hits.map(
                    (h) =>
                      html`<li>
                        <h2 style="font-size:1.1rem;margin:.75rem 0 0">
                          <a href="${safeHref(h.href)}">${h.title}</a>
                        </h2>
                        <p class="meta">${h.kind}${h.date ? html` · ${formatVnDate(h.date)}` : ''}</p>
                        <p>${truncate(h.excerpt, 240)}</p>
                      </li>`,
                  )}
                </ol>`
            : html`<p>Không tìm thấy kết quả nào cho “${q}”.</p>`
          : ''
      }`,
  });
}
