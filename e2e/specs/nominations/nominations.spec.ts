import type { Page } from 'playwright-core';
import { ballotMessage, blind, finalize, newBallotToken, type Meeting } from '@vinhdanh/shared';
import { assert, expectHidden, expectVisible, login, spec } from '../../src/harness';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

interface DemoLogin {
  username: string;
  password: string;
}
function demoLogin(username: string): DemoLogin {
  const all = JSON.parse(process.env.E2E_LOGINS ?? '[]') as DemoLogin[];
  const l = all.find((x) => x.username === username);
  assert(l, `Thiếu tài khoản mẫu ${username} trong E2E_LOGINS`);
  return l;
}

/** A member voting over the API, as the browser does: blind, token, unblind, anonymous cast. */
async function voteByApi(baseUrl: string, who: DemoLogin, meetingId: string, choice: 'YES' | 'NO') {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: who.username, password: who.password }),
  });
  assert(res.ok, `đăng nhập ${who.username}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  const m = (await (
    await fetch(`${baseUrl}/api/v1/meetings/${meetingId}`, { headers: { cookie } })
  ).json()) as Meeting;
  const item = m.items[0]!;
  const t = await newBallotToken();
  const msg = ballotMessage(item.id, t.tokenId);
  const b = await blind(item.publicKey!, msg);
  const tok = await fetch(`${baseUrl}/api/v1/meetings/${meetingId}/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
    body: JSON.stringify({ items: [{ itemId: item.id, blindedMsg: b.blindedMsg }] }),
  });
  assert(tok.ok, `nhận phiếu ${who.username}: ${tok.status}`);
  const blindSig = ((await tok.json()) as { items: { blindSig: string }[] }).items[0]!.blindSig;
  const signature = await finalize(item.publicKey!, msg, blindSig, b.inv);
  const cast = await fetch(`${baseUrl}/api/v1/ballots/cast`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ itemId: item.id, token: t.token, signature, choice }),
  });
  assert(cast.ok, `bỏ phiếu ${who.username}: ${cast.status}`);
}

