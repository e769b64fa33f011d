/** Procedure scenarios of spec.md §7.6 (T57–T62). */
import { describe, expect, it } from 'vitest';
import { councilVote, dossierCheck, movementCheck, revocation, simplifiedProcedure } from '../src/index.js';

describe('procedure', () => {
  it('T57: a citizen rescuing two children from a fire may use the simplified procedure', () => {
    expect(simplifiedProcedure({ type: 'DOT_XUAT' })).toMatchObject({ ok: true, confirmed: true });
  });
  it('T57: the annual LĐTT list may not', () => {
    expect(simplifiedProcedure({ type: 'THUONG_XUYEN' })).toMatchObject({ ok: false });
    expect(simplifiedProcedure({ type: 'THUONG_XUYEN', discoveredByHead: true })).toHaveProperty('ok', true);
  });
  it('T58: a CSTĐCS dossier without the council minutes is incomplete', () => {
    const r = dossierCheck('CSTD_CO_SO', ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'XAC_NHAN_THANH_TICH']);
    expect(r).toMatchObject({ ok: false, missing: ['BIEN_BAN_BINH_XET'] });
    expect(r.message.vi).toContain('Biên bản bình xét thi đua');
  });
  it('T58: a CSTĐCS claimed via an initiative without its certificate is incomplete', () => {
    expect(dossierCheck('CSTD_CO_SO', ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN_BINH_XET'])).toMatchObject(
      { ok: false, missing: ['XAC_NHAN_THANH_TICH'] },
    );
  });
  it('a Bằng khen dossier needs the award minutes, not the emulation minutes', () => {
    expect(
      dossierCheck('BANG_KHEN_BO_TINH', ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN_XET_KHEN_THUONG']),
    ).toHaveProperty('ok', true);
  });
  it('T59: 13 of 15 votes (86.7 %) fail the 90 % rule for CSTĐ tỉnh under NĐ 91; 14 of 15 pass', () => {
    expect(councilVote('CSTD_BO_TINH', '2023-11-20', 15, 13)).toMatchObject({
      ok: false,
      threshold: 0.9,
      confirmed: true,
    });
    expect(councilVote('CSTD_BO_TINH', '2023-11-20', 15, 14)).toHaveProperty('ok', true);
  });
  it('T59: under NĐ 98 CSTĐCS needs 80 % of all members (12 of 15 passes, 11 fails)', () => {
    expect(councilVote('CSTD_CO_SO', '2024-11-20', 15, 12)).toMatchObject({
      ok: true,
      threshold: 0.8,
      confirmed: true,
    });
    expect(councilVote('CSTD_CO_SO', '2024-11-20', 15, 11)).toHaveProperty('ok', false);
  });
  it('T59: from 01/07/2025 the thresholds are carried over but unconfirmed', () => {
    expect(councilVote('CSTD_BO_TINH', '2025-07-01', 15, 14)).toMatchObject({ ok: true, confirmed: false });
  });
  it('a meeting with fewer than two thirds of the members present cannot vote (quorum, unconfirmed)', () => {
    expect(councilVote('CSTD_CO_SO', '2025-11-20', 15, 12, 9)).toMatchObject({ ok: false, confirmed: false });
    expect(councilVote('CSTD_CO_SO', '2025-11-20', 15, 12, 10)).toHaveProperty('ok', true);
  });
  it('T60: a forged initiative certificate annuls the decision and recovers cash and object', () => {
    expect(revocation('FORGED_DOCUMENT')).toMatchObject({ ok: true, recoverCash: true, recoverObject: true });
    expect(revocation(null)).toHaveProperty('ok', false);
  });
  it('T62: a 100-day campaign without end date or criteria is invalid', () => {
    const r = movementCheck({
      objectives: 'x',
      scope: 'y',
      participants: 'z',
      startsOn: '2025-03-01',
      plan: 'p',
      measures: 'm',
    });
    expect(r.ok).toBe(false);
    expect(r.missing).toEqual(['nội dung và tiêu chí', 'thời gian kết thúc']);
  });
  it('T62: a complete 100-day campaign is thematic, bucket 06; a 36-month movement is bucket 09', () => {
    const base = { objectives: 'x', scope: 'y', participants: 'z', criteria: 'c', plan: 'p', measures: 'm' };
    expect(movementCheck({ ...base, startsOn: '2025-03-01', endsOn: '2025-06-08' })).toMatchObject({
      ok: true,
      form: 'CHUYEN_DE',
      bucket: '06',
    });
    expect(movementCheck({ ...base, startsOn: '2022-01-01', endsOn: '2024-12-31' })).toMatchObject({
      bucket: '09',
    });
    expect(movementCheck({ ...base, startsOn: '2024-01-01', endsOn: '2024-12-31' })).toMatchObject({
      bucket: '07',
    });
  });
});
