import { expectHidden, expectVisible, login, spec } from '../../src/harness';

export const specs = [
  spec('cây tổ chức theo ngày 27/02/2020 và hôm nay (sau sắp xếp 01/07/2025)', async (ctx) => {
    const { page, baseUrl } = ctx;
    await login(ctx);
    await page.goto(`${baseUrl}/app/to-chuc`);
    const tree = page.getByTestId('unit-tree');
    await expectVisible(tree, 'cây tổ chức');

    // Type the date into "Xem theo ngày" (dd/mm/yyyy).
    const picker = page.getByLabel('Xem theo ngày');
    await picker.click();
    await picker.fill('27/02/2020');
    await picker.press('Enter');
    await page.waitForURL(/asOf=2020-02-27/);
    await expectVisible(tree.getByText('Quận Ba Đình', { exact: true }), 'Quận Ba Đình vào ngày 27/02/2020');
    await expectVisible(
      tree.getByText('Phường Phúc Xá', { exact: true }),
      'Phường Phúc Xá vào ngày 27/02/2020',
    );

    // Open Phúc Xá: its successor after the 2025 reorganisation is listed.
    await tree.getByText('Phường Phúc Xá', { exact: true }).click();
    await expectVisible(
      page.getByTestId('unit-detail').getByText('Phường Hồng Hà'),
      'đơn vị kế tục Phường Hồng Hà',
    );

    await page.getByTestId('tree-date-today').click();
    await expectVisible(tree.getByText('Phường Ba Đình', { exact: true }), 'Phường Ba Đình hôm nay');
    await expectHidden(tree.getByText('Quận Ba Đình', { exact: true }), 'Quận Ba Đình (đã hết hiệu lực)');

    // Back to 2020 with the quick button, then search without diacritics.
    await page.getByTestId('tree-date-2020').click();
    await expectVisible(
      tree.getByText('Quận Ba Đình', { exact: true }),
      'Quận Ba Đình sau khi bấm 27/02/2020',
    );
    await page.getByTestId('unit-tree-search').fill('phuc xa');
    await expectVisible(tree.getByText('Phường Phúc Xá', { exact: true }), 'kết quả tìm "phuc xa"');
    await expectHidden(tree.getByText('Phường Điện Biên', { exact: true }), 'đơn vị không khớp "phuc xa"');
  }),
];
