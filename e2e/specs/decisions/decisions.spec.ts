import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { assert, expectVisible, login, spec } from '../../src/harness';

/** The Ba Đình TĐKT officer of the demo (falls back to admin when only admin's password is known). */
function officerLogin(admin: { username: string; password: string }) {
  const all = process.env.E2E_LOGINS
    ? (JSON.parse(process.env.E2E_LOGINS) as { username: string; password: string }[])
    : [];
  return all.find((l) => l.username === 'canbo.tdkt.badinh') ?? admin;
}

/** Text of each page of a PDF, as a reader copying text would get it (pdf.js). */
async function pdfPages(file: string): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
  }
  await doc.destroy();
  return pages;
}

export const specs = [
  spec(
    'chuyên viên lập, ban hành quyết định, tải DOCX và danh sách chi, in bằng khen; trang xác minh hiện người được khen',
    async (ctx) => {
      const { page, baseUrl, outDir } = ctx;
      await login(ctx, officerLogin(ctx.admin));
      const me = await page.request.get(`${baseUrl}/api/v1/auth/me`);
      const { csrfToken } = (await me.json()) as { csrfToken: string };

      // The demo's closing decision of the 2020 campaign is in the list.
      await page.goto(`${baseUrl}/app/quyet-dinh`);
      const list = page.getByRole('table');
      await expectVisible(list.getByRole('link', { name: '125/QĐ-UBND' }), 'quyết định mẫu 125/QĐ-UBND');

      // A person of the demo to commend.
      const people = await page.request.get(`${baseUrl}/api/v1/people?q=phuc%20xa&pageSize=5`);
      const found = (await people.json()) as { items: { id: string; fullName: string }[] };
      const person =
        found.items[0] ??
        ((await (await page.request.get(`${baseUrl}/api/v1/people?pageSize=1`)).json()) as typeof found)
          .items[0];
      assert(person, 'dữ liệu mẫu có cán bộ');

      // Draft through the form.
      await page.getByRole('button', { name: 'Lập dự thảo' }).click();
      const dialog = page.getByRole('dialog', { name: 'Lập dự thảo quyết định khen thưởng' });
      await expectVisible(dialog, 'hộp thoại lập dự thảo');
      await dialog.getByLabel('Trích yếu').fill('Về việc tặng Giấy khen (kiểm thử e2e)');
      await dialog.getByLabel('Chức vụ người ký').fill('PHÓ CHỦ TỊCH');
      await dialog.getByLabel('Họ tên người ký').fill('Lê Minh Tuấn');
      await dialog.getByLabel('Ngày dự kiến ban hành').fill('20/01/2021');
      await dialog.getByLabel('Ngày dự kiến ban hành').press('Enter');
      const picker = dialog.getByRole('combobox', { name: 'Cán bộ' });
      await picker.click();
      await picker.fill(person.fullName);
      const option = page.locator('.ant-select-item-option', { hasText: person.fullName }).first();
      await expectVisible(option, `gợi ý ${person.fullName}`);
      await option.click();
      await dialog.getByPlaceholder('Từ năm').fill('2020');
      await dialog.getByPlaceholder('Đến năm').fill('2020');
      await dialog.getByRole('button', { name: 'Lưu dự thảo' }).click();
      await page.waitForURL(/\/app\/quyet-dinh\/[0-9a-f-]{36}$/);
      await expectVisible(page.getByRole('heading', { name: 'Dự thảo quyết định' }), 'trang dự thảo');
      await expectVisible(page.getByRole('cell', { name: person.fullName }), 'người trong danh sách');

      // Issue: the number is previewed and given.
      await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
      const issue = page.getByRole('dialog', { name: 'Ban hành quyết định' });
      await expectVisible(issue.getByText(/Số sẽ cấp: \d+\/QĐ-UBND/), 'số sẽ cấp');
      await issue.getByRole('button', { name: 'Ban hành và cấp số' }).click();
      const heading = page.getByRole('heading', { name: /^Quyết định số \d+\/QĐ-UBND$/ });
      await expectVisible(heading, 'tiêu đề có số quyết định');
      const numberText = (await page.getByTestId('decision-number').innerText()).trim();
      assert(/^\d{2,}\/QĐ-UBND$/.test(numberText), `số quyết định "${numberText}"`);

      // DOCX (a Word package) and the payment list, read back.
      const [docx] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Tải DOCX' }).click(),
      ]);
      const docxFile = `${outDir}/${docx.suggestedFilename()}`;
      await docx.saveAs(docxFile);
      const docxBytes = readFileSync(docxFile);
      assert(
        docxBytes.subarray(0, 2).toString() === 'PK' && docxBytes.includes('word/document.xml'),
        `tệp DOCX (${docx.suggestedFilename()})`,
      );
      const [xlsx] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Danh sách chi tiền thưởng (Excel)' }).click(),
      ]);
      const xlsxFile = `${outDir}/${xlsx.suggestedFilename()}`;
      await xlsx.saveAs(xlsxFile);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(xlsxFile);
      const cells: string[] = [];
      wb.worksheets[0]!.eachRow((r) => r.eachCell((c) => cells.push(String(c.value ?? ''))));
      assert(cells.includes(person.fullName), 'danh sách chi có tên người được khen');
      assert(
        cells.some((c) => c.includes(numberText)),
        'danh sách chi ghi số quyết định',
      );
      // Giấy khen on 20/01/2021: 0,3 × 1.490.000 → 450.000 đồng.
      assert(cells.includes('450000'), `số tiền 450.000 (ô: ${cells.slice(-12).join(' | ')})`);

      // Certificates: one page, with name, decision number and verification code.
      const certCard = page.locator('.ant-card', { hasText: 'In bằng khen, giấy khen' });
      await expectVisible(certCard, 'khung in bằng khen');
      const [pdf] = await Promise.all([
        page.waitForEvent('download'),
        certCard.getByRole('link', { name: 'Tải bằng khen (PDF)' }).click(),
      ]);
      const pdfFile = `${outDir}/${pdf.suggestedFilename()}`;
      await pdf.saveAs(pdfFile);
      const pages = await pdfPages(pdfFile);
      assert(pages.length === 1, `số trang bằng khen = 1 (thấy ${pages.length})`);
      assert(pages[0]!.includes(person.fullName), 'bằng có tên người được khen');
      assert(pages[0]!.includes(`Quyết định số ${numberText} ngày 20/01/2021`), 'bằng có số quyết định');
      const code = /Mã xác minh: ([0-9A-Z]{12})/.exec(pages[0]!)?.[1];
      assert(code, 'bằng có mã xác minh');

      // The signer-authority check, shown in Vietnamese: a district chairman cannot award a provincial Bằng khen.
      const dec = await page.request.get(page.url().replace('/app/quyet-dinh/', '/api/v1/decisions/'));
      const { registerId } = (await dec.json()) as { registerId: string };
      const bad = await page.request.post(`${baseUrl}/api/v1/decisions`, {
        headers: { 'x-csrf-token': csrfToken },
        data: {
          registerId,
          kind: 'KHEN_THUONG',
          subject: 'Về việc tặng Bằng khen (vượt thẩm quyền)',
          signerTitle: 'CHỦ TỊCH',
          signerName: 'Lê Minh Tuấn',
          plannedOn: '2021-01-20',
          recipients: [{ personId: person.id, code: 'BANG_KHEN_BO_TINH' }],
        },
      });
      assert(bad.status() === 201, `dự thảo vượt thẩm quyền: HTTP ${bad.status()}`);
      await page.goto(`${baseUrl}/app/quyet-dinh/${((await bad.json()) as { id: string }).id}`);
      await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
      const issue2 = page.getByRole('dialog', { name: 'Ban hành quyết định' });
      await issue2.getByRole('button', { name: 'Ban hành và cấp số' }).click();
      await expectVisible(
        issue2.getByRole('alert').filter({ hasText: 'thẩm quyền' }),
        'lỗi thẩm quyền người ký',
      );

      // The public verification page (the QR target) shows the recipient.
      const anon = await ctx.browser.newContext();
      try {
        const pub = await anon.newPage();
        await pub.goto(`${baseUrl}/verify/${code}`);
        await expectVisible(pub.getByText('Khen thưởng hợp lệ'), 'xác nhận "Khen thưởng hợp lệ"');
        await expectVisible(pub.getByText(person.fullName), 'tên người được khen trên trang xác minh');
      } finally {
        await anon.close();
      }
    },
  ),
];
