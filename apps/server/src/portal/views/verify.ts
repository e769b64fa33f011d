import { html } from '../html';
import { renderLayout } from '../layout';
import { verifyBox } from './home';

/** /xac-minh: the verification form; the answer is the registry's /verify/:code page. */
export function renderVerifyPage(error?: string): string {
  return renderLayout({
    title: 'Xác minh bằng khen, giấy khen',
    description: 'Kiểm tra tính xác thực của bằng khen, giấy khen bằng mã xác minh hoặc mã QR.',
    path: '/xac-minh',
    section: 'verify',
    breadcrumbs: [{ href: '/', label: 'Trang chủ' }, { label: 'Xác minh bằng khen' }],
    main: html`${error ? html`<p class="error" role="alert">${error}</p>` : ''}${verifyBox(1)}`,
  });
}
