import { constants, verify as nodeVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ballotMessage,
  ballotTokenId,
  base64urlToBytes,
  blind,
  bytesToBase64url,
  finalize,
  newBallotToken,
  recountBallots,
  verifyBallot,
  verifySignature,
  type PublishedBallot,
} from '@vinhdanh/shared';
import { BlindSignError, blindSign, generateVoteKey, publicKeyObject } from './ballot-keys';

const key = await generateVoteKey(2048);
const other = await generateVoteKey(1024);

/** The whole member-side flow: token, blind, server blind-signs, unblind. */
async function obtain(k = key, itemId = 'item-1') {
  const { token, tokenId } = await newBallotToken();
  const msg = ballotMessage(itemId, tokenId);
  const b = await blind(k.publicKey, msg);
  const blindSig = blindSign(k.privateKeyPem, k.publicKey, b.blindedMsg);
  const sig = await finalize(k.publicKey, msg, blindSig, b.inv);
  return { token, tokenId, msg, blinded: b.blindedMsg, blindSig, sig };
}

describe('chữ ký mù RSA (RFC 9474, RSABSSA-SHA384-PSS)', () => {
  it('chữ ký sau khi bỏ làm mù là chữ ký RSASSA-PSS hợp lệ, kiểm tra độc lập bằng node:crypto', async () => {
    const o = await obtain();
    const ok = nodeVerify(
      'sha384',
      o.msg,
      { key: publicKeyObject(key.publicKey), padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 48 },
      base64urlToBytes(o.sig),
    );
    expect(ok).toBe(true);
    expect(await verifyBallot(key.publicKey, 'item-1', o.tokenId, o.sig)).toBe(true);
  });

  it('máy chủ không thấy thông điệp: giá trị làm mù và chữ ký mù khác thông điệp và chữ ký cuối', async () => {
    const o = await obtain();
    expect(o.blinded).not.toBe(bytesToBase64url(o.msg));
    expect(o.blindSig).not.toBe(o.sig);
    // the blinded value is not even a valid signature input for the message
    expect(await verifySignature(key.publicKey, o.msg, o.blindSig)).toBe(false);
    // two blindings of the same message differ (fresh r and salt each time)
    const a = await blind(key.publicKey, o.msg);
    const b = await blind(key.publicKey, o.msg);
    expect(a.blindedMsg).not.toBe(b.blindedMsg);
  });

  it('từ chối chữ ký sai thông điệp, sai khóa, bị sửa hoặc hỏng định dạng', async () => {
    const o = await obtain();
    expect(await verifyBallot(key.publicKey, 'item-2', o.tokenId, o.sig)).toBe(false);
    expect(await verifyBallot(key.publicKey, 'item-1', await ballotTokenId('ab'.repeat(32)), o.sig)).toBe(
      false,
    );
    expect(await verifyBallot(other.publicKey, 'item-1', o.tokenId, o.sig)).toBe(false);
    const bytes = base64urlToBytes(o.sig);
    bytes[10]! ^= 1;
    expect(await verifyBallot(key.publicKey, 'item-1', o.tokenId, bytesToBase64url(bytes))).toBe(false);
    expect(await verifyBallot(key.publicKey, 'item-1', o.tokenId, '!!!')).toBe(false);
  });

  it('một chữ ký mù của khóa khác không bỏ làm mù được (finalize kiểm tra chữ ký)', async () => {
    const { tokenId } = await newBallotToken();
    const msg = ballotMessage('item-1', tokenId);
    const b = await blind(key.publicKey, msg);
    const fake = await blind(key.publicKey, ballotMessage('item-1', 'x'));
    await expect(finalize(key.publicKey, msg, fake.blindedMsg, b.inv)).rejects.toThrow(
      'Chữ ký mù không hợp lệ.',
    );
  });

  it('máy chủ từ chối thông điệp làm mù sai độ dài, bằng 0 hoặc vượt modulus', () => {
    expect(() => blindSign(key.privateKeyPem, key.publicKey, 'AAAA')).toThrow(BlindSignError);
    expect(() => blindSign(key.privateKeyPem, key.publicKey, bytesToBase64url(new Uint8Array(256)))).toThrow(
      BlindSignError,
    );
    expect(() =>
      blindSign(key.privateKeyPem, key.publicKey, bytesToBase64url(new Uint8Array(256).fill(0xff))),
    ).toThrow(BlindSignError);
    expect(() => blindSign(key.privateKeyPem, key.publicKey, 'không phải base64')).toThrow(BlindSignError);
  });

  it('mã biên nhận: tokenId = SHA-256(t), t phải là 64 ký tự hex', async () => {
    expect(await ballotTokenId('00'.repeat(32))).toBe(
      '66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925',
    );
    await expect(ballotTokenId('xyz')).rejects.toThrow('Mã biên nhận không hợp lệ.');
  });
});

describe('kiểm phiếu lại từ danh sách công bố', () => {
  it('đếm lại đúng, loại phiếu giả chữ ký và phiếu dùng lại mã', async () => {
    const items = { A: key.publicKey, B: other.publicKey };
    const rows: PublishedBallot[] = [];
    const choices = ['YES', 'YES', 'NO', 'ABSTAIN'] as const;
    for (const c of choices) {
      const o = await obtain(key, 'A');
      rows.push({ itemId: 'A', source: 'ONLINE', tokenId: o.tokenId, signature: o.sig, choice: c, count: 1 });
    }
    const b1 = await obtain(other, 'B');
    rows.push({
      itemId: 'B',
      source: 'ONLINE',
      tokenId: b1.tokenId,
      signature: b1.sig,
      choice: 'NO',
      count: 1,
    });
    rows.push({ itemId: 'B', source: 'WRITTEN', tokenId: null, signature: null, choice: 'YES', count: 1 });
    rows.push({ itemId: 'B', source: 'PAPER', tokenId: null, signature: null, choice: 'YES', count: 3 });
    // forged: a signature from another item's key, a duplicate token, a random signature
    const forged = await obtain(other, 'A');
    rows.push({
      itemId: 'A',
      source: 'ONLINE',
      tokenId: forged.tokenId,
      signature: forged.sig,
      choice: 'YES',
      count: 1,
    });
    rows.push({ ...rows[0]!, choice: 'NO' });
    rows.push({ ...rows[1]!, tokenId: (await newBallotToken()).tokenId });
    const r = await recountBallots(rows, items);
    expect(r).toEqual([
      { itemId: 'A', yes: 2, no: 1, abstain: 1, online: 4, written: 0, paper: 0, invalid: 3 },
      { itemId: 'B', yes: 4, no: 1, abstain: 0, online: 1, written: 1, paper: 3, invalid: 0 },
    ]);
  });
});
