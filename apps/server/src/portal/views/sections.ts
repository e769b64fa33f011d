import { html, safeHref } from '../html';
import { renderLayout, type PortalSection as NavKey } from '../layout';
import type { HomeTeaser } from '../presenters';

const SECTIONS = {
  movements: {
    path: '/phong-trao',
    nav: 'movements',
    title: 'Phong trào thi đua',
    intro: 'Các phong trào, đợt thi đua do cơ quan, đơn vị phát động, với nội dung và tiến độ được công bố.',
    empty: 'Chưa có phong trào thi đua nào được công bố trên cổng.',
  },
  consultations: {
    path: '/lay-y-kien',
    nav: 'consultations',
    title: 'Lấy ý kiến nhân dân',
    intro:
      'Danh sách cá nhân, tập thể được đề nghị khen thưởng đang được công khai để lấy ý kiến. Mọi người có thể góp ý (ghi rõ họ tên, cách liên hệ) trong thời hạn công khai.',
    empty: 'Hiện không có danh sách nào đang lấy ý kiến.',
  },
  decisions: {
    path: '/quyet-dinh',
    nav: 'decisions',
    title: 'Quyết định khen thưởng',
    intro: 'Các quyết định khen thưởng đã được công bố.',
    empty: 'Chưa có quyết định khen thưởng nào được công bố trên cổng.',
  },
} as const satisfies Record<
  string,
  { path: string; nav: NavKey; title: string; intro: string; empty: string }
>;

export function renderSection(section: keyof typeof SECTIONS, items: HomeTeaser[]): string {
  const s = SECTIONS[section];
  return renderLayout({
    title: s.title,
    description: s.intro,
    path: s.path,
    section: s.nav,
    breadcrumbs: [{ href: '/', label: 'Trang chủ' }, { label: s.title }],
    main: html`<h1>${s.title}</h1>
      <p>${s.intro}</p>
      ${
        items.length
          ? html`<ul class="list">
              ${items.map(
                (i) =>
                  html`<li class="card" style="list-style:none;margin-bottom:.75rem">
                    <h2 style="font-size:1.1rem;margin:0"><a href="${safeHref(i.href)}">${i.title}</a></h2>
                    <p class="meta">${i.meta}</p>
                  </li>`,
              )}
            </ul>`
          : html`<p>${s.empty}</p>`
      }`,
  });
}
