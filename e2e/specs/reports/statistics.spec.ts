import ExcelJS from 'exceljs';
import { assert, expectVisible, login, spec } from '../../src/harness';

/** The Hà Nội TĐKT officer of the demo (falls back to admin when only admin's password is known). */
function officerLogin(admin: { username: string; password: string }) {
  const all = process.env.E2E_LOGINS
    ? (JSON.parse(process.env.E2E_LOGINS) as { username: string; password: string }[])
    : [];
  return all.find((l) => l.username === 'canbo.tdkt.hn') ?? admin;
}

// The demo's 2025 decisions of the Hà Nội People's Committee (apps/server/src/seed/demo-reports.ts; the same
// totals are asserted by seed/demo-reports.test.ts): 24 awards = 20 Bằng khen, 3 CSTĐ, 1 Cờ, 0 Kỷ niệm chương.
const EXPECTED: Record<string, (number | string)[]> = {
  '01': [24, 20, 3, 1, 0], // Tổng số
  '02': [5, 4, 0, 1, 0], // Tập thể
  '03': [1, 1, 0, 0, 0], // Trong đó: doanh nghiệp
  '05': [19, 16, 3, 0, 0], // Cá nhân
  '10': [17, 14, 3, 0, 0], // Người trực tiếp lao động
  '11': [19, 15, 3, 1, 0], // Thường xuyên
  '13': [5, 5, 0, 0, 0], // Đột xuất
};

export const specs = [
  spec(
    'chuyên viên TĐKT thành phố xuất Biểu 0603.N năm 2025 và mở được tệp với tổng số đúng',
    async (ctx) => {
      const { page, baseUrl, outDir } = ctx;
      await login(ctx, officerLogin(ctx.admin));
      await page.goto(`${baseUrl}/app/bao-cao/thong-ke?bieu=0603&nam=2025`);
      const table = page.getByTestId('report-table');
      await expectVisible(table, 'bảng Biểu 0603');
      await expectVisible(page.getByText('Biểu số: 0603.N/BNV-TĐKT'), 'số hiệu biểu');
      const total = page.locator('[data-cell="01:TONG"]');
      await expectVisible(total, 'ô tổng số');
      assert(
        (await total.innerText()).trim() === '24',
        `tổng số trên màn hình là 24 (thấy ${await total.innerText()})`,
      );
      // no household award in the demo: a computed 0
      assert(
        (await page.locator('[data-cell="04:TONG"]').innerText()).trim() === '0',
        'dòng hộ gia đình là 0',
      );

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('report-download').click(),
      ]);
      const file = `${outDir}/${download.suggestedFilename()}`;
      await download.saveAs(file);
      assert(
        download.suggestedFilename() === 'bieu-0603-N-2025-ban-nhap.xlsx',
        `tên tệp (${download.suggestedFilename()})`,
      );

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.worksheets[0]!;
      const texts: string[] = [];
      ws.eachRow((r) => r.eachCell((c) => texts.push(String(c.value ?? ''))));
      assert(texts.includes('Biểu số: 0603.N/BNV-TĐKT'), 'tệp có số hiệu biểu');
      assert(
        texts.some((t) => t.startsWith('Đơn vị báo cáo: ') && t.includes('Hà Nội')),
        'tệp ghi đơn vị báo cáo là Hà Nội',
      );
      const byCode = new Map<string, ExcelJS.Row>();
      ws.eachRow((r) => {
        const code = String(r.getCell(2).value ?? '');
        if (/^\d\d$/.test(code)) byCode.set(code, r);
      });
      for (const [code, want] of Object.entries(EXPECTED)) {
        const row = byCode.get(code);
        assert(row, `tệp có dòng mã số ${code}`);
        const got = [4, 5, 6, 7, 8].map((c) => row.getCell(c).value);
        assert(
          JSON.stringify(got) === JSON.stringify(want),
          `dòng ${code}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`,
        );
      }
      assert(byCode.get('04')!.getCell(4).value === 0, 'dòng 04 (hộ gia đình) là 0 trong tệp');
      console.log(
        `      tệp ${download.suggestedFilename()}: tổng ${byCode.get('01')!.getCell(4).value} lượt khen`,
      );
    },
  ),

  spec('chốt số liệu Biểu 0603 với người ký và tải bản đã chốt có khối chữ ký', async (ctx) => {
    const { page, baseUrl, outDir } = ctx;
    await login(ctx, officerLogin(ctx.admin));
    await page.goto(`${baseUrl}/app/bao-cao/thong-ke?bieu=0603&nam=2025`);
    await expectVisible(page.getByTestId('report-table'), 'bảng Biểu 0603');
    await page.getByTestId('report-finalize').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Người lập biểu').fill('Nguyễn Thị Lập Biểu');
    await dialog.getByLabel('Thủ trưởng đơn vị (người ký)').fill('Trần Văn Ký');
    await dialog.getByLabel('Chức vụ người ký').fill('Phó Chủ tịch Ủy ban nhân dân');
    await dialog.getByLabel('Địa danh').fill('Hà Nội');
    await dialog.getByRole('button', { name: 'Chốt số liệu' }).click();
    const row = page.getByRole('row', { name: /Trần Văn Ký/ });
    await expectVisible(row, 'lần chốt số liệu trong danh sách');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('link', { name: /Tải Excel/ }).click(),
    ]);
    const file = `${outDir}/da-chot-${download.suggestedFilename()}`;
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const texts: string[] = [];
    wb.worksheets[0]!.eachRow((r) => r.eachCell((c) => texts.push(String(c.value ?? ''))));
    assert(texts.includes('Trần Văn Ký'), 'khối chữ ký có tên người ký');
    assert(texts.includes('PHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN'), 'khối chữ ký có chức vụ');
    assert(!texts.some((t) => t.includes('BẢN NHÁP')), 'bản đã chốt không ghi "bản nháp"');
  }),
];
