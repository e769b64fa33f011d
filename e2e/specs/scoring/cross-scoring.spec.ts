import type { Page } from 'playwright-core';
import { assert, digits, expectVisible, login, spec, type SpecContext } from '../../src/harness';

interface Round {
  id: string;
  name: string;
  templateId: string;
  clusterId: string;
  members: { unitId: string; name: string }[];
}
interface Template {
  groups: { criteria: { id: string; name: string; maxPoints: number }[] }[];
}

/** JSON call through the signed-in page (cookie + CSRF token from /auth/me). */
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

/** A unit clerk signs in (own browser context), fills every criterion of the sheet for `target` and submits. */
async function crossScore(
  ctx: SpecContext,
  user: { username: string; password: string },
  roundId: string,
  target: string,
  points: (max: number) => number,
  criteria: { name: string; maxPoints: number }[],
) {
  const context = await ctx.browser.newContext();
  const page = await context.newPage();
  try {
    await login({ ...ctx, page, context }, user);
    await page.goto(`${ctx.baseUrl}/app/cham-diem/${roundId}`);
    await page.getByRole('tab', { name: 'Phiếu chấm' }).click();
    await page.getByLabel('Đơn vị được chấm').click();
    await page.locator('.ant-select-item-option', { hasText: new RegExp(`^${target}$`) }).click();
    for (const c of criteria)
      await page.getByLabel(`Điểm: ${c.name}`).fill(String(points(c.maxPoints)).replace('.', ','));
    await page.getByRole('button', { name: 'Nộp phiếu chấm' }).click();
    await expectVisible(page.getByText('Đã nộp phiếu chấm.'), `thông báo nộp phiếu của ${user.username}`);
  } finally {
    await context.close();
  }
}

export const specs = [
  spec('hai phường chấm chéo nhau; xếp hạng hiển thị kết quả sau khi công bố', async (ctx) => {
    const { page, baseUrl } = ctx;
    await login(ctx);
    // Setup through the API as the administrator: a round on the 2026 cluster, two clerks, two pairs.
    const rounds = await call<Round[]>(page, baseUrl, 'GET', '/scoring/rounds?year=2026');
    const demo = rounds.find((r) => r.members.some((m) => m.name === 'Phường Ngọc Hà'));
    assert(demo, 'có đợt chấm điểm mẫu của cụm phường năm 2026');
    const unit = (name: string) => demo.members.find((m) => m.name === name)!.unitId;
    const tag = digits(5);
    const round = await call<Round>(page, baseUrl, 'POST', '/scoring/rounds', {
      name: `Chấm chéo thử nghiệm ${tag}`,
      templateId: demo.templateId,
      clusterId: demo.clusterId,
      method: 'MEAN',
      selfWeight: 0,
      appealDays: 3,
    });
    await call(page, baseUrl, 'PUT', `/scoring/rounds/${round.id}/assignments`, {
      pairs: [
        { scorerUnitId: unit('Phường Ba Đình'), targetUnitId: unit('Phường Ngọc Hà') },
        { scorerUnitId: unit('Phường Ngọc Hà'), targetUnitId: unit('Phường Ba Đình') },
      ],
    });
    await call(page, baseUrl, 'POST', `/scoring/rounds/${round.id}/open`);
    const clerks = ['Phường Ba Đình', 'Phường Ngọc Hà'].map((name, i) => ({
      username: `e2e.chamdiem${i}.${tag}`,
      password: `mat-khau-${tag}-${i}`,
      name,
    }));
    for (const c of clerks)
      await call(page, baseUrl, 'POST', '/accounts', {
        username: c.username,
        fullName: `Cán bộ TĐKT ${c.name}`,
        password: c.password,
        roles: [{ role: 'UNIT_CLERK', unitId: unit(c.name) }],
      });
    const template = await call<Template>(page, baseUrl, 'GET', `/scoring/templates/${demo.templateId}`);
    const criteria = template.groups.flatMap((g) => g.criteria);

    // Ba Đình gives Ngọc Hà full marks; Ngọc Hà gives Ba Đình half marks.
    await crossScore(ctx, clerks[0]!, round.id, 'Phường Ngọc Hà', (max) => max, criteria);
    await crossScore(ctx, clerks[1]!, round.id, 'Phường Ba Đình', (max) => max / 2, criteria);

    // The officer (admin) sees both sheets, publishes, and the ranking shows Ngọc Hà first with 100 points.
    await page.goto(`${baseUrl}/app/cham-diem/${round.id}`);
    await page.getByRole('tab', { name: 'Tổng quan' }).click();
    await expectVisible(page.getByText('Đã chấm').first(), 'tiến độ chấm có phiếu đã nộp');
    await page.getByRole('button', { name: 'Công bố kết quả' }).click();
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await expectVisible(page.getByText('Đã công bố kết quả.'), 'thông báo công bố kết quả');
    await page.getByRole('tab', { name: 'Kết quả, xếp hạng' }).click();
    // Only the active tab panel is exposed to assistive tech (inactive panels are aria-hidden).
    const panel = page.getByRole('tabpanel', { name: 'Kết quả, xếp hạng' });
    const rows = panel.locator('tbody tr.ant-table-row');
    await expectVisible(rows.first(), 'bảng xếp hạng');
    const first = (await rows.first().innerText()).replace(/\s+/g, ' ').trim();
    const second = (await rows.nth(1).innerText()).replace(/\s+/g, ' ').trim();
    assert(/^1 Phường Ngọc Hà .*100/.test(first), `hạng 1 là Phường Ngọc Hà với 100 điểm (thấy "${first}")`);
    assert(/^2 Phường Ba Đình .*50/.test(second), `hạng 2 là Phường Ba Đình với 50 điểm (thấy "${second}")`);
    await expectVisible(
      panel.getByText('Điểm mỗi tiêu chí = trung bình cộng điểm chấm chéo'),
      'giải thích cách tính',
    );
  }),
];
