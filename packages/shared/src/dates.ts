/** Legal dates are `YYYY-MM-DD` strings; compare them as strings. */
export const LEGAL_DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isLegalDate(s: string): boolean {
  if (!LEGAL_DATE_RE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** dd/mm/yyyy for display. */
export function formatLegalDate(s: string | null | undefined): string {
  if (!s) return '';
  const [y, m, d] = s.split('-');
  return `${d}/${m}/${y}`;
}

/** Parses dd/mm/yyyy (or YYYY-MM-DD) into a legal date, or null. */
export function parseVietnameseDate(s: string): string | null {
  const t = s.trim();
  if (isLegalDate(t)) return t;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isLegalDate(iso) ? iso : null;
}

/** The day before a legal date. */
export function previousDay(s: string): string {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** Amounts in VND with "." thousands separators: 1.234.000 đ */
export function formatVnd(n: number): string {
  return `${String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đ`;
}
