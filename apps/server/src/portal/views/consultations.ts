import type { PublicConsultation, PublicConsultationDetail } from '@vinhdanh/shared';
import { formatLegal, html, raw, type SafeHtml } from '../html';
import { renderLayout } from '../layout';
import { windowLabel } from '../../services/portal/public-consultations';

function windowText(c: PublicConsultation) {
  return `Từ ngày ${formatLegal(c.postedOn)} đến hết ngày ${formatLegal(c.closesOn)}`;
}

function consultationCard(c: PublicConsultation, today: string): SafeHtml {
  return html`<li class="card" style="list-style:none;margin-bottom:.75rem">
    <h2 style="font-size:1.15rem;margin:0"><a href="/lay-y-kien/${c.slug}">${c.title}</a></h2>
    <p class="meta">
      <span class="tag">${windowLabel(c, today)}</span> ${c.ownerName} · ${windowText(c)} · ${c.nomineeCount}
      cá nhân, tập thể
    </p>
  </li>`;
}

/** /lay-y-kien: open consultations first, with their windows and the days left. */
export function renderConsultationList(list: PublicConsultation[], today: string): string {
  const open = list.filter((c) => c.open);
  const closed = list.filter((c) => !c.open);
  return renderLayout({
    title: 'Lấy ý kiến nhân dân',
    description:
      'Danh sách cá nhân, tập thể được đề nghị khen thưởng đang được công khai để lấy ý kiến nhân dân.',
    path: '/lay-y-kien',
    section: 'consultations',
    breadcrumbs: [{ href: '/', label: 'Trang chủ' }, { label: 'Lấy ý kiến nhân dân' }],
    main: html`<h1>Lấy ý kiến nhân dân</h1>
      <p>
        Danh sách cá nhân, tập thể được đề nghị khen thưởng được công khai để lấy ý kiến. Mọi người có thể góp
        ý (ghi rõ họ tên và cách liên hệ) trong thời hạn công khai.
      </p>
      <h2>Đang lấy ý kiến</h2>
      ${
        open.length
          ? html`<ul style="padding:0">
              ${open.map((c) => consultationCard(c, today))}
            </ul>`
          : html`<p>Hiện không có danh sách nào đang lấy ý kiến.</p>`
      }
      ${
        closed.length
          ? html`<h2>Đã kết thúc</h2>
              <ul style="padding:0">
                ${closed.map((c) => consultationCard(c, today))}
              </ul>`
          : ''
      }`,
  });
}

export interface FeedbackFormState {
  /** Set after a successful POST (redirected with ?da-gui=1). */
  sent?: boolean;
  /** Vietnamese error of a refused POST, with per-field messages. */
  error?: string;
  fieldErrors?: Record<string, string>;
  values?: { name?: string; contact?: string; content?: string; nominationId?: string };
}

