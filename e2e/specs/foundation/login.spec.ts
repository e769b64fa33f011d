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
];
