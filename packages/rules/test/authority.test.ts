/** Authority (spec.md §7.4, T39–T41) and the district-level abolition. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';

const auth = (code: string, office: string, on: string, level?: string) =>
  evaluate({ op: 'authority', code, signer: level ? { office, level } : { office }, on });

describe('authority', () => {
  it('T39: in 03/2025 a commune chair may not sign CSTĐCS (Luật Điều 80 kh3)', () => {
    expect(auth('CSTD_CO_SO', 'CHU_TICH_UBND', '2025-03-01', 'XA')).toMatchObject({
      authorized: false,
      confirmed: true,
    });
  });
  it('T39: on 30/06/2025 the commune chair still may not; on 01/07/2025 he may (NĐ 129/2025 Điều 59)', () => {
    expect(auth('CSTD_CO_SO', 'CHU_TICH_UBND', '2025-06-30', 'XA')).toHaveProperty('authorized', false);
    expect(auth('CSTD_CO_SO', 'CHU_TICH_UBND', '2025-07-01', 'XA')).toMatchObject({
      authorized: true,
      confirmed: true,
    });
  });
  it('a district chair may sign CSTĐCS on 30/06/2025 but not on 01/07/2025', () => {
    expect(auth('CSTD_CO_SO', 'CHU_TICH_UBND', '2025-06-30', 'HUYEN')).toMatchObject({
      authorized: true,
      confirmed: true,
    });
    const after = auth('CSTD_CO_SO', 'CHU_TICH_UBND', '2025-07-01', 'HUYEN');
    expect(after).toMatchObject({ authorized: false, confirmed: true });
    expect(after).toHaveProperty('message.vi', expect.stringContaining('không còn chính quyền cấp huyện'));
  });
  it('a commune chair signs Gia đình văn hóa before and after the reform', () => {
    expect(auth('GIA_DINH_VAN_HOA', 'CHU_TICH_UBND', '2024-05-01', 'XA')).toHaveProperty('authorized', true);
    expect(auth('THON_TDP_VAN_HOA', 'CHU_TICH_UBND', '2024-05-01', 'XA')).toHaveProperty('authorized', false);
    expect(auth('THON_TDP_VAN_HOA', 'CHU_TICH_UBND', '2025-08-01', 'XA')).toHaveProperty('authorized', true);
  });
  it('T40: a Sở director signs TTLĐTT, CSTĐCS, LĐTT and Giấy khen', () => {
    for (const code of ['TT_LDTT', 'CSTD_CO_SO', 'LDTT', 'GIAY_KHEN']) {
      expect(auth(code, 'GIAM_DOC_SO', '2024-06-01')).toMatchObject({
        authorized: true,
        confirmed: true,
        citation: 'Luật Thi đua, khen thưởng 2022, Điều 80 khoản 1',
      });
    }
  });
  it('T40: a Sở director may not sign a Bằng khen', () => {
    expect(auth('BANG_KHEN_BO_TINH', 'GIAM_DOC_SO', '2024-06-01')).toMatchObject({
      authorized: false,
      confirmed: true,
    });
  });
  it('T41: a board chair may not sign CSTĐCS; the company director may', () => {
    expect(auth('CSTD_CO_SO', 'CHU_TICH_HDQT', '2024-06-01')).toMatchObject({
      authorized: false,
      confirmed: true,
    });
    expect(auth('GIAY_KHEN', 'CHU_TICH_HDQT', '2024-06-01')).toHaveProperty('authorized', true);
    expect(auth('CSTD_CO_SO', 'GIAM_DOC_DOANH_NGHIEP', '2024-06-01')).toHaveProperty('authorized', true);
  });
  it('the provincial chair signs a Bằng khen tỉnh, flagged unconfirmed (Điều 79 not read)', () => {
    expect(auth('BANG_KHEN_BO_TINH', 'CHU_TICH_UBND', '2024-06-01', 'TINH')).toMatchObject({
      authorized: true,
      confirmed: false,
    });
  });
  it('the Prime Minister decides CSTĐ toàn quốc (NĐ 98 Điều 33), the President the Labour Order', () => {
    expect(auth('CSTD_TOAN_QUOC', 'THU_TUONG', '2024-06-01')).toMatchObject({
      authorized: true,
      confirmed: true,
    });
    expect(auth('HCLD_HANG_BA', 'CHU_TICH_NUOC', '2024-06-01')).toMatchObject({
      authorized: true,
      confirmed: false,
    });
    expect(auth('HCLD_HANG_BA', 'THU_TUONG', '2024-06-01')).toMatchObject({
      authorized: false,
      confirmed: false,
    });
  });
  it('armed-forces titles are left to the ministries of defence and public security', () => {
    expect(auth('CSTT', 'GIAM_DOC_SO', '2024-06-01')).toMatchObject({ authorized: false, confirmed: false });
  });
  it('on 31/12/2023 the old-law table applies, flagged unconfirmed; on 01/01/2024 the 2022 Law', () => {
    expect(auth('LDTT', 'GIAM_DOC_SO', '2023-12-31')).toMatchObject({ authorized: true, confirmed: false });
    expect(auth('LDTT', 'GIAM_DOC_SO', '2024-01-01')).toMatchObject({ authorized: true, confirmed: true });
  });
  it('dates before 01/10/2017 are not encoded', () => {
    expect(auth('LDTT', 'GIAM_DOC_SO', '2017-09-30')).toHaveProperty('error.code', 'NOT_ENCODED');
  });
});
