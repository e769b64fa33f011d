import { RECIPIENT_KIND_LABELS, formatLegalDate, type PublicVerification } from '@vinhdanh/shared';
import { escapeHtml, publicPage } from './layout';

const CSS = `
.status{display:flex;align-items:center;gap:.5rem;font-weight:700;font-size:1.1rem;padding:.6rem .8rem;border-radius:6px;margin-bottom:1rem}
.ok{background:#e6f4ea;color:#0b6b2b;border:1px solid #8fd19e}
.bad{background:#fdecea;color:#a50e0e;border:1px solid #f5a3a3}
.sr{position:absolute;left:-9999px}
.code{font-family:ui-monospace,Menlo,Consolas,monospace;letter-spacing:.05em}
`;

function group(code: string) {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

function searchForm(value = '') {
  return `<form method="get" action="/verify"><label for="code" class="sr">Mã xác minh</label>
<input id="code" name="code" value="${escapeHtml(value)}" placeholder="Nhập mã, ví dụ ABCD-EFGH-JKMN" autocomplete="off">
<button type="submit">Kiểm tra</button></form>`;
}

/** The confirmation page of a valid or revoked award. */
export function renderVerifyPage(v: PublicVerification): string {
  const revoked = v.status === 'REVOKED';
  const status = revoked
    ? `<div class="status bad" role="alert">✗ Khen thưởng này đã bị thu hồi</div>`
    : `<div class="status ok" role="status">✓ Khen thưởng hợp lệ</div>`;
  const rev = v.revoked
    ? `<dt>Thu hồi bởi</dt><dd>Quyết định số ${escapeHtml(v.revoked.decisionNumber)}${
        v.revoked.on ? ` ngày ${escapeHtml(formatLegalDate(v.revoked.on))}` : ''
      }</dd>${v.revoked.reason ? `<dt>Lý do thu hồi</dt><dd>${escapeHtml(v.revoked.reason)}</dd>` : ''}`
    : '';
  const body = `<div class="card">
${status}
<h1>Xác minh khen thưởng</h1>
<dl>
<dt>${escapeHtml(RECIPIENT_KIND_LABELS[v.recipientKind])} được khen thưởng</dt><dd>${escapeHtml(v.recipientName)}</dd>
<dt>Danh hiệu, hình thức khen thưởng</dt><dd>${escapeHtml(v.title)}</dd>
<dt>Quyết định</dt><dd>Số ${escapeHtml(v.decisionNumber)} ngày ${escapeHtml(formatLegalDate(v.decidedOn))}</dd>
${v.issuer ? `<dt>Cơ quan ban hành</dt><dd>${escapeHtml(v.issuer)}</dd>` : ''}
${v.signer ? `<dt>Người ký</dt><dd>${escapeHtml(v.signer)}</dd>` : ''}
${rev}
<dt>Mã xác minh</dt><dd class="code">${escapeHtml(group(v.code))}</dd>
</dl>
</div>`;
  return publicPage({
    title: revoked ? 'Khen thưởng đã bị thu hồi' : 'Xác minh khen thưởng',
    body,
    css: CSS,
    noindex: true,
  });
}

/** Unknown or malformed code (HTTP 404). */
export function renderVerifyNotFound(code: string): string {
  const body = `<div class="card">
<div class="status bad" role="alert">Không tìm thấy mã xác minh</div>
<h1>Không tìm thấy khen thưởng</h1>
<p>Không có khen thưởng nào mang mã <span class="code">${escapeHtml(code)}</span>. Vui lòng kiểm tra lại mã in trên
bằng, giấy khen (12 ký tự, không phân biệt chữ hoa, chữ thường) hoặc quét lại mã QR.</p>
${searchForm(code)}
</div>`;
  return publicPage({ title: 'Không tìm thấy mã xác minh', body, css: CSS, noindex: true });
}

/** The form to type a code (GET /verify without a code). */
export function renderVerifyForm(): string {
  const body = `<div class="card"><h1>Xác minh khen thưởng</h1>
<p>Nhập mã xác minh in trên bằng khen, giấy khen hoặc giấy chứng nhận để kiểm tra khen thưởng.</p>
${searchForm()}</div>`;
  return publicPage({ title: 'Xác minh khen thưởng', body, css: CSS });
}

/** Anything unexpected: a plain Vietnamese page, never a stack trace (HTTP 500). */
export function renderVerifyError(): string {
  const body = `<div class="card"><h1>Không thể xác minh lúc này</h1>
<p>Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.</p></div>`;
  return publicPage({ title: 'Không thể xác minh', body, css: CSS, noindex: true });
}
