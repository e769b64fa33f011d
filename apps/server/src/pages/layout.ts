/**
 * A minimal server-rendered public page shell (works without JavaScript, readable on a phone). The portal's
 * layout can replace `publicPage` without touching the pages that use it.
 */
export function escapeHtml(s: string | null | undefined): string {
  return String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface PublicPage {
  title: string;
  /** Already-escaped HTML of the main content. */
  body: string;
  /** Extra CSS for this page. */
  css?: string;
  noindex?: boolean;
}

const BASE_CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1f1f1f;background:#f5f5f5;line-height:1.5;font-size:17px}
header{background:#a50e0e;color:#fff;padding:.75rem 1rem}
header a{color:#fff;text-decoration:none;font-weight:600}
main{max-width:40rem;margin:1.5rem auto;padding:0 1rem}
.card{background:#fff;border-radius:8px;padding:1.25rem;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:1.4rem;margin:.25rem 0 1rem}
dl{margin:0}
dt{color:#595959;font-size:.9rem;margin-top:.75rem}
dd{margin:0;font-weight:600;word-break:break-word}
footer{max-width:40rem;margin:1.5rem auto;padding:0 1rem;color:#595959;font-size:.9rem}
form{display:flex;gap:.5rem;margin-top:1rem;flex-wrap:wrap}
input{flex:1;min-width:12rem;font-size:1rem;padding:.5rem;border:1px solid #8c8c8c;border-radius:4px}
button{font-size:1rem;padding:.5rem 1rem;border:0;border-radius:4px;background:#a50e0e;color:#fff}
`;

export function publicPage(p: PublicPage): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${p.noindex ? '<meta name="robots" content="noindex">\n' : ''}<title>${escapeHtml(p.title)} — Vinh Danh</title>
<style>${BASE_CSS}${p.css ?? ''}</style>
</head>
<body>
<header><a href="/">Vinh Danh — Thi đua, khen thưởng</a></header>
<main>
${p.body}
</main>
<footer>Trang xác minh công khai. Thông tin do cơ quan ban hành quyết định khen thưởng cung cấp.</footer>
</body>
</html>`;
}
