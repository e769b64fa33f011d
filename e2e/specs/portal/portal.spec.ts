import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { assert, digits, expectVisible, login, spec } from '../../src/harness';

const ARTICLE_TITLE = 'Quận Ba Đình phát động đợt thi đua cao điểm chào mừng Đại hội Đảng bộ quận lần thứ 26';
const CAMPAIGN_NAME = 'Đợt thi đua cao điểm chào mừng Đại hội Đảng bộ quận lần thứ 26';

/** Today in Vietnam (UTC+7) as YYYY-MM-DD. */
const vnToday = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

/** axe-core from node_modules (no download at test time), evaluated through the DevTools protocol (CSP-proof). */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run: (o: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    return axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export const specs = [
  spec('đọc bài viết năm 2020 trên cổng thông tin (không cần đăng nhập)', async ({ page, baseUrl }) => {
    await page.goto(`${baseUrl}/`);
    await expectVisible(page.getByRole('heading', { name: 'Tin mới' }), 'mục "Tin mới" trên trang chủ');
    await page.getByRole('link', { name: ARTICLE_TITLE }).first().click();
    await page.waitForURL(/\/tin-tuc\/quan-ba-dinh-phat-dong-dot-thi-dua/);
    await expectVisible(page.getByRole('heading', { level: 1, name: ARTICLE_TITLE }), 'tiêu đề bài viết');
    await expectVisible(page.getByText('28/02/2020 - 09:24'), 'ngày giờ đăng 28/02/2020 - 09:24');
    await expectVisible(page.getByText(/^TĐKT - Sáng 27\/2, quận Ba Đình/), 'sapo "TĐKT - Sáng 27/2…"');
    await expectVisible(page.locator('figcaption', { hasText: 'Toàn cảnh Lễ kỷ niệm' }), 'chú thích ảnh');
    const img = page.locator('figure img');
    assert((await img.getAttribute('alt'))?.startsWith('Toàn cảnh Lễ kỷ niệm'), 'ảnh có mô tả (alt)');
    assert(
      await img.evaluate((el) => {
        const i = el as unknown as { complete: boolean; naturalWidth: number };
        return i.complete && i.naturalWidth > 0;
      }),
      'ảnh tải được',
    );
    await expectVisible(page.locator('.byline', { hasText: 'Cẩm Tú' }), 'tác giả Cẩm Tú');
  }),

  spec('bài đọc được khi tắt JavaScript; tìm kiếm không dấu ra bài viết', async ({ browser, baseUrl }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' });
    try {
      const page = await ctx.newPage();
      await page.goto(`${baseUrl}/tim-kiem?q=ba+dinh+phat+dong`);
      await page.getByRole('link', { name: ARTICLE_TITLE }).first().click();
      await expectVisible(
        page.getByRole('heading', { level: 1, name: ARTICLE_TITLE }),
        'tiêu đề bài viết khi tắt JS',
      );
    } finally {
      await ctx.close();
    }
  }),

  spec('chuyên viên soạn và đăng bài, bài hiện trên cổng', async (ctx) => {
    const { page, baseUrl } = ctx;
    await login(ctx);
    await page.goto(`${baseUrl}/app/cong-thong-tin/bai-viet`);
    await expectVisible(
      page.getByRole('link', { name: ARTICLE_TITLE }),
      'bài năm 2020 trong danh sách bài viết',
    );
    await page.getByTestId('post-new').click();
    await page.waitForURL(/\/cong-thong-tin\/bai-viet\/moi$/);
    const unit = page.getByLabel('Đơn vị đăng bài');
    await unit.click();
    await unit.fill('ban thi dua');
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: 'Ban Thi đua' }).first().click();
    const title = `Tin thử nghiệm cổng thông tin ${Date.now()}`;
    await page.getByTestId('post-title').fill(title);
    await page.getByTestId('post-lead').fill('TĐKT - Bài thử nghiệm đăng từ ứng dụng cán bộ.');
    await page.getByTestId('post-author').fill('Ban biên tập');
    await page.getByLabel('Nội dung khối 1').fill('Đoạn văn đầu tiên của bài thử nghiệm.');
    await page.getByTestId('post-publish').click();
    await expectVisible(page.getByTestId('post-status').getByText('Đã đăng'), 'trạng thái "Đã đăng"');
    await page.goto(`${baseUrl}/tin-tuc`);
    await page.getByRole('link', { name: title }).click();
    await expectVisible(page.getByText('Đoạn văn đầu tiên của bài thử nghiệm.'), 'nội dung bài vừa đăng');
  }),

  spec('xác minh bằng khen: ô nhập mã trên trang chủ dẫn tới trang xác minh', async ({ page, baseUrl }) => {
    await page.goto(`${baseUrl}/`);
    await page.getByLabel('Mã xác minh').fill('ABCD1234EFGH');
    await page.getByRole('button', { name: 'Xác minh' }).click();
    await page.waitForURL(/\/verify\/ABCD1234EFGH$/);
  }),

  spec(
    'đọc bài năm 2020, theo liên kết sang trang đợt thi đua, và quay lại bài',
    async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}/tin-tuc`);
      await page.getByRole('link', { name: ARTICLE_TITLE }).first().click();
      await expectVisible(page.getByRole('heading', { level: 1, name: ARTICLE_TITLE }), 'tiêu đề bài viết');
      await page
        .getByRole('complementary')
        .getByRole('link', { name: new RegExp(CAMPAIGN_NAME) })
        .click();
      await page.waitForURL(/\/phong-trao\/[a-z0-9-]+$/);
      await expectVisible(
        page.getByRole('heading', { level: 1, name: new RegExp(CAMPAIGN_NAME) }),
        'tên đợt thi đua',
      );
      await expectVisible(page.getByText('Cơ quan phát động'), 'cơ quan phát động');
      await expectVisible(page.getByText('27/02/2020'), 'ngày phát động 27/02/2020');
      await expectVisible(
        page.getByRole('heading', { name: 'Nội dung thi đua và chỉ tiêu' }),
        'mục nội dung thi đua và chỉ tiêu',
      );
      await expectVisible(page.getByRole('heading', { name: 'Mốc thời gian' }), 'mục mốc thời gian');
      await expectVisible(page.getByRole('heading', { name: 'Tiến độ thực hiện' }), 'tiến độ được công bố');
      await page.getByRole('complementary').getByRole('link', { name: ARTICLE_TITLE }).click();
      await expectVisible(
        page.getByRole('heading', { level: 1, name: ARTICLE_TITLE }),
        'bài viết (liên kết ngược)',
      );
    },
  ),

  spec('gửi ý kiến về danh sách đang lấy ý kiến, không cần JavaScript', async ({ browser, baseUrl }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' });
    try {
      const page = await ctx.newPage();
      await page.goto(`${baseUrl}/lay-y-kien`);
      await expectVisible(page.getByRole('heading', { name: 'Đang lấy ý kiến' }), 'mục "Đang lấy ý kiến"');
      await expectVisible(page.getByText(/Còn \d+ ngày nhận ý kiến|Hôm nay là ngày cuối/), 'số ngày còn lại');
      await page
        .locator('li.card', { hasText: /Còn \d+ ngày|Hôm nay là ngày cuối/ })
        .first()
        .getByRole('link')
        .click();
      await page.waitForURL(/\/lay-y-kien\/[a-z0-9-]+$/);
      await expectVisible(
        page.getByRole('heading', { name: 'Danh sách đề nghị khen thưởng' }),
        'danh sách đề nghị khen thưởng',
      );
      assert((await page.locator('table tbody tr').count()) > 0, 'danh sách có người được đề nghị');
      await page.getByLabel('Họ và tên').fill('Nguyễn Văn Dân');
      await page.getByLabel('Địa chỉ liên hệ').fill('0987 654 321');
      await page.getByLabel('Nội dung ý kiến').fill('Tôi đồng tình với danh sách đề nghị khen thưởng này.');
      // A person takes more than the minimum fill time (5 s) the signed form token enforces.
      await page.waitForTimeout(5500);
      await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
      await page.waitForURL(/da-gui=1/);
      await expectVisible(page.getByText(/Cảm ơn ông\/bà đã gửi ý kiến/), 'lời xác nhận đã nhận ý kiến');
      // A form sent too fast (a bot) is refused with a Vietnamese message and nothing is kept.
      await page.getByLabel('Họ và tên').fill('Máy gửi tự động');
      await page.getByLabel('Địa chỉ liên hệ').fill('bot@example.com');
      await page.getByLabel('Nội dung ý kiến').fill('Gửi ngay lập tức.');
      await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
      await expectVisible(page.getByRole('alert'), 'thông báo từ chối khi gửi quá nhanh');
    } finally {
      await ctx.close();
    }
  }),

  spec('quyết định vừa ban hành hiện trên cổng; theo liên kết QR xác minh bằng khen', async (ctx) => {
    const { page, baseUrl } = ctx;
    await login(ctx);
    const { csrfToken } = (await (await page.request.get(`${baseUrl}/api/v1/auth/me`)).json()) as {
      csrfToken: string;
    };
    const headers = { 'x-csrf-token': csrfToken };
    const units = (await (await page.request.get(`${baseUrl}/api/v1/units?q=ha+noi&pageSize=50`)).json()) as {
      items: { id: string; code: string }[];
    };
    const hn = units.items.find((u) => u.code === 'HN');
    assert(hn, 'đơn vị Thành phố Hà Nội trong dữ liệu mẫu');
    const people = (await (
      await page.request.get(`${baseUrl}/api/v1/people?pageSize=1&sort=name`)
    ).json()) as {
      items: { id: string; fullName: string }[];
    };
    const person = people.items[0];
    assert(person, 'dữ liệu mẫu có cán bộ');
    const symbol = `QĐ-E${digits(4)}`;
    const reg = await page.request.post(`${baseUrl}/api/v1/decision-registers`, {
      headers,
      data: {
        issuerUnitId: hn.id,
        symbol,
        name: 'Sổ quyết định khen thưởng (e2e)',
        parentBody: null,
        issuingBody: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI',
        place: 'Hà Nội',
        authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI',
        signerOffice: 'CHU_TICH_UBND',
        signerLevel: 'TINH',
      },
    });
    assert(reg.status() === 201, `mở sổ: HTTP ${reg.status()} ${await reg.text()}`);
    const today = vnToday();
    const draft = await page.request.post(`${baseUrl}/api/v1/decisions`, {
      headers,
      data: {
        registerId: ((await reg.json()) as { id: string }).id,
        kind: 'KHEN_THUONG',
        subject: 'Về việc tặng Bằng khen của Chủ tịch UBND thành phố (kiểm thử cổng)',
        signerTitle: 'CHỦ TỊCH',
        signerName: 'Nguyễn Văn Chủ',
        signerOffice: 'CHU_TICH_UBND',
        signerLevel: 'TINH',
        plannedOn: today,
        recipients: [{ personId: person.id, code: 'BANG_KHEN_BO_TINH', periodFrom: 2025, periodTo: 2025 }],
      },
    });
    assert(draft.status() === 201, `dự thảo: HTTP ${draft.status()} ${await draft.text()}`);
    const id = ((await draft.json()) as { id: string }).id;
    const issued = await page.request.post(`${baseUrl}/api/v1/decisions/${id}/issue`, {
      headers,
      data: { decidedOn: today },
    });
    assert(issued.ok(), `ban hành: HTTP ${issued.status()} ${await issued.text()}`);
    const numberText = ((await issued.json()) as { numberText: string }).numberText;

    const anon = await ctx.browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' });
    try {
      const pub = await anon.newPage();
      // The portal's pages may be served from its 10-second render cache (ADR 0010): look again until it shows.
      const link = pub.getByRole('link', { name: `Quyết định số ${numberText}` });
      for (let i = 0; i < 15; i++) {
        await pub.goto(`${baseUrl}/quyet-dinh`);
        if (await link.count()) break;
        await pub.waitForTimeout(1000);
      }
      await link.first().click();
      await expectVisible(
        pub.getByRole('heading', { level: 1, name: `Quyết định số ${numberText}` }),
        'số quyết định',
      );
      await expectVisible(pub.getByText('ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI'), 'cơ quan ban hành');
      await expectVisible(pub.getByText(person.fullName), 'người được khen');
      const verify = pub.getByRole('link', { name: new RegExp(`Xác minh.*${person.fullName}`) });
      const href = await verify.getAttribute('href');
      assert(href && /^\/verify\/[0-9A-Z]{12}$/.test(href), `liên kết xác minh (đích mã QR): ${href}`);
      // Scanning the QR code opens the same address.
      await pub.goto(new URL(href, baseUrl).toString());
      await expectVisible(pub.getByText('Khen thưởng hợp lệ'), 'xác nhận "Khen thưởng hợp lệ"');
      await expectVisible(pub.getByText(person.fullName), 'tên người được khen trên trang xác minh');
      await expectVisible(pub.getByText(new RegExp(`Số ${numberText}`)), 'số quyết định trên trang xác minh');
    } finally {
      await anon.close();
    }
  }),

  spec('trang chính của cổng không có lỗi tiếp cận nghiêm trọng (axe-core)', async ({ page, baseUrl }) => {
    await page.goto(`${baseUrl}/phong-trao`);
    const movement = await page.locator('main a[href^="/phong-trao/"]').first().getAttribute('href');
    await page.goto(`${baseUrl}/lay-y-kien`);
    const consultation = await page.locator('main a[href^="/lay-y-kien/"]').first().getAttribute('href');
    await page.goto(`${baseUrl}/quyet-dinh`);
    const decision = await page.locator('main a[href^="/quyet-dinh/"]').first().getAttribute('href');
    assert(movement && consultation, 'có phong trào và đợt lấy ý kiến để kiểm tra');
    const pages = [
      '/phong-trao',
      movement,
      '/lay-y-kien',
      consultation,
      '/quyet-dinh',
      ...(decision ? [decision] : []),
      '/',
      '/tin-tuc',
      '/tin-tuc/quan-ba-dinh-phat-dong-dot-thi-dua-cao-diem-chao-mung-dai-hoi-dang-bo-quan-lan-thu-26',
      '/xac-minh',
      '/tim-kiem?q=ba+dinh',
      '/khong-co-trang-nay',
    ];
    const problems: string[] = [];
    for (const p of pages) {
      await page.goto(baseUrl + p);
      for (const v of await seriousViolations(page)) {
        problems.push(
          `${p}: [${v.impact}] ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        );
      }
    }
    assert(problems.length === 0, `Lỗi tiếp cận:\n${problems.join('\n')}`);
  }),
];
