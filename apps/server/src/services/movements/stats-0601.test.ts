import { describe, expect, it } from 'vitest';
import { durationBucket, rows0601, tally0601 } from './stats-0601';

describe('Biểu 0601.N', () => {
  it('khoảng thời gian: 100 ngày dưới 1 năm (06), 01/01–31/12 là 1 năm (07), 36 tháng từ 3 đến dưới 5 năm (09)', () => {
    expect(durationBucket('DOT', '2020-02-27', '2020-06-05')).toBe('DUOI_1_NAM');
    expect(durationBucket('THUONG_XUYEN', '2026-01-01', '2026-12-31')).toBe('MOT_NAM');
    expect(durationBucket('THUONG_XUYEN', '2026-01-01', null)).toBe('MOT_NAM');
    expect(durationBucket('CHUYEN_DE', '2021-01-01', '2022-06-30')).toBe('TU_1_DEN_DUOI_3');
    expect(durationBucket('CHUYEN_DE', '2020-01-01', '2022-12-31')).toBe('TU_3_DEN_DUOI_5');
    expect(durationBucket('CHUYEN_DE', '2021-01-01', '2025-12-31')).toBe('TU_5_NAM');
    expect(durationBucket('CHUYEN_DE', '2021-01-01', null)).toBeNull();
  });

  it('đợt thi đua 2020 của quận Ba Đình (27/02/2020 – 01/02/2021): hàng 01, 03 (địa phương), 06 (dưới 1 năm), 11 (chuyên đề)', () => {
    expect(
      rows0601({
        kind: 'DOT',
        scope: 'BO_NGANH_DIA_PHUONG',
        launchLevel: 'CO_QUAN_DON_VI',
        startDate: '2020-02-27',
        endDate: '2021-02-01',
      }),
    ).toEqual(['01', '03', '06', '11']);
  });

  it('cộng theo cột cấp phát động', () => {
    const t = tally0601([
      {
        kind: 'THUONG_XUYEN',
        scope: 'CO_QUAN_DON_VI',
        launchLevel: 'CO_QUAN_DON_VI',
        startDate: '2026-01-01',
        endDate: '2026-12-31',
      },
      {
        kind: 'CHUYEN_DE',
        scope: 'BO_NGANH_DIA_PHUONG',
        launchLevel: 'BO_NGANH_TINH',
        startDate: '2026-03-01',
        endDate: '2026-06-08',
      },
    ]);
    expect(t['01']).toEqual({ TONG: 2, TRUNG_UONG: 0, BO_NGANH_TINH: 1, CO_QUAN_DON_VI: 1 });
    expect(t['12']).toEqual({ TONG: 1, TRUNG_UONG: 0, BO_NGANH_TINH: 0, CO_QUAN_DON_VI: 1 });
    expect(t['06']!.TONG).toBe(1);
    expect(t['07']!.TONG).toBe(1);
    expect(t['11']!.BO_NGANH_TINH).toBe(1);
  });
});
