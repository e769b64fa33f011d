import { assert, expectVisible, login, spec } from '../../src/harness';

export const specs = [
  spec('xem điều kiện khen thưởng của một cán bộ: kết luận, lý do và căn cứ', async (ctx) => {
    const { page, baseUrl } = ctx;
    await login(ctx);
    await page.goto(`${baseUrl}/app/can-bo`);
    await page.getByTestId('people-search').fill('ta nam chien');
    await page.getByTestId('people-table').getByRole('link', { name: 'Tạ Nam Chiến' }).first().click();
    await page.getByRole('button', { name: 'Điều kiện khen thưởng' }).click();
    await page.waitForURL(/\/dieu-kien-khen-thuong$/);
    await expectVisible(
      page.getByRole('heading', { name: 'Điều kiện khen thưởng: Tạ Nam Chiến' }),
      'tiêu đề trang điều kiện khen thưởng',
    );
    // The timeline of years explains the verdicts; judge the year 2020 (Chủ tịch UBND quận that year).
    await expectVisible(page.getByTestId('year-records').getByText('2020').first(), 'kết quả năm 2020');
    const year = page.getByLabel('Năm thành tích');
    await year.fill('2020');
    await year.press('Enter');
    await expectVisible(page.getByText('Xét điều kiện cho năm thành tích 2020'), 'năm thành tích 2020');
    const ldtt = page.getByTestId('verdict-LDTT');
    await expectVisible(
      ldtt.getByText(/Năm 2020 hoàn thành xuất sắc nhiệm vụ, đạt yêu cầu hoàn thành tốt nhiệm vụ trở lên/),
      'lý do về mức hoàn thành nhiệm vụ năm 2020',
    );
    const outcome = (await ldtt.getByTestId('outcome-tag').innerText()).trim();
    assert(
      ['Đủ điều kiện', 'Chưa đủ điều kiện', 'Cần xem xét'].some((l) => outcome.startsWith(l)),
      `nhãn kết luận bằng tiếng Việt (${outcome})`,
    );
    await expectVisible(
      ldtt.getByText(/Căn cứ: Luật Thi đua, khen thưởng/).first(),
      'căn cứ pháp lý của lý do',
    );
    for (const t of [
      'CSTD_CO_SO',
      'CSTD_BO_TINH',
      'BANG_KHEN_BO_TINH',
      'BANG_KHEN_THU_TUONG',
      'HCLD_HANG_BA',
    ]) {
      await expectVisible(page.getByTestId(`verdict-${t}`), `kết luận ${t}`);
    }
  }),

  spec(
    'quản trị thêm điều chỉnh của tỉnh cho tiêu chuẩn Giấy khen; trang tham số hiển thị căn cứ',
    async (ctx) => {
      const { page, baseUrl } = ctx;
      await login(ctx);
      await page.goto(`${baseUrl}/app/quan-tri/tham-so-phap-ly`);
      await page.getByPlaceholder('Tìm tham số, văn bản').fill('giay_khen.local');
      const table = page.getByTestId('legal-parameters');
      await expectVisible(table.getByText('chưa quy định (để trống)').first(), 'giá trị quốc gia để trống');
      await page.getByRole('button', { name: 'Thêm điều chỉnh' }).click();
      const dialog = page.getByRole('dialog', { name: 'Thêm điều chỉnh của tỉnh' });
      await expectVisible(dialog, 'hộp thoại thêm điều chỉnh');
      // Saving an empty form names what is missing.
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await expectVisible(dialog.getByText('Chọn tham số.'), 'lỗi thiếu tham số');
      await dialog.getByLabel('Tham số (luật giao cho tỉnh quy định)').click();
      await page.keyboard.type('giay_khen.local_min_rating');
      await page.locator('.ant-select-item-option', { hasText: 'giay_khen.local_min_rating' }).click();
      await dialog.getByLabel('Từ ngày').fill('01/01/2025');
      await dialog.getByLabel('Từ ngày').press('Enter');
      await dialog.getByLabel('Giá trị').click();
      await page.locator('.ant-select-item-option', { hasText: /^Hoàn thành tốt nhiệm vụ$/ }).click();
      const reference = 'Quyết định 12/2025/QĐ-UBND thành phố Hà Nội, Điều 5';
      await dialog.getByLabel('Căn cứ (văn bản của tỉnh, điều khoản)').fill(reference);
      await dialog.getByLabel('Lý do').fill('Thành phố quy định tiêu chuẩn Giấy khen');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await expectVisible(page.getByText('Đã thêm điều chỉnh của tỉnh.'), 'thông báo đã thêm');
      const override = table.getByTestId('parameter-override').filter({ hasText: 'Hoàn thành tốt nhiệm vụ' });
      await expectVisible(override, 'điều chỉnh hiển thị với giá trị đã chọn');
      await expectVisible(
        override.getByText('từ 01/01/2025', { exact: false }),
        'ngày bắt đầu của điều chỉnh',
      );
      await expectVisible(table.getByText(reference).first(), 'căn cứ của điều chỉnh');
    },
  ),
];
