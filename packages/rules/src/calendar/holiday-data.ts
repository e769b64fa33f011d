/**
 * Official public-sector holiday schedules (công chức, viên chức; Monday–Friday week), spec-updates B2.
 * Each entry is a day that differs from an ordinary week: a weekday off (HOLIDAY, COMPENSATORY_OFF = nghỉ bù,
 * SWAP_OFF = nghỉ hoán đổi) or a Saturday worked (MAKEUP_WORKDAY = làm bù). Holidays that fall on a weekend
 * are listed too (kind HOLIDAY) so holidaysOf() shows them; they do not change the working-day count.
 * Years not listed here use the computed fallback in holidays.ts. Tết schedules from 2027 on are decided each year
 * by the Prime Minister (Bộ luật Lao động 2019, Điều 112 khoản 3): enter them here when announced.
 */
export type HolidayKind = 'HOLIDAY' | 'COMPENSATORY_OFF' | 'SWAP_OFF' | 'MAKEUP_WORKDAY';

export interface ScheduleYear {
  readonly year: number;
  readonly basis: string;
  /** [date, kind, label] */
  readonly days: readonly (readonly [string, HolidayKind, string])[];
}

const TDL = 'Tết Dương lịch';
const TNĐ = 'Tết Nguyên đán';
const GT = 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';
const CT = 'Ngày Chiến thắng (30/4)';
const LĐ = 'Ngày Quốc tế lao động (1/5)';
const QK = 'Quốc khánh (2/9)';
const QK2 = 'Quốc khánh (ngày liền kề)';

