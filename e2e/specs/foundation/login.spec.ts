import { expectVisible, login, spec } from '../../src/harness';

export const specs = [
  spec('đăng nhập sai báo lỗi bằng tiếng Việt', async ({ page, baseUrl }) => {
    await page.goto(`${baseUrl}/app/`);
    // Not signed in: the app sends the user to the login form.
    await page.waitForURL(/\/app\/dang-nhap/);
    await page.getByTestId('login-username').fill('khong.ton.tai');
    await page.getByTestId('login-password').fill('sai-mat-khau-123');
    await page.getByTestId('login-submit').click();
    await expectVisible(
      page.getByTestId('login-error').getByText('Tên đăng nhập hoặc mật khẩu không đúng.'),
      'thông báo sai tên đăng nhập hoặc mật khẩu',
    );
  }),

  spec('đăng nhập, thấy trang tổng quan, đăng xuất', async (ctx) => {
    const { page } = ctx;
    await login(ctx);
    await expectVisible(page.getByRole('heading', { name: 'Tổng quan' }), 'tiêu đề "Tổng quan"');
    await expectVisible(page.getByRole('menuitem', { name: 'Cây tổ chức' }), 'mục menu "Cây tổ chức"');
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/app\/dang-nhap/);
    await expectVisible(page.getByTestId('login-form'), 'biểu mẫu đăng nhập sau khi đăng xuất');
  }),

  spec('"Đăng xuất mọi nơi" đưa phiên khác về trang đăng nhập', async (ctx) => {
    const { page, browser } = ctx;
    await login(ctx);
    const other = await browser.newContext({ locale: 'vi-VN' });
    try {
      const page2 = await other.newPage();
      await login({ ...ctx, page: page2 });
      await page2.getByTestId('logout-all').click();
      await page2.waitForURL(/\/app\/dang-nhap/);
    } finally {
      await other.close();
    }
    // The first session was revoked too: its next API call answers 401 and the app goes to login.
    await page.getByRole('menuitem', { name: 'Cán bộ' }).click();
    await page.waitForURL(/\/app\/dang-nhap/);
    await expectVisible(page.getByTestId('login-form'), 'biểu mẫu đăng nhập sau khi phiên bị thu hồi');
  }),
];
