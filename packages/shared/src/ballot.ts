/**
 * Secret ballot cryptography shared by the browser and the server (ADR 0007).
 *
 * RSA blind signatures, RFC 9474 variant RSABSSA-SHA384-PSS-Deterministic: the member's browser blinds a
 * message, the server signs it blindly (server side: `services/councils/ballot-keys.ts`), the browser unblinds it
 * into an ordinary RSASSA-PSS (SHA-384, MGF1-SHA-384, 48-byte salt) signature that anyone can verify with the
 * published public key. Only WebCrypto (`globalThis.crypto`) and bigint: the same code runs in Node 20 and in
 * browsers, with no Node import.
 *
 * A ballot token is 32 random bytes `t` (the member's receipt, kept secret by the member). Its public id is
 * `tokenId = hex(SHA-256(t))`. The signed message is `VD-BALLOT-1|<itemId>|<tokenId>`: the server signs it without
 * seeing it, and the published ballot `(tokenId, signature, choice)` can be checked by anyone.
 */

export const BALLOT_CHOICES = ['YES', 'NO', 'ABSTAIN'] as const;
export type BallotChoice = (typeof BALLOT_CHOICES)[number];
export const BALLOT_CHOICE_LABELS: Record<BallotChoice, string> = {
  YES: 'Đồng ý',
  NO: 'Không đồng ý',
  ABSTAIN: 'Không biểu quyết',
};

/** Public half of a vote's key, as a JWK (base64url `n` and `e`). */
export interface BallotPublicKey {
  kty: 'RSA';
  n: string;
  e: string;
}

export const PSS_SALT_LENGTH = 48;
const HASH = 'SHA-384';
const H_LEN = 48;

/** The slice of WebCrypto used here (present in Node 20 and browsers as `globalThis.crypto`). */
interface WebCrypto {
  getRandomValues<T extends Uint8Array>(array: T): T;
  subtle: {
    digest(alg: string, data: Uint8Array): Promise<ArrayBuffer>;
    importKey(
      format: 'jwk',
      key: Record<string, unknown>,
      alg: { name: string; hash: string },
      extractable: boolean,
      usages: string[],
    ): Promise<unknown>;
    verify(
      alg: { name: string; saltLength: number },
      key: unknown,
      sig: Uint8Array,
      data: Uint8Array,
    ): Promise<boolean>;
  };
}

function cryptoApi(): WebCrypto {
  const c = (globalThis as { crypto?: WebCrypto }).crypto;
  if (!c?.subtle) throw new Error('WebCrypto không khả dụng trong môi trường này.');
  return c;
}

// ----------------------------------------------------------------------------------------------------------
// Encodings
// ----------------------------------------------------------------------------------------------------------

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function bytesToBase64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64[v >> 18]! + B64[(v >> 12) & 63]! + B64[(v >> 6) & 63]! + B64[v & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const v = bytes[i]! << 16;
    out += B64[v >> 18]! + B64[(v >> 12) & 63]!;
  } else if (rest === 2) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += B64[v >> 18]! + B64[(v >> 12) & 63]! + B64[(v >> 6) & 63]!;
  }
  return out;
}

