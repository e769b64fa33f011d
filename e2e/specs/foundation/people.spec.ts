import { assert, digits, expectVisible, login, spec } from '../../src/harness';

export const specs = [
  spec('thêm cán bộ rồi tìm lại bằng tên không dấu', async (ctx) => {
    const { page, baseUrl } = ctx;
    const fullName = 'Khúc Thị Ngọc Điệp';
    await login(ctx);
    await page.goto(`${baseUrl}/app/can-bo`);
    await page.getByTestId('person-create').click();
    const dialog = page.getByRole('dialog', { name: 'Thêm cán bộ' });
    await expectVisible(dialog, 'hộp thoại "Thêm cán bộ"');
    await dialog.getByLabel('Họ và tên').fill(fullName);
    await dialog.getByLabel('Giới tính').click();
    await page.locator('.ant-select-item-option', { hasText: /^Nữ$/ }).click();
    await dialog.getByLabel('Ngày sinh').fill('12/03/1990');
    await dialog.getByLabel('Ngày sinh').press('Enter');
    await dialog.getByLabel('Số CCCD').fill(`001190${digits(6)}`);
    await dialog.getByLabel('Đơn vị công tác').click();
    await page.keyboard.type('phuong ba dinh');
    await page
      .locator('.ant-select-tree-node-content-wrapper', { hasText: /^Phường Ba Đình$/ })
      .first()
      .click();
    await dialog.getByLabel('Chức vụ/vị trí').fill('Chuyên viên');
    await dialog.getByRole('button', { name: 'Lưu' }).click();

    // The new person's page opens.
    await page.waitForURL(/\/app\/can-bo\/[^/]+$/);
    await expectVisible(page.getByRole('heading', { name: fullName }), `trang của ${fullName}`);
    await expectVisible(
      page.getByTestId('employment-timeline').getByText('Phường Ba Đình'),
      'quá trình công tác tại Phường Ba Đình',
    );

    // Back to the list: search without diacritics.
    await page.goto(`${baseUrl}/app/can-bo`);
    await page.getByTestId('people-search').fill('khuc thi ngoc diep');
    const table = page.getByTestId('people-table');
    await expectVisible(
      table.getByRole('link', { name: fullName }),
      `${fullName} trong kết quả tìm "khuc thi ngoc diep"`,
    );
    const url = page.url();
    assert(url.includes('q=khuc'), `ô tìm kiếm được ghi vào địa chỉ trang (${url})`);
  }),
];
