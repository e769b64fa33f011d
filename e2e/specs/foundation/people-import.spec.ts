import path from 'node:path';
import ExcelJS from 'exceljs';
import { assert, digits, expectVisible, login, spec } from '../../src/harness';

export const specs = [
  spec('nhập tệp Excel có một dòng lỗi và đọc lỗi trong bảng', async (ctx) => {
    const { page, context, baseUrl, outDir } = ctx;
    await login(ctx);

    // Start from the server's own template so the headers always match.
    const res = await context.request.get(`${baseUrl}/api/v1/imports/people/template`);
    assert(res.ok(), `tải tệp mẫu thất bại (${res.status()})`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.body()) as unknown as ExcelJS.Buffer);
    const sheet = wb.worksheets[0]!;
    const catalogue = wb.worksheets.find((w) => w.name.includes('đơn vị'));
    const unitCode = String(catalogue?.getRow(2).getCell(1).value ?? 'BAN_TDKT_HN');
    const header = Array.from(sheet.getRow(1).values as unknown[], (v) => String(v ?? ''));
    const col = (label: string) => {
      const i = header.findIndex((h) => h.startsWith(label));
      assert(i > 0, `tệp mẫu không có cột "${label}"`);
      return i;
    };
    const fill = (row: number, v: { name: string; sex: string; dob: string; cccd: string }) => {
      const r = sheet.getRow(row);
      r.getCell(col('STT')).value = row - 1;
      r.getCell(col('Họ và tên')).value = v.name;
      r.getCell(col('Giới tính')).value = v.sex;
      r.getCell(col('Ngày sinh')).value = v.dob;
      r.getCell(col('Dân tộc')).value = 'Kinh';
      r.getCell(col('Số CCCD')).value = v.cccd;
      r.getCell(col('Mã cán bộ')).value = null;
      r.getCell(col('Mã đơn vị')).value = unitCode;
      r.getCell(col('Chức vụ')).value = 'Chuyên viên';
      r.getCell(col('Từ ngày')).value = '01/01/2021';
      r.getCell(col('Lãnh đạo')).value = 'Không';
      r.commit();
    };
    fill(2, { name: 'Ông Văn Nhập Một', sex: 'Nam', dob: '15/03/1985', cccd: `001085${digits(6)}` });
    fill(3, { name: 'Bà Thị Nhập Hai', sex: 'Nữ', dob: '31/02/1980', cccd: `001180${digits(6)}` });
    const file = path.join(outDir, 'nhap-can-bo-co-loi.xlsx');
    await wb.xlsx.writeFile(file);

    await page.goto(`${baseUrl}/app/nhap-du-lieu`);
    await page.getByTestId('import-upload-input').setInputFiles(file);
    await expectVisible(page.getByTestId('import-progress'), 'thanh tiến trình');
    await expectVisible(page.getByTestId('import-result'), 'kết quả nhập', 30_000);

    const errors = page.getByTestId('import-errors-table');
    await expectVisible(errors, 'bảng lỗi');
    for (const h of ['Dòng', 'Cột', 'Lỗi'])
      await expectVisible(errors.getByRole('columnheader', { name: h }), `cột "${h}"`);
    const rows = errors.locator('tbody tr.ant-table-row');
    assert((await rows.count()) === 1, `bảng lỗi có đúng 1 dòng (có ${await rows.count()})`);
    const cells = rows.first().locator('td');
    assert((await cells.nth(0).innerText()).trim() === '3', 'lỗi ở dòng 3 của tệp');
    assert((await cells.nth(1).innerText()).includes('Ngày sinh'), 'lỗi ở cột "Ngày sinh"');
    const message = (await cells.nth(2).innerText()).trim();
    assert(message.length > 0, 'có nội dung lỗi');
    console.log(`      lỗi đọc được: dòng 3, ${await cells.nth(1).innerText()}: ${message}`);
    await expectVisible(page.getByTestId('import-result').getByText('Thêm mới'), 'số cán bộ thêm mới');
  }),
];