export function base64urlToBytes(s: string): Uint8Array {
  const clean = s.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  if (!/^[A-Za-z0-9_-]*$/.test(clean) || clean.length % 4 === 1)
    throw new Error('Chuỗi base64url không hợp lệ.');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (const ch of clean) {
    acc = (acc << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

export function bytesToHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

export function hexToBytes(hex: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2})*$/i.test(hex)) throw new Error('Chuỗi hex không hợp lệ.');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function bytesToInt(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${bytesToHex(bytes)}`);
}

export function intToBytes(x: bigint, len: number): Uint8Array {
  const hex = x.toString(16);
  if (hex.length > 2 * len) throw new Error('Số nguyên quá lớn.');
  return hexToBytes(hex.padStart(2 * len, '0'));
}

// ----------------------------------------------------------------------------------------------------------
// Modular arithmetic
// ----------------------------------------------------------------------------------------------------------

export function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let r = 1n;
  let b = base % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % mod;
    b = (b * b) % mod;
    e >>= 1n;
  }
  return r;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new Error('Không có nghịch đảo modulo.');
  return ((oldS % m) + m) % m;
}

// ----------------------------------------------------------------------------------------------------------
// Hashing, EMSA-PSS (RFC 8017 §9.1.1)
// ----------------------------------------------------------------------------------------------------------

async function digest(alg: 'SHA-256' | 'SHA-384', data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await cryptoApi().subtle.digest(alg, data));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

async function mgf1(seed: Uint8Array, len: number): Promise<Uint8Array> {
  const out = new Uint8Array(len);
  let o = 0;
  for (let counter = 0; o < len; counter++) {
    const c = new Uint8Array([
      (counter >>> 24) & 0xff,
      (counter >>> 16) & 0xff,
      (counter >>> 8) & 0xff,
      counter & 0xff,
    ]);
    const h = await digest(HASH, concat(seed, c));
    out.set(h.subarray(0, Math.min(h.length, len - o)), o);
    o += h.length;
  }
  return out;
}

export async function emsaPssEncode(msg: Uint8Array, emBits: number, salt: Uint8Array): Promise<Uint8Array> {
  const emLen = Math.ceil(emBits / 8);
  if (emLen < H_LEN + salt.length + 2) throw new Error('Khóa quá ngắn cho PSS.');
  const mHash = await digest(HASH, msg);
  const h = await digest(HASH, concat(new Uint8Array(8), mHash, salt));
  const db = concat(new Uint8Array(emLen - salt.length - H_LEN - 2), new Uint8Array([1]), salt);
  const mask = await mgf1(h, emLen - H_LEN - 1);
  for (let i = 0; i < db.length; i++) db[i]! ^= mask[i]!;
  db[0]! &= 0xff >> (8 * emLen - emBits);
  return concat(db, h, new Uint8Array([0xbc]));
}

// ----------------------------------------------------------------------------------------------------------
// Keys
// ----------------------------------------------------------------------------------------------------------

export interface RsaPublic {
  n: bigint;
  e: bigint;
  /** Modulus length in bytes. */
  kLen: number;
  bits: number;
}

export function rsaPublic(pk: BallotPublicKey): RsaPublic {
  const n = bytesToInt(base64urlToBytes(pk.n));
  const e = bytesToInt(base64urlToBytes(pk.e));
  const bits = n.toString(2).length;
  if (bits < 1024 || e < 3n) throw new Error('Khóa công khai không hợp lệ.');
  return { n, e, bits, kLen: Math.ceil(bits / 8) };
}

function randomBytes(len: number): Uint8Array {
  const b = new Uint8Array(len);
  cryptoApi().getRandomValues(b);
  return b;
}

// ----------------------------------------------------------------------------------------------------------
// RFC 9474 client side: Blind, Finalize; verification (RSASSA-PSS-VERIFY via WebCrypto)
// ----------------------------------------------------------------------------------------------------------

export interface Blinded {
  /** Sent to the server (base64url, modulus length). */
  blindedMsg: string;
  /** Kept by the browser until the blind signature comes back. Never sent. */
  inv: bigint;
}

export async function blind(pk: BallotPublicKey, msg: Uint8Array): Promise<Blinded> {
  const key = rsaPublic(pk);
  const em = await emsaPssEncode(msg, key.bits - 1, randomBytes(PSS_SALT_LENGTH));
  const m = bytesToInt(em);
  if (gcd(m, key.n) !== 1n) throw new Error('Không làm mù được thông điệp.');
  let r = 0n;
  while (r === 0n || gcd(r, key.n) !== 1n) r = bytesToInt(randomBytes(key.kLen + 16)) % key.n;
  const inv = modInverse(r, key.n);
  const z = (m * modPow(r, key.e, key.n)) % key.n;
  return { blindedMsg: bytesToBase64url(intToBytes(z, key.kLen)), inv };
}

/** Unblinds the server's blind signature and checks the result is a valid signature on `msg`. */
export async function finalize(
  pk: BallotPublicKey,
  msg: Uint8Array,
  blindSig: string,
  inv: bigint,
): Promise<string> {
  const key = rsaPublic(pk);
  const z = bytesToInt(base64urlToBytes(blindSig));
  if (z >= key.n) throw new Error('Chữ ký mù không hợp lệ.');
  const sig = bytesToBase64url(intToBytes((z * inv) % key.n, key.kLen));
  if (!(await verifySignature(pk, msg, sig))) throw new Error('Chữ ký mù không hợp lệ.');
  return sig;
}

/** RSASSA-PSS-VERIFY (SHA-384, MGF1-SHA-384, salt 48) with WebCrypto. False on any malformed input. */
export async function verifySignature(pk: BallotPublicKey, msg: Uint8Array, sig: string): Promise<boolean> {
  try {
    const subtle = cryptoApi().subtle;
    const key = await subtle.importKey(
      'jwk',
      { kty: 'RSA', n: pk.n, e: pk.e, alg: 'PS384', ext: true },
      { name: 'RSA-PSS', hash: HASH },
      false,
      ['verify'],
    );
    return await subtle.verify(
      { name: 'RSA-PSS', saltLength: PSS_SALT_LENGTH },
      key,
      base64urlToBytes(sig),
      msg,
    );
  } catch {
    return false;
  }
}

// ----------------------------------------------------------------------------------------------------------
// Ballot tokens and messages
// ----------------------------------------------------------------------------------------------------------

const TOKEN_RE = /^[0-9a-f]{64}$/;

export function isBallotToken(s: string): boolean {
  return TOKEN_RE.test(s);
}

/** A fresh receipt `t` (hex, 32 random bytes) and its public id. */
export async function newBallotToken(): Promise<{ token: string; tokenId: string }> {
  const token = bytesToHex(randomBytes(32));
  return { token, tokenId: await ballotTokenId(token) };
}

/** tokenId = hex(SHA-256(t)). */
export async function ballotTokenId(token: string): Promise<string> {
  if (!isBallotToken(token)) throw new Error('Mã biên nhận không hợp lệ.');
  return bytesToHex(await digest('SHA-256', hexToBytes(token)));
}

export function ballotMessage(itemId: string, tokenId: string): Uint8Array {
  return new TextEncoder().encode(`VD-BALLOT-1|${itemId}|${tokenId}`);
}

export async function verifyBallot(
  pk: BallotPublicKey,
  itemId: string,
  tokenId: string,
  signature: string,
): Promise<boolean> {
  return verifySignature(pk, ballotMessage(itemId, tokenId), signature);
}

// ----------------------------------------------------------------------------------------------------------
// Recount: anyone can reproduce the tally from the published rows
// ----------------------------------------------------------------------------------------------------------

export type BallotSource = 'ONLINE' | 'WRITTEN' | 'PAPER';

export interface PublishedBallot {
  itemId: string;
  source: BallotSource;
  /** ONLINE only. */
  tokenId: string | null;
  signature: string | null;
  choice: BallotChoice;
  /** PAPER: number of identical paper ballots this row stands for; 1 otherwise. */
  count: number;
}

export interface Recount {
  itemId: string;
  yes: number;
  no: number;
  abstain: number;
  online: number;
  written: number;
  paper: number;
  /** Online rows whose signature does not verify, or whose tokenId repeats: never counted. */
  invalid: number;
}

/**
 * Recounts published ballots: every online row's signature is checked against its item's public key and each
 * tokenId counts once. Returns one line per item in `keys`.
 */
export async function recountBallots(
  ballots: readonly PublishedBallot[],
  keys: Readonly<Record<string, BallotPublicKey | null>>,
): Promise<Recount[]> {
  const out = new Map<string, Recount>();
  for (const itemId of Object.keys(keys)) {
    out.set(itemId, { itemId, yes: 0, no: 0, abstain: 0, online: 0, written: 0, paper: 0, invalid: 0 });
  }
  const seen = new Set<string>();
  for (const b of ballots) {
    const r = out.get(b.itemId);
    if (!r) continue;
    const n = b.source === 'PAPER' ? b.count : 1;
    if (b.source === 'ONLINE') {
      const pk = keys[b.itemId];
      const key = `${b.itemId}|${b.tokenId}`;
      const ok =
        !!pk &&
        !!b.tokenId &&
        !!b.signature &&
        !seen.has(key) &&
        (await verifyBallot(pk, b.itemId, b.tokenId, b.signature));
      if (!ok) {
        r.invalid++;
        continue;
      }
      seen.add(key);
      r.online++;
    } else if (b.source === 'WRITTEN') r.written++;
    else r.paper += n;
    if (b.choice === 'YES') r.yes += n;
    else if (b.choice === 'NO') r.no += n;
    else r.abstain += n;
  }
  return [...out.values()];
}
