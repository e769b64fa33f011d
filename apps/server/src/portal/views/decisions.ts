import { formatLegal, html, safeHref, type SafeHtml } from '../html';
import { renderLayout } from '../layout';
import type { PublicDecision, PublicDecisionSummary } from '../presenters';

/** "Đã bị thu hồi bởi Quyết định số …" / "Đã được đính chính bởi …" / "Đính chính Quyết định số …". */
function amendments(d: PublicDecisionSummary): SafeHtml {
  return html`${d.amendedBy.map(
    (a) =>
      html`<p class="${a.kind === 'THU_HOI' ? 'error' : 'notice'}" style="margin:.5rem 0">
        ${a.kind === 'THU_HOI' ? 'Đã bị thu hồi' : a.kind === 'DINH_CHINH' ? 'Đã được đính chính' : 'Đã được sửa đổi'}
        bởi <a href="${safeHref(a.href)}">Quyết định số ${a.numberText}</a>.
      </p>`,
  )}${
    d.ref
      ? html`<p class="meta">
          ${d.kindLabel} <a href="${safeHref(d.ref.href)}">Quyết định số ${d.ref.numberText}</a>
        </p>`
      : ''
  }`;
}

function decisionCard(d: PublicDecisionSummary): SafeHtml {
  return html`<li class="card" style="list-style:none;margin-bottom:.75rem">
    <h2 style="font-size:1.15rem;margin:0">
      <a href="${safeHref(d.href)}">Quyết định số ${d.numberText}</a>
    </h2>
    <p class="meta">
      ${d.decidedOn ? html`ngày ${formatLegal(d.decidedOn)} · ` : ''}${d.issuerName} · ${d.kindLabel}
      ${d.recipientCount ? html` · ${d.recipientCount} cá nhân, tập thể` : ''}
    </p>
    <p style="margin:.25rem 0">${d.subject}</p>
    ${amendments(d)}
  </li>`;
}

export function renderDecisionList(input: {
  items: PublicDecisionSummary[];
  page: number;
  pageSize: number;
  total: number;
}): string {
  const pages = Math.max(1, Math.ceil(input.total / input.pageSize));
  const { page } = input;
  return renderLayout({
    title: page > 1 ? `Quyết định khen thưởng — trang ${page}` : 'Quyết định khen thưởng',
    description: 'Các quyết định khen thưởng, công nhận danh hiệu thi đua đã ban hành.',
    path: '/quyet-dinh',
    section: 'decisions',
    breadcrumbs: [{ href: '/', label: 'Trang chủ' }, { label: 'Quyết định khen thưởng' }],
    main: html`<h1>Quyết định khen thưởng</h1>
      <p>
        Các quyết định khen thưởng, công nhận danh hiệu thi đua đã ban hành. Mỗi cá nhân, tập thể có liên kết
        xác minh (cũng là đích của mã QR in trên bằng khen, giấy khen).
      </p>
      ${
        input.items.length
          ? html`<ul style="padding:0">
              ${input.items.map(decisionCard)}
            </ul>`
          : html`<p>Chưa có quyết định khen thưởng nào được công bố trên cổng.</p>`
      }
      ${
        pages > 1
          ? html`<nav class="pager" aria-label="Phân trang">
              ${page > 1 ? html`<a href="/quyet-dinh?trang=${page - 1}" rel="prev">← Trang trước</a>` : ''}
              <span>Trang ${page}/${pages}</span>
              ${page < pages ? html`<a href="/quyet-dinh?trang=${page + 1}" rel="next">Trang sau →</a>` : ''}
            </nav>`
          : ''
      }`,
  });
}

export function renderDecision(d: PublicDecision): string {
  const title = `Quyết định số ${d.numberText}`;
  return renderLayout({
    title: `${title} — ${d.subject}`,
    description: `${title}${d.decidedOn ? ` ngày ${formatLegal(d.decidedOn)}` : ''} của ${d.issuingBody ?? d.issuerName}: ${d.subject}`,
    path: d.href,
    section: 'decisions',
    breadcrumbs: [
      { href: '/', label: 'Trang chủ' },
      { href: '/quyet-dinh', label: 'Quyết định khen thưởng' },
      { label: title },
    ],
    main: html`<article class="post" style="max-width:60rem">
        <h1>${title}</h1>
        <dl class="facts">
          <div>
            <dt>Loại</dt>
            <dd>${d.kindLabel}</dd>
          </div>
          ${
            d.decidedOn
              ? html`<div>
                  <dt>Ngày ban hành</dt>
                  <dd>${formatLegal(d.decidedOn)}</dd>
                </div>`
              : ''
          }
          <div>
            <dt>Cơ quan ban hành</dt>
            <dd>${d.issuingBody ?? d.issuerName}</dd>
          </div>
          <div>
            <dt>Trích yếu</dt>
            <dd>${d.subject}</dd>
          </div>
          <div>
            <dt>Người ký</dt>
            <dd>${d.signer}</dd>
          </div>
        </dl>
        ${amendments(d)}
        ${
          d.recipients.length
            ? html`<h2 id="danh-sach">Danh sách ${d.kindLabel === 'Thu hồi' ? 'thu hồi' : 'khen thưởng'}</h2>
                <div class="scroll">
                  <table aria-labelledby="danh-sach">
                    <thead>
                      <tr>
                        <th scope="col">STT</th>
                        <th scope="col">Cá nhân, tập thể</th>
                        <th scope="col">Danh hiệu, hình thức</th>
                        <th scope="col">Xác minh</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${d.recipients.map(
                        (r) =>
                          html`<tr>
                            <td>${r.ordinal}</td>
                            <td>
                              <strong>${r.name}</strong>
                              ${
                                r.position || r.unitName
                                  ? html`<br /><span class="meta"
                                        >${[r.position, r.unitName].filter(Boolean).join(', ')}</span
                                      >`
                                  : ''
                              }
                            </td>
                            <td>
                              ${r.awardName}${r.revoked ? html` <span class="tag">Đã thu hồi</span>` : ''}
                            </td>
                            <td>
                              ${
                                r.verifyHref
                                  ? html`<a href="${safeHref(r.verifyHref)}"
                                      >Xác minh<span class="sr-only"> khen thưởng của ${r.name}</span></a
                                    >`
                                  : ''
                              }
                            </td>
                          </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>`
            : ''
        }
      </article>
      <p><a href="/quyet-dinh">← Tất cả quyết định</a></p>`,
  });
}