/** /lay-y-kien/:slug: the nominee list (public fields) and the feedback form (works without JavaScript). */
export function renderConsultation(
  c: PublicConsultationDetail,
  today: string,
  state: FeedbackFormState = {},
): string {
  const v = state.values ?? {};
  const fe = state.fieldErrors ?? {};
  const field = (id: string, name: 'name' | 'contact', label: string, hint: string, autocomplete: string) =>
    html`<label for="${id}">${label} <span aria-hidden="true">*</span></label>
      <input
        id="${id}"
        name="${name}"
        required
        maxlength="200"
        autocomplete="${autocomplete}"
        value="${v[name] ?? ''}"
        aria-describedby="${id}-goi-y"
        ${fe[name] ? raw(' aria-invalid="true"') : ''}
      />
      <small id="${id}-goi-y" class="meta">${fe[name] ?? hint}</small>`;
  const form = c.open
    ? html`<form class="form card" method="post" action="/lay-y-kien/${c.slug}" novalidate>
        <p class="meta">Các ô có dấu * là bắt buộc. Họ tên và cách liên hệ không được công bố.</p>
        ${field('gy-ten', 'name', 'Họ và tên', 'Ghi rõ họ và tên của ông/bà.', 'name')}
        ${field(
          'gy-lien-he',
          'contact',
          'Địa chỉ liên hệ',
          'Số điện thoại, thư điện tử hoặc địa chỉ để cơ quan trả lời.',
          'email',
        )}
        <label for="gy-ve">Góp ý về</label>
        <select id="gy-ve" name="nominationId" style="width:100%;padding:.5rem;font-size:1rem">
          <option value="">Cả danh sách</option>
          ${c.nominees.map(
            (n) =>
              html`<option value="${n.id}" ${v.nominationId === n.id ? raw('selected') : ''}>
                ${n.position}. ${n.name} — ${n.codeName}
              </option>`,
          )}
        </select>
        <label for="gy-noi-dung">Nội dung ý kiến <span aria-hidden="true">*</span></label>
        <textarea
          id="gy-noi-dung"
          name="content"
          rows="6"
          required
          maxlength="4000"
          aria-describedby="gy-noi-dung-goi-y"
          ${fe.content ? raw(' aria-invalid="true"') : ''}
        >
${v.content ?? ''}</textarea>
        <small id="gy-noi-dung-goi-y" class="meta">${fe.content ?? 'Tối đa 4.000 ký tự.'}</small>
        <div class="hp" aria-hidden="true">
          <label for="gy-website">Để trống ô này</label>
          <input id="gy-website" name="website" tabindex="-1" autocomplete="off" value="" />
        </div>
        <input type="hidden" name="formToken" value="${c.formToken}" />
        <p><button type="submit">Gửi ý kiến</button></p>
      </form>`
    : html`<p class="error" role="status">
        Đã hết thời gian nhận ý kiến (đến hết ngày ${formatLegal(c.closesOn)}). Danh sách này không nhận thêm
        ý kiến.
      </p>`;
  return renderLayout({
    title: c.title,
    description: `${c.ownerName} lấy ý kiến nhân dân: ${windowText(c)}.`,
    path: `/lay-y-kien/${c.slug}`,
    section: 'consultations',
    breadcrumbs: [
      { href: '/', label: 'Trang chủ' },
      { href: '/lay-y-kien', label: 'Lấy ý kiến nhân dân' },
      { label: c.title },
    ],
    main: html`<article class="post" style="max-width:60rem">
        <h1>${c.title}</h1>
        <dl class="facts">
          <div>
            <dt>Cơ quan lấy ý kiến</dt>
            <dd>${c.ownerName}</dd>
          </div>
          <div>
            <dt>Thời gian</dt>
            <dd>${windowText(c)}</dd>
          </div>
          <div>
            <dt>Tình trạng</dt>
            <dd><strong>${windowLabel(c, today)}</strong></dd>
          </div>
          ${
            c.citation
              ? html`<div>
                  <dt>Căn cứ</dt>
                  <dd>${c.citation}</dd>
                </div>`
              : ''
          }
        </dl>
        ${c.description ? html`<p style="white-space:pre-line">${c.description}</p>` : ''}
        <h2 id="danh-sach">Danh sách đề nghị khen thưởng</h2>
        <div class="scroll">
          <table aria-labelledby="danh-sach">
            <thead>
              <tr>
                <th scope="col">STT</th>
                <th scope="col">Cá nhân, tập thể</th>
                <th scope="col">Đơn vị</th>
                <th scope="col">Danh hiệu, hình thức đề nghị</th>
              </tr>
            </thead>
            <tbody>
              ${c.nominees.map(
                (n) =>
                  html`<tr>
                    <td>${n.position}</td>
                    <td>${n.name}</td>
                    <td>${n.kind === 'PERSON' ? n.unitName : ''}</td>
                    <td>${n.codeName}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
        <h2 id="gop-y">Gửi ý kiến</h2>
        ${
          state.sent
            ? html`<p class="notice" role="status">
                Cảm ơn ông/bà đã gửi ý kiến. Cơ quan thường trực Hội đồng Thi đua – Khen thưởng đã nhận và sẽ
                xem xét, trả lời.
              </p>`
            : ''
        }
        ${state.error ? html`<p class="error" role="alert">${state.error}</p>` : ''} ${form}
        ${
          c.answered.length
            ? html`<h2>Trả lời ý kiến</h2>
                <ul>
                  ${c.answered.map(
                    (a) =>
                      html`<li>
                        <p><strong>Ý kiến:</strong> ${a.content}</p>
                        <p>
                          <strong
                            >Trả lời${a.answeredOn ? html` (${formatLegal(a.answeredOn)})` : ''}:</strong
                          >
                          ${a.answer}
                        </p>
                      </li>`,
                  )}
                </ul>`
            : ''
        }
      </article>
      <p><a href="/lay-y-kien">← Tất cả đợt lấy ý kiến</a></p>`,
  });
}
