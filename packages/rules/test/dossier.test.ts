/** Dossier components (Luật Điều 84, 85) and procedure time limits in working days. */
import { describe, expect, it } from 'vitest';
import {
  appraisalDueOn,
  dossierCheck,
  dossierComponents,
  effectiveDeadline,
  isWorkingDay,
  missingMessage,
} from '../src/index.js';

describe('thành phần hồ sơ theo hình thức và thủ tục', () => {
  it('T58: CSTĐCS (ordinary) needs tờ trình, báo cáo thành tích, biên bản bình xét and the initiative certificate', () => {
    const c = dossierComponents('CSTD_CO_SO', 'THUONG');
    expect(c.map((x) => x.code)).toEqual([
      'TO_TRINH',
      'BAO_CAO_THANH_TICH',
      'BIEN_BAN_BINH_XET',
      'XAC_NHAN_THANH_TICH',
    ]);
    expect(c.find((x) => x.code === 'XAC_NHAN_THANH_TICH')).toMatchObject({
      scope: 'NOMINATION',
      generatable: false,
    });
    expect(c.find((x) => x.code === 'TO_TRINH')).toMatchObject({ scope: 'DOSSIER', generatable: true });
    expect(c[0]!.citation).toContain('Điều 84 khoản 1');
  });

  it('award forms need biên bản xét khen thưởng (Điều 84 khoản 2), not biên bản bình xét', () => {
    const c = dossierComponents('BANG_KHEN_BO_TINH', 'THUONG').map((x) => x.code);
    expect(c).toEqual(['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN_XET_KHEN_THUONG']);
    expect(dossierComponents('GIAY_KHEN', 'THUONG')[0]!.citation).toContain('Điều 84 khoản 2');
  });

  it('T57: the simplified procedure is 01 bộ: tờ trình + báo cáo tóm tắt thành tích (Điều 85)', () => {
    const c = dossierComponents('BANG_KHEN_BO_TINH', 'DON_GIAN');
    expect(c.map((x) => x.code)).toEqual(['TO_TRINH', 'BAO_CAO_TOM_TAT_THANH_TICH']);
    expect(c[0]!.citation).toContain('Điều 85');
  });

  it('agrees with dossierCheck for every code under the ordinary procedure', () => {
    for (const code of [
      'LDTT',
      'CSTD_CO_SO',
      'CSTD_BO_TINH',
      'GIAY_KHEN',
      'HCLD_HANG_BA',
      'TT_LDXS',
    ] as const) {
      const codes = dossierComponents(code, 'THUONG').map((x) => x.code);
      expect(dossierCheck(code, codes as string[]).ok).toBe(true);
      expect(dossierCheck(code, codes.slice(1) as string[]).ok).toBe(false);
    }
  });

  it('names the missing components in Vietnamese', () => {
    expect(missingMessage('CSTD_CO_SO', ['BIEN_BAN_BINH_XET'])).toBe(
      'Hồ sơ đề nghị Chiến sĩ thi đua cơ sở còn thiếu: Biên bản bình xét thi đua (kèm kết quả bỏ phiếu)',
    );
  });
});

describe('thời hạn theo ngày làm việc', () => {
  it('a deadline on a working day stays', () => {
    expect(effectiveDeadline('2025-12-10')).toMatchObject({ date: '2025-12-10', moved: false });
  });
  it('a deadline on Sunday moves to Monday; one inside Tết 2026 moves past the holiday', () => {
    expect(effectiveDeadline('2025-12-14')).toMatchObject({
      date: '2025-12-15',
      moved: true,
      confirmed: false,
    });
    // Tết Bính Ngọ: 14/02 – 22/02/2026 off
    expect(effectiveDeadline('2026-02-17').date).toBe('2026-02-23');
    expect(isWorkingDay('2026-02-23')).toBe(true);
  });
  it('appraisal is due 20 working days after receipt, skipping weekends and 30/4–1/5', () => {
    // received Thu 23/04/2026; 27/04 (Giỗ Tổ bù), 30/04, 01/05 off
    expect(appraisalDueOn('2026-04-23')).toBe('2026-05-26');
  });
});
