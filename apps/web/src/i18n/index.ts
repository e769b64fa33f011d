import { en } from './en';
import { vi } from './vi';

export type Locale = 'vi' | 'en';
const catalogues: Record<Locale, Record<string, string>> = { vi, en };

/** Message for an error code in a locale, falling back to Vietnamese, then to the generic message. */
export function messageForCode(code: string, locale: Locale = 'vi'): string {
  return catalogues[locale][code] ?? vi[code] ?? vi.UNKNOWN!;
}

export { en, vi };
