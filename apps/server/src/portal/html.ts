/**
 * Server-side HTML with escaping by default: every interpolated value is escaped unless it is already
 * `SafeHtml` (the result of another `html` template or of `raw`, which only trusted code may call).
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]!);
}

/** Escapes text for XML (sitemap, RSS); strips characters XML 1.0 forbids. */
export function escapeXml(s: string): string {
  // eslint-disable-next-line no-control-regex
  return escapeHtml(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''));
}

type Value = SafeHtml | string | number | boolean | null | undefined | Value[];

function render(v: Value): string {
  if (v === null || v === undefined || v === false || v === true) return '';
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Trusted markup only (constants written in this code base). */
export function raw(s: string): SafeHtml {
  return new SafeHtml(s);
}

/** Only site-relative paths and http(s) URLs are emitted as links (no javascript:, data:). */
export function safeHref(url: string): string {
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  if (/^https?:\/\//i.test(url)) return url;
  return '#';
}

/** dd/mm/yyyy hh:mm in Vietnam time (UTC+7, no daylight saving). */
export function formatVnDateTime(d: Date): string {
  const t = new Date(d.getTime() + 7 * 3600_000).toISOString();
  return `${t.slice(8, 10)}/${t.slice(5, 7)}/${t.slice(0, 4)} ${t.slice(11, 16)}`;
}

/** dd/mm/yyyy of an instant in Vietnam time. */
export function formatVnDate(d: Date): string {
  return formatVnDateTime(d).slice(0, 10);
}

/** dd/mm/yyyy of a legal date string. */
export function formatLegal(s: string | null | undefined): string {
  if (!s) return '';
  return `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;
}
