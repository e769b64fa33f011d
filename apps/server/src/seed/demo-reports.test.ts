import { describe, expect, it } from 'vitest';
import { systemContext } from '../app';
import { createTestApp, login } from '../test/harness';
import { seedDemo } from './seed-demo';
import { demoReportAwards } from './demo-reports';

const t = await createTestApp({ today: '2026-10-01' });
const logins = await seedDemo(systemContext(t.deps));
const officer = logins.find((l) => l.username === 'canbo.tdkt.hn')!;
const h = await login(t.app, officer.username, officer.password);

async function report(form: string, unitCode: string, year: number) {
  const units = (
    await t.app.inject({ method: 'GET', url: `/api/v1/units/tree?asOf=${year}-12-31`, headers: h })
  ).json().units as { id: string; code: string }[];
  const unit = units.find((u) => u.code === unitCode)!;
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/reports/statistics?form=${form}&unitId=${unit.id}&year=${year}`,
    headers: h,
  });
  expect(res.statusCode).toBe(200);
  return res.json().values as Record<string, Record<string, number | null>>;
}

describe('dữ liệu mẫu cho báo cáo thống kê (seed/demo-reports.ts)', () => {
  it('các quyết định mẫu năm 2025 đều có người/đơn vị nhận', () => {
    expect(demoReportAwards).toHaveLength(24);
    expect(demoReportAwards.every((a) => !!a.personKey !== !!a.unitKey)).toBe(true);
  });

  // These totals are the ones the e2e spec (e2e/specs/reports/statistics.spec.ts) reads back from the file.
  it('Biểu 0603 của thành phố Hà Nội năm 2025', async () => {
    const v = await report('0603', 'HN', 2025);
    expect(v.TONG).toEqual({
      TONG: 24,
      BANG_KHEN_BO_TINH: 20,
      CSTD_BO_TINH: 3,
      CO_THI_DUA_BO_TINH: 1,
      KY_NIEM_CHUONG_BO_TINH: 0,
    });
    expect(v.TAP_THE!.TONG).toBe(5);
    expect(v.DOANH_NGHIEP!.TONG).toBe(1);
    expect(v.CA_NHAN!.TONG).toBe(19);
    expect(v.TRUC_TIEP!.TONG).toBe(17);
    expect(v.THUONG_XUYEN!.TONG).toBe(19);
    expect(v.DOT_XUAT!.TONG).toBe(5);
  });

  it('qua sắp xếp 01/07/2025: phường mới nhận phần năm 2025 của các phường cũ sáp nhập vào nó', async () => {
    // Phường Ba Đình: Quán Thánh's Cờ (January; Quán Thánh merged into it on 01/07/2025) + its own October
    // Bằng khen. The THCS Giảng Võ school was transferred, not merged: its January award stays with the
    // district of that time.
    const v = await report('0603', 'P_BA_DINH', 2025);
    expect(v.TONG!.CO_THI_DUA_BO_TINH).toBe(1);
    expect(v.TAP_THE).toMatchObject({ TONG: 2, BANG_KHEN_BO_TINH: 1, CO_THI_DUA_BO_TINH: 1 });
    // Phường Hồng Hà: Phúc Xá's January Bằng khen
    const hh = await report('0603', 'P_HONG_HA', 2025);
    expect(hh.TAP_THE).toMatchObject({ TONG: 1, BANG_KHEN_BO_TINH: 1 });
  });
});
