import { foldVietnamese } from '@vinhdanh/shared';

export { foldVietnamese };

/** Sort key in Vietnamese list order: tên (given name), then the whole name. */
export function nameSortKey(fullName: string): string {
  const folded = foldVietnamese(fullName);
  const parts = folded.split(' ');
  return `${parts[parts.length - 1] ?? ''} ${folded}`;
}

/** Normalises a person's name: single spaces, each word capitalised (NFC). */
export function tidyName(fullName: string): string {
  return fullName
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi'))
    .join(' ');
}

/** "********1234": CCCD shown to roles that do not need it. */
export function maskNationalId(id: string | null): string | null {
  return id ? `${'*'.repeat(Math.max(0, id.length - 4))}${id.slice(-4)}` : null;
}
