/**
 * Server side of the blind signature (RFC 9474 BlindSign) with node:crypto. The browser side (Blind, Finalize,
 * verification) is `@vinhdanh/shared` `ballot.ts`. One RSA key pair per vote (agenda item): the private key lives
 * only until the vote closes and is then destroyed (ADR 0007).
 */
import { constants, createPrivateKey, createPublicKey, generateKeyPair, privateDecrypt } from 'node:crypto';
import { promisify } from 'node:util';
import {
  base64urlToBytes,
  bytesToBase64url,
  bytesToInt,
  modPow,
  rsaPublic,
  type BallotPublicKey,
} from '@vinhdanh/shared';

const generate = promisify(generateKeyPair);

export interface VoteKeyPair {
  publicKey: BallotPublicKey;
  /** PKCS#8 PEM; stored until the vote closes. */
  privateKeyPem: string;
}

export async function generateVoteKey(bits = 2048): Promise<VoteKeyPair> {
  const { publicKey, privateKey } = await generate('rsa', { modulusLength: bits, publicExponent: 0x10001 });
  const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  return {
    publicKey: { kty: 'RSA', n: jwk.n, e: jwk.e },
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }) as string,
  };
}

export class BlindSignError extends Error {}

/**
 * BlindSign: s = m^d mod n on the blinded message (raw RSA through privateDecrypt without padding), then checks
 * s^e mod n = m before answering (RFC 9474 §4.3, protects against faults leaking the key).
 */
export function blindSign(privateKeyPem: string, publicKey: BallotPublicKey, blindedMsg: string): string {
  const pub = rsaPublic(publicKey);
  let bytes: Uint8Array;
  try {
    bytes = base64urlToBytes(blindedMsg);
  } catch {
    throw new BlindSignError('Thông điệp làm mù không hợp lệ.');
  }
  const m = bytesToInt(bytes);
  if (bytes.length !== pub.kLen || m === 0n || m >= pub.n)
    throw new BlindSignError('Thông điệp làm mù không hợp lệ.');
  const key = createPrivateKey(privateKeyPem);
  const s = privateDecrypt({ key, padding: constants.RSA_NO_PADDING }, bytes);
  if (modPow(bytesToInt(s), pub.e, pub.n) !== m) throw new BlindSignError('Ký mù thất bại.');
  return bytesToBase64url(new Uint8Array(s));
}

/** The public key as a node KeyObject (for node's own RSA-PSS verification in tests and checks). */
export function publicKeyObject(pk: BallotPublicKey) {
  return createPublicKey({ key: { kty: 'RSA', n: pk.n, e: pk.e }, format: 'jwk' });
}