const pdf = (name: string) => ({
  name: `${name}.pdf`,
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`),
});

async function pickOption(page: Page, combobox: string, option: string, search?: string) {
  await page.getByRole('combobox', { name: combobox }).click();
  if (search) await page.getByRole('combobox', { name: combobox }).fill(search);
  await page
    .locator('.ant-select-item-option, .ant-select-tree-node-content-wrapper', { hasText: option })
    .first()
    .click();
}

export const specs = [
  spec(
    'đơn vị lập hồ sơ, đề nghị hai người, đủ thành phần và trình; cán bộ thẩm định trả lại một người, trình Hội đồng người còn lại; Hội đồng bỏ phiếu kín, kết quả về hồ sơ',
    async (ctx) => {
      const { page, baseUrl } = ctx;
      const title = `Đề nghị công nhận Lao động tiên tiến năm 2020 (e2e ${Date.now()})`;

      // --- the ward's clerk creates the dossier ---
      await login(ctx, demoLogin('vanthu.phucxa'));
      await page.getByRole('menuitem', { name: 'Đề nghị khen thưởng' }).click();
      await page.getByRole('button', { name: 'Lập hồ sơ đề nghị' }).click();
      const modal = page.getByRole('dialog', { name: 'Lập hồ sơ đề nghị khen thưởng' });
      await modal.getByLabel('Tên hồ sơ').fill(title);
      await modal.getByLabel('Năm thành tích').fill('2020');
      await pickOption(page, 'Đơn vị đề nghị', 'Phường Phúc Xá', 'phuc xa');
      await pickOption(page, 'Cơ quan nhận hồ sơ', 'Quận Ba Đình');
      await modal.getByRole('button', { name: 'Lập hồ sơ' }).click();
      await expectVisible(page.getByRole('heading', { name: title }), 'trang hồ sơ vừa lập');
      const dossierUrl = page.url();

      // --- two people of the ward (searched without diacritics) ---
      const found = await page.request.get(`${baseUrl}/api/v1/people?pageSize=2&sort=name`);
      const people = ((await found.json()) as { items: { fullName: string }[] }).items;
      assert(people.length === 2, 'phường có cán bộ trong dữ liệu mẫu');
      const picked = people.map((p) => p.fullName);
      for (const name of picked) {
        await page.getByRole('button', { name: 'Thêm cá nhân, tập thể' }).click();
        const add = page.getByRole('dialog', { name: 'Thêm người được đề nghị' });
        await pickOption(page, 'Cá nhân', name, fold(name));
        await pickOption(page, 'Danh hiệu, hình thức đề nghị', 'Lao động tiên tiến');
        await add.getByRole('button', { name: 'Thêm', exact: true }).click();
        await expectHidden(add, 'hộp thoại thêm người');
      }
      const nominees = page.getByRole('table', { name: 'Người được đề nghị' });
      for (const name of picked) await expectVisible(nominees.getByText(name), `${name} trong hồ sơ`);
      await expectVisible(nominees.getByTestId('verdict-tag'), 'kết quả xét của bộ quy tắc');

      // --- a submission attempt before the components are there lists what is missing ---
      await page.getByRole('button', { name: 'Trình hồ sơ' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Trình', exact: true }).click();
      await expectVisible(page.getByRole('alert').getByText(/Hồ sơ còn thiếu/), 'lỗi thiếu thành phần');
      await expectVisible(page.getByRole('alert').getByText(picked[0]!), 'tên người còn thiếu thành phần');

      // --- components: the tờ trình generated from data, the rest uploaded ---
      const components = page.locator('[data-testid^="component-"]');
      const n = await components.count();
      assert(n >= 3, `có ít nhất 3 thành phần hồ sơ (thấy ${n})`);
      for (let i = 0; i < n; i++) {
        const row = components.nth(i);
        const key = (await row.getAttribute('data-testid'))!;
        if (key === 'component-TO_TRINH') await row.getByRole('button', { name: 'Tạo từ dữ liệu' }).click();
        else await row.locator('input[type=file]').setInputFiles(pdf(key));
        await expectVisible(row.getByText('Đã có'), `thành phần ${key} đã có`, 30_000);
      }
      await expectVisible(page.getByText('Đủ thành phần'), 'hồ sơ đủ thành phần');
      await expectVisible(
        page.getByTestId('component-TO_TRINH').getByText('tạo từ dữ liệu'),
        'tờ trình tạo từ dữ liệu',
      );
      await page.getByRole('button', { name: 'Trình hồ sơ' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Trình', exact: true }).click();
      await expectVisible(
        page.getByTestId('dossier-status').getByText('Đã trình, chờ thẩm định'),
        'đã trình',
      );

      // --- the district officer appraises ---
      const oc = await ctx.browser.newContext({ locale: 'vi-VN' });
      try {
        const op = await oc.newPage();
        await login({ ...ctx, page: op, context: oc }, demoLogin('canbo.tdkt.badinh'));
        await op.goto(`${dossierUrl}/tham-dinh`);
        await expectVisible(op.getByRole('heading', { name: `Thẩm định: ${title}` }), 'trang thẩm định');
        await expectVisible(op.getByText('Danh mục kiểm tra'), 'danh mục kiểm tra');
        const table = op.getByRole('table', { name: 'Người được đề nghị' });
        const first = table.locator('tr', { hasText: picked[0]! });
        const second = table.locator('tr', { hasText: picked[1]! });
        await first.locator('.ant-checkbox-input').click();
        await op.getByRole('button', { name: 'Trả lại người đã chọn' }).click();
        const ret = op.getByRole('dialog', { name: `Trả lại: ${picked[0]}` });
        await ret.getByRole('button', { name: 'Trả lại' }).click();
        await expectVisible(ret.getByText('Nêu lý do trả lại'), 'lý do trả lại là bắt buộc');
        await ret.getByLabel('Lý do trả lại').fill('Bổ sung báo cáo thành tích có xác nhận của thủ trưởng.');
        await ret.getByRole('button', { name: 'Trả lại' }).click();
        await expectVisible(first.getByText('Trả lại để bổ sung'), `${picked[0]} bị trả lại`);
        await second.locator('.ant-checkbox-input').click();
        await op.getByRole('button', { name: 'Trình Hội đồng' }).click();
        await expectVisible(
          second.getByText('Đã thẩm định, trình Hội đồng'),
          `${picked[1]} được trình Hội đồng`,
        );

        // --- the council: agenda from the appraised dossier, secret ballot, result written back ---
        const { csrfToken } = (await (await op.request.get(`${baseUrl}/api/v1/auth/me`)).json()) as {
          csrfToken: string;
        };
        const councils = (await (await op.request.get(`${baseUrl}/api/v1/councils`)).json()) as {
          id: string;
          name: string;
        }[];
        const council = councils.find((c) => c.name.includes('Ba Đình'));
        assert(council, 'Hội đồng TĐKT quận Ba Đình trong dữ liệu mẫu');
        const created = await op.request.post(`${baseUrl}/api/v1/councils/${council.id}/meetings`, {
          headers: { 'x-csrf-token': csrfToken },
          data: { title: `Phiên họp e2e ${title}`, meetingDate: '2021-01-15' },
        });
        assert(created.status() === 201, `lập phiên họp: HTTP ${created.status()}`);
        const meetingId = ((await created.json()) as { id: string }).id;
        await op.goto(`${baseUrl}/app/hoi-dong/phien-hop/${meetingId}`);
        await op.getByRole('button', { name: 'Thêm từ hồ sơ đã thẩm định' }).click();
        const pick = op.getByRole('dialog', { name: 'Thêm từ hồ sơ đã thẩm định' });
        const candidate = pick.locator('tr', { hasText: picked[1]! });
        await expectVisible(candidate, `${picked[1]} trong danh sách đã thẩm định`);
        await pick.locator('.ant-table-thead .ant-checkbox-input').click();
        await candidate.locator('.ant-checkbox-input').click();
        await pick.getByRole('button', { name: 'Thêm 1 nội dung' }).click();
        await expectVisible(
          op.getByRole('table', { name: 'Chương trình họp' }).getByText(picked[1]!),
          'nội dung trong chương trình họp',
        );
        await op.getByRole('button', { name: 'Lưu điểm danh' }).click();
        await expectVisible(op.getByText('Đã lưu điểm danh.'), 'đã lưu điểm danh');
        await op.getByRole('button', { name: 'Mở bỏ phiếu' }).click();
        await expectVisible(op.getByText('Đang bỏ phiếu'), 'trạng thái "Đang bỏ phiếu"');
        for (const u of [
          'hoidong.chutich.badinh',
          'hoidong.badinh',
          'hoidong.uyvien.badinh',
          'hoidong.uyvien2.badinh',
          'hoidong.thuky.badinh',
        ])
          await voteByApi(baseUrl, demoLogin(u), meetingId, 'YES');
        await op.reload();
        await op.getByRole('button', { name: 'Kết thúc và kiểm phiếu' }).click();
        await op.getByRole('button', { name: 'Kết thúc', exact: true }).click();
        await expectVisible(op.getByText('Đã kết thúc, công bố kết quả'), 'phiên họp đã kết thúc');
        const minutes = await op.request.get(
          `${baseUrl}/api/v1/meetings/${meetingId}/minutes/bien-ban-kiem-phieu/docx`,
        );
        assert(minutes.ok(), `tải biên bản kiểm phiếu: HTTP ${minutes.status()}`);
        assert((await minutes.body()).subarray(0, 2).toString() === 'PK', 'biên bản là tệp Word (DOCX)');
        await op.goto(dossierUrl);
        await expectVisible(
          op
            .getByRole('table', { name: 'Người được đề nghị' })
            .locator('tr', { hasText: picked[1]! })
            .getByText('Hội đồng nhất trí'),
          `${picked[1]}: Hội đồng nhất trí`,
        );
      } finally {
        await oc.close();
      }

      // --- the clerk sees the reason ---
      await page.reload();
      const back = page
        .getByRole('table', { name: 'Người được đề nghị' })
        .locator('tr', { hasText: picked[0]! });
      await expectVisible(back.getByText('Trả lại để bổ sung'), 'trạng thái trả lại ở đơn vị');
      await back.locator('.ant-table-row-expand-icon').click();
      await expectVisible(page.getByText(/Lý do trả lại: Bổ sung báo cáo thành tích/), 'lý do trả lại');
      const docx = await page.request.get(
        `${baseUrl}${(await page.getByTestId('component-TO_TRINH').locator('a[download]').getAttribute('href'))!}`,
      );
      assert(docx.ok(), `tải tờ trình: HTTP ${docx.status()}`);
      assert((await docx.body()).subarray(0, 2).toString() === 'PK', 'tờ trình là tệp Word (DOCX)');
    },
  ),
];
