/**
 * Folds Vietnamese text for diacritic-insensitive matching: lower case, NFD, combining marks removed, đ → d.
 * "Phường Phúc Xá" and "phuong phuc xa" fold to the same string.
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of `query` occurs in `text`, ignoring case and diacritics. */
export function matchesVietnamese(text: string, query: string): boolean {
  const q = foldVietnamese(query);
  if (!q) return true;
  const t = foldVietnamese(text);
  return q.split(' ').every((w) => t.includes(w));
}