export const OFFICIAL_SCHEDULES: readonly ScheduleYear[] = [
  {
    year: 2019,
    basis: 'Thông báo 3238/TB-LĐTBXH; Bộ luật Lao động 2012, Điều 115',
    days: [
      ['2018-12-31', 'SWAP_OFF', `${TDL} (nghỉ hoán đổi, làm bù thứ Bảy 05/01/2019)`],
      ['2019-01-01', 'HOLIDAY', TDL],
      ['2019-01-05', 'MAKEUP_WORKDAY', `${TDL} (làm bù)`],
      ['2019-02-04', 'HOLIDAY', TNĐ],
      ['2019-02-05', 'HOLIDAY', TNĐ],
      ['2019-02-06', 'HOLIDAY', TNĐ],
      ['2019-02-07', 'HOLIDAY', TNĐ],
      ['2019-02-08', 'HOLIDAY', TNĐ],
      ['2019-04-14', 'HOLIDAY', GT],
      ['2019-04-15', 'COMPENSATORY_OFF', `${GT} (nghỉ bù)`],
      ['2019-04-29', 'SWAP_OFF', `${CT} (nghỉ hoán đổi, làm bù thứ Bảy 04/05/2019)`],
      ['2019-04-30', 'HOLIDAY', CT],
      ['2019-05-01', 'HOLIDAY', LĐ],
      ['2019-05-04', 'MAKEUP_WORKDAY', `${CT} (làm bù)`],
      ['2019-09-02', 'HOLIDAY', QK],
    ],
  },
  {
    year: 2020,
    basis: 'Bộ luật Lao động 2012, Điều 115; Sở Công Thương Đắk Lắk (lịch nghỉ Tết 2020)',
    days: [
      ['2020-01-01', 'HOLIDAY', TDL],
      ['2020-01-23', 'HOLIDAY', TNĐ],
      ['2020-01-24', 'HOLIDAY', TNĐ],
      ['2020-01-27', 'HOLIDAY', TNĐ],
      ['2020-01-28', 'HOLIDAY', TNĐ],
      ['2020-01-29', 'HOLIDAY', TNĐ],
      ['2020-04-02', 'HOLIDAY', GT],
      ['2020-04-30', 'HOLIDAY', CT],
      ['2020-05-01', 'HOLIDAY', LĐ],
      ['2020-09-02', 'HOLIDAY', QK],
    ],
  },
  {
    year: 2021,
    basis: 'Bộ luật Lao động 2019, Điều 111, 112; thông báo lịch nghỉ năm 2021',
    days: [
      ['2021-01-01', 'HOLIDAY', TDL],
      ['2021-02-10', 'HOLIDAY', TNĐ],
      ['2021-02-11', 'HOLIDAY', TNĐ],
      ['2021-02-12', 'HOLIDAY', TNĐ],
      ['2021-02-15', 'HOLIDAY', TNĐ],
      ['2021-02-16', 'HOLIDAY', TNĐ],
      ['2021-04-21', 'HOLIDAY', GT],
      ['2021-04-30', 'HOLIDAY', CT],
      ['2021-05-01', 'HOLIDAY', LĐ],
      ['2021-05-03', 'COMPENSATORY_OFF', `${LĐ} (nghỉ bù)`],
      ['2021-09-02', 'HOLIDAY', QK],
      ['2021-09-03', 'HOLIDAY', QK2],
    ],
  },
  {
    year: 2022,
    basis: 'Công văn 245/VPCP-KGVX ngày 11/01/2022; Bộ luật Lao động 2019, Điều 111, 112',
    days: [
      ['2022-01-01', 'HOLIDAY', TDL],
      ['2022-01-03', 'COMPENSATORY_OFF', `${TDL} (nghỉ bù)`],
      ['2022-01-31', 'HOLIDAY', TNĐ],
      ['2022-02-01', 'HOLIDAY', TNĐ],
      ['2022-02-02', 'HOLIDAY', TNĐ],
      ['2022-02-03', 'HOLIDAY', TNĐ],
      ['2022-02-04', 'HOLIDAY', TNĐ],
      ['2022-04-10', 'HOLIDAY', GT],
      ['2022-04-11', 'COMPENSATORY_OFF', `${GT} (nghỉ bù)`],
      ['2022-04-30', 'HOLIDAY', CT],
      ['2022-05-01', 'HOLIDAY', LĐ],
      ['2022-05-02', 'COMPENSATORY_OFF', `${CT} (nghỉ bù)`],
      ['2022-05-03', 'COMPENSATORY_OFF', `${LĐ} (nghỉ bù)`],
      ['2022-09-01', 'HOLIDAY', QK2],
      ['2022-09-02', 'HOLIDAY', QK],
    ],
  },
  {
    year: 2023,
    basis: 'Công văn 8056/VPCP-KGVX ngày 01/12/2022; Bộ luật Lao động 2019, Điều 111, 112',
    days: [
      ['2023-01-01', 'HOLIDAY', TDL],
      ['2023-01-02', 'COMPENSATORY_OFF', `${TDL} (nghỉ bù)`],
      ['2023-01-20', 'HOLIDAY', TNĐ],
      ['2023-01-23', 'HOLIDAY', TNĐ],
      ['2023-01-24', 'HOLIDAY', TNĐ],
      ['2023-01-25', 'HOLIDAY', TNĐ],
      ['2023-01-26', 'HOLIDAY', TNĐ],
      ['2023-04-29', 'HOLIDAY', GT],
      ['2023-04-30', 'HOLIDAY', CT],
      ['2023-05-01', 'HOLIDAY', LĐ],
      ['2023-05-02', 'COMPENSATORY_OFF', `${CT} (nghỉ bù)`],
      ['2023-05-03', 'COMPENSATORY_OFF', `${GT} (nghỉ bù)`],
      ['2023-09-01', 'HOLIDAY', QK2],
      ['2023-09-02', 'HOLIDAY', QK],
      ['2023-09-04', 'COMPENSATORY_OFF', `${QK} (nghỉ bù)`],
    ],
  },
  {
    year: 2024,
    basis:
      'Thông báo lịch nghỉ năm 2024 của Bộ Lao động – Thương binh và Xã hội; Bộ luật Lao động 2019, Điều 111, 112',
    days: [
      ['2024-01-01', 'HOLIDAY', TDL],
      ['2024-02-08', 'HOLIDAY', TNĐ],
      ['2024-02-09', 'HOLIDAY', TNĐ],
      ['2024-02-12', 'HOLIDAY', TNĐ],
      ['2024-02-13', 'HOLIDAY', TNĐ],
      ['2024-02-14', 'HOLIDAY', TNĐ],
      ['2024-04-18', 'HOLIDAY', GT],
      ['2024-04-29', 'SWAP_OFF', `${CT} (nghỉ hoán đổi, làm bù thứ Bảy 04/05/2024)`],
      ['2024-04-30', 'HOLIDAY', CT],
      ['2024-05-01', 'HOLIDAY', LĐ],
      ['2024-05-04', 'MAKEUP_WORKDAY', `${CT} (làm bù)`],
      ['2024-09-02', 'HOLIDAY', QK],
      ['2024-09-03', 'HOLIDAY', QK2],
    ],
  },
  {
    year: 2025,
    basis: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024; Bộ luật Lao động 2019, Điều 111, 112',
    days: [
      ['2025-01-01', 'HOLIDAY', TDL],
      ['2025-01-27', 'HOLIDAY', TNĐ],
      ['2025-01-28', 'HOLIDAY', TNĐ],
      ['2025-01-29', 'HOLIDAY', TNĐ],
      ['2025-01-30', 'HOLIDAY', TNĐ],
      ['2025-01-31', 'HOLIDAY', TNĐ],
      ['2025-04-07', 'HOLIDAY', GT],
      ['2025-04-26', 'MAKEUP_WORKDAY', `${CT} (làm bù cho ngày nghỉ 02/05/2025)`],
      ['2025-04-30', 'HOLIDAY', CT],
      ['2025-05-01', 'HOLIDAY', LĐ],
      ['2025-05-02', 'SWAP_OFF', `${LĐ} (nghỉ hoán đổi, làm bù thứ Bảy 26/04/2025)`],
      ['2025-09-01', 'HOLIDAY', QK2],
      ['2025-09-02', 'HOLIDAY', QK],
    ],
  },
  {
    year: 2026,
    basis: 'Thông báo 9441/TB-BNV ngày 16/10/2025 (theo Công văn 9859/VPCP-KGVX ngày 13/10/2025)',
    days: [
      ['2026-01-01', 'HOLIDAY', TDL],
      ['2026-02-16', 'HOLIDAY', TNĐ],
      ['2026-02-17', 'HOLIDAY', TNĐ],
      ['2026-02-18', 'HOLIDAY', TNĐ],
      ['2026-02-19', 'HOLIDAY', TNĐ],
      ['2026-02-20', 'HOLIDAY', TNĐ],
      ['2026-04-26', 'HOLIDAY', GT],
      ['2026-04-27', 'COMPENSATORY_OFF', `${GT} (nghỉ bù)`],
      ['2026-04-30', 'HOLIDAY', CT],
      ['2026-05-01', 'HOLIDAY', LĐ],
      ['2026-08-22', 'MAKEUP_WORKDAY', `${QK} (làm bù cho ngày nghỉ 31/08/2026)`],
      ['2026-08-31', 'SWAP_OFF', `${QK} (nghỉ hoán đổi, làm bù thứ Bảy 22/08/2026)`],
      ['2026-09-01', 'HOLIDAY', QK2],
      ['2026-09-02', 'HOLIDAY', QK],
    ],
  },
];
