import { randomBytes } from 'node:crypto';

/** Crockford base32: no I, L, O, U, so a code read aloud or typed from paper is unambiguous. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const VERIFY_CODE_LENGTH = 12;

/** A fresh verification code: 12 characters, 60 random bits (unguessable, short enough for a QR and typing). */
export function newVerifyCode(): string {
  const b = randomBytes(VERIFY_CODE_LENGTH);
  let s = '';
  for (const x of b) s += ALPHABET[x % 32];
  return s;
}

/**
 * The canonical form of a typed code: upper case, separators dropped, the look-alikes Crockford allows
 * (O → 0, I/L → 1). Null when it cannot be a code (wrong length or characters) — answered as "not found".
 */
export function normalizeVerifyCode(input: string): string | null {
  const s = input
    .toUpperCase()
    .replace(/[\s\-.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (s.length !== VERIFY_CODE_LENGTH) return null;
  for (const c of s) if (!ALPHABET.includes(c)) return null;
  return s;
}

/** Grouped for print: "ABCD-EFGH-JKMN". */
export function formatVerifyCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}
