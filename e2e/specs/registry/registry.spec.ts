import { assert, digits, expectVisible, login, spec } from '../../src/harness';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

export const specs = [
  spec('sổ vàng: tìm không dấu, mở hồ sơ, theo mã xác minh đọc xác nhận', async (ctx) => {
    const { page, baseUrl } = ctx;
    await login(ctx);
    // An award for a demo person, entered through the API (as the "Nhập khen thưởng đã có" dialog does).
    const me = await page.request.get(`${baseUrl}/api/v1/auth/me`);
    const { csrfToken } = (await me.json()) as { csrfToken: string };
    const people = await page.request.get(`${baseUrl}/api/v1/people?pageSize=1&sort=name`);
    const person = ((await people.json()) as { items: { id: string; fullName: string }[] }).items[0];
    assert(person, 'dữ liệu mẫu có cán bộ');
    const decisionNumber = `${digits(4)}/QĐ-E2E`;
    const created = await page.request.post(`${baseUrl}/api/v1/people/${person.id}/awards`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { code: 'BANG_KHEN_BO_TINH', decisionNumber, decidedOn: '2020-12-28', signer: 'Chủ tịch UBND' },
    });
    assert(created.status() === 201, `ghi khen thưởng: HTTP ${created.status()}`);

    await page.goto(`${baseUrl}/app/so-vang`);
    await page.getByTestId('registry-search').fill(fold(person.fullName));
    const table = page.getByTestId('registry-table');
    const row = table.locator('tr', { hasText: decisionNumber });
    await expectVisible(row, `khen thưởng ${decisionNumber} khi tìm "${fold(person.fullName)}"`);
    await row.getByTestId('registry-record-link').click();

    await page.waitForURL(/\/app\/so-vang\/ca-nhan\/[^/]+$/);
    await expectVisible(
      page.getByRole('heading', { name: `Sổ vàng: ${person.fullName}` }),
      `sổ vàng của ${person.fullName}`,
    );
    const item = page.getByTestId('registry-timeline-item').filter({ hasText: decisionNumber });
    await expectVisible(item, 'khen thưởng trên dòng thời gian');
    const href = await item.getByTestId('registry-verify-link').getAttribute('href');
    assert(href && /\/verify\/[0-9A-Z]{12}$/.test(href), `liên kết xác minh (${href})`);

    // The public page, as someone scanning the QR code would see it (no login needed).
    const anon = await ctx.browser.newContext();
    try {
      const pub = await anon.newPage();
      await pub.goto(new URL(href, baseUrl).toString());
      await expectVisible(pub.getByText('Khen thưởng hợp lệ'), 'xác nhận "Khen thưởng hợp lệ"');
      await expectVisible(pub.getByText(person.fullName), 'tên người được khen');
      await expectVisible(pub.getByText(`Số ${decisionNumber} ngày 28/12/2020`), 'số và ngày quyết định');
      await expectVisible(pub.getByText('Bằng khen của bộ, ban, ngành, tỉnh'), 'hình thức khen thưởng');
      await pub.goto(`${baseUrl}/verify/KHONGCOMANAY`);
      await expectVisible(
        pub.getByRole('heading', { name: 'Không tìm thấy khen thưởng' }),
        'trang 404 tiếng Việt',
      );
    } finally {
      await anon.close();
    }
  }),
];
