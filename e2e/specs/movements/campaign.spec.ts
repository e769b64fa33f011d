import type { Locator, Page } from 'playwright-core';
import { assert, digits, expectVisible, login, spec, type SpecContext } from '../../src/harness';

const CLUSTER = 'Cụm thi đua các phường khu vực trung tâm thành phố Hà Nội năm 2026';

/** dd/mm/yyyy of today + n days (the server runs on the real clock). */
function day(n: number): string {
  const d = new Date(Date.now() + n * 86_400_000);
  const p = (x: number) => String(x).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}

async function call<T>(
  page: Page,
  baseUrl: string,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  data?: unknown,
) {
  const me = await page.request.get(`${baseUrl}/api/v1/auth/me`);
  const csrf = ((await me.json()) as { csrfToken: string }).csrfToken;
  const res = await page.request.fetch(`${baseUrl}/api/v1${path}`, {
    method,
    data,
    headers: { 'x-csrf-token': csrf },
  });
  assert(res.ok(), `${method} ${path} → ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

async function pickDate(scope: Page | Locator, label: string, value: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

async function pickOption(page: Page, field: Locator, option: string | RegExp) {
  await field.click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

export const specs = [
  spec(
    'chuyên viên lập và phát động đợt thi đua như năm 2020 qua biểu mẫu; cán bộ phường đăng ký, báo cáo tiến độ; bảng theo dõi hiện số liệu',
    async (ctx: SpecContext) => {
      const { page, baseUrl } = ctx;
      await login(ctx);
      const tag = digits(5);
      const name = `Đợt thi đua cao điểm chào mừng Đại hội thi đua yêu nước thành phố ${tag}`;

      // 1. The officer fills the form (leaving out the criteria) and saves a draft.
      await page.goto(`${baseUrl}/app/phong-trao/moi`);
      const form = page.getByTestId('movement-form');
      await form.getByLabel('Tên phong trào').fill(name);
      await form.getByLabel('Đơn vị phát động').click();
      await page.keyboard.type('thanh pho ha noi');
      await page
        .locator('.ant-select-tree-node-content-wrapper', { hasText: /^Thành phố Hà Nội$/ })
        .first()
        .click();
      await form.getByLabel('Người phát động, ký').fill('Trần Sỹ Thanh');
      await form.getByLabel('Chức vụ người ký').fill('Chủ tịch UBND thành phố Hà Nội');
      await pickDate(form, 'Ngày phát động', day(0));
      await pickDate(form, 'Ngày bắt đầu', day(0));
      await pickDate(form, 'Ngày kết thúc', day(60));
      await pickDate(form, 'Hạn đăng ký thi đua', day(10));
      await form.getByLabel('Sự kiện phát động').fill('Hội nghị triển khai nhiệm vụ cuối năm');
      await form.getByLabel('Mục tiêu').fill('Lập thành tích chào mừng Đại hội thi đua yêu nước.');
      await form.getByLabel('Đối tượng').fill('Cán bộ, công chức, viên chức, người lao động các phường.');
      await form
        .getByLabel('Kế hoạch tổ chức thực hiện')
        .fill('Triển khai ngay sau phát động; tổng kết cuối đợt.');
      await form.getByLabel('Biện pháp').fill('Tuyên truyền, kiểm tra, biểu dương kịp thời.');
      await pickOption(page, form.getByLabel('Cách chọn').first(), 'Cụm/khối thi đua');
      await pickOption(page, form.getByLabel('Cụm/khối'), CLUSTER);
      const item0 = form.getByTestId('item-0');
      await item0
        .getByLabel('Nội dung', { exact: true })
        .fill('Tuyên truyền, quán triệt đến toàn thể cán bộ');
      await pickOption(page, item0.getByLabel('Loại chỉ tiêu'), 'Tỷ lệ (%)');
      await item0.getByLabel('Chỉ tiêu (%)').fill('100');
      await form.getByRole('button', { name: 'Thêm kỳ báo cáo' }).click();
      await form.getByLabel('Tên kỳ báo cáo').fill('Tháng 12/2026');
      await pickDate(form, 'Ngày chốt số liệu', day(5));
      await pickDate(form, 'Hạn nộp báo cáo', day(8));
      await page.getByTestId('save-movement').click();

      // 2. Launch refuses and lists exactly what Điều 17 still requires.
      await expectVisible(page.getByTestId('launch-movement'), 'nút Phát động trên trang phong trào');
      await page.getByTestId('launch-movement').click();
      const problems = page.getByTestId('launch-problems');
      await expectVisible(problems, 'danh sách nội dung còn thiếu theo Điều 17');
      const text = await problems.innerText();
      assert(/tiêu chí/i.test(text), `danh sách nêu thiếu tiêu chí thi đua (thấy "${text}")`);

      // 3. The officer adds the criteria and launches.
      await page.getByRole('button', { name: 'Sửa' }).click();
      await form.getByLabel('Tiêu chí thi đua').fill('Hoàn thành các chỉ tiêu đăng ký; không có vi phạm.');
      await page.getByTestId('save-movement').click();
      await expectVisible(page.getByTestId('launch-movement'), 'trang phong trào sau khi sửa');
      await page.getByTestId('launch-movement').click();
      await expectVisible(
        page.getByText('Đã phát động; các đơn vị tham gia đã nhận thông báo.'),
        'thông báo phát động',
      );
      const movementId = page.url().split('/phong-trao/')[1]!.split(/[?#]/)[0]!;

      // 4. A clerk of Phường Ngọc Hà registers and reports progress.
      // The participant itself (the demo also holds the pre-2025 ward of the same name, dissolved 01/07/2025).
      const movement = await call<{ participants: { unitId: string; name: string }[] }>(
        page,
        baseUrl,
        'GET',
        `/movements/${movementId}`,
      );
      const participant = movement.participants.find((u) => u.name === 'Phường Ngọc Hà');
      const ngocHa = participant ? { id: participant.unitId, name: participant.name } : undefined;
      assert(ngocHa, 'có Phường Ngọc Hà');
      const clerk = { username: `e2e.phongtrao.${tag}`, password: `mat-khau-${tag}-pt` };
      await call(page, baseUrl, 'POST', '/accounts', {
        ...clerk,
        fullName: 'Cán bộ TĐKT Phường Ngọc Hà',
        roles: [{ role: 'UNIT_CLERK', unitId: ngocHa.id }],
      });
      const context = await ctx.browser.newContext();
      const cp = await context.newPage();
      try {
        await login({ ...ctx, page: cp, context }, clerk);
        await expectVisible(cp.getByTestId('current-user'), 'cán bộ phường đã đăng nhập');
        await cp.goto(`${baseUrl}/app/phong-trao/${movementId}?tab=dang-ky`);
        const reg = cp.getByTestId('registration-form');
        await expectVisible(reg, 'biểu mẫu đăng ký thi đua');
        await reg.getByLabel('Chỉ tiêu nội dung 1').fill('95');
        await cp.getByTestId('save-registration').click();
        await expectVisible(cp.getByTestId('request-approval'), 'đăng ký đã lưu');
        await cp.getByRole('tab', { name: 'Tiến độ' }).click();
        const pf = cp.getByRole('tabpanel', { name: 'Tiến độ' }).getByTestId('progress-form');
        await expectVisible(pf, 'biểu mẫu báo cáo tiến độ');
        await pf.getByLabel('Kết quả nội dung 1').fill('80');
        await cp.getByTestId('save-progress').click();
        await expectVisible(cp.getByText('Đã gửi báo cáo tiến độ.'), 'thông báo đã gửi báo cáo');
        await expectVisible(pf.getByText('Đúng hạn'), 'báo cáo được ghi nhận đúng hạn');
      } finally {
        await context.close();
      }

      // 5. The officer's dashboard shows Ngọc Hà's values: registered 95 %, reported 80 %.
      await page.goto(`${baseUrl}/app/phong-trao/${movementId}?tab=tien-do`);
      const panel = page.getByRole('tabpanel', { name: 'Tiến độ' });
      const row = panel
        .getByTestId('dashboard-units')
        .locator('tr.ant-table-row', { hasText: 'Phường Ngọc Hà' });
      await expectVisible(row, 'dòng Phường Ngọc Hà trên bảng theo dõi');
      const rowText = (await row.innerText()).replace(/\s+/g, ' ');
      assert(/84,2 %/.test(rowText), `mức đạt 80/95 = 84,2 % (thấy "${rowText}")`);
      assert(/Đúng hạn/.test(rowText), `Ngọc Hà nộp đúng hạn (thấy "${rowText}")`);
      // Lagging units first: the wards that have not reported (0 %) come before Ngọc Hà.
      const first = (
        await panel.getByTestId('dashboard-units').locator('tr.ant-table-row').first().innerText()
      ).replace(/\s+/g, ' ');
      assert(/Chưa nộp/.test(first), `đơn vị chậm nhất (chưa nộp) đứng đầu (thấy "${first}")`);
      await row.locator('.ant-table-row-expand-icon').click();
      const compare = panel.getByTestId('unit-compare');
      await expectVisible(compare, 'bảng chỉ tiêu đăng ký và kết quả báo cáo của Ngọc Hà');
      // The registration and the report load after the row opens (the cells show "—" meanwhile).
      await expectVisible(compare.getByText('95 %', { exact: true }), 'chỉ tiêu đăng ký 95 % của Ngọc Hà');
      await expectVisible(compare.getByText('80 %', { exact: true }), 'giá trị báo cáo 80 % của Ngọc Hà');
      const cmp = (await compare.innerText()).replace(/\s+/g, ' ');
      assert(/100 % 95 % 80 %/.test(cmp), `chỉ tiêu chung 100 %, đăng ký 95 %, báo cáo 80 % (thấy "${cmp}")`);
      await expectVisible(panel.getByTestId('chart-items'), 'biểu đồ mức đạt theo nội dung');
      const xlsx = await page.request.get(
        `${baseUrl}${await panel.getByTestId('export-dashboard').getAttribute('href')}`,
      );
      assert(xlsx.ok() && (await xlsx.body()).subarray(0, 2).toString() === 'PK', 'tải Excel bảng theo dõi');
      const docx = await page.request.get(`${baseUrl}/api/v1/movements/${movementId}/launch-letter.docx`);
      assert(
        docx.ok() && (await docx.body()).subarray(0, 2).toString() === 'PK',
        'tải kế hoạch phát động DOCX',
      );
    },
  ),
];
