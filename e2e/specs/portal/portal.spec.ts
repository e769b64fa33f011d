import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { assert, expectVisible, login, spec } from '../../src/harness';

const ARTICLE_TITLE = 'Quận Ba Đình phát động đợt thi đua cao điểm chào mừng Đại hội Đảng bộ quận lần thứ 26';

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

  spec('trang chính của cổng không có lỗi tiếp cận nghiêm trọng (axe-core)', async ({ page, baseUrl }) => {
    const pages = [
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
