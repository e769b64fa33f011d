import {
  ballotMessage,
  blind,
  finalize,
  newBallotToken,
  type Meeting,
  type MeetingSummary,
} from '@vinhdanh/shared';
import { assert, expectVisible, login, spec } from '../../src/harness';

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

export const specs = [
  spec('Hội đồng bỏ phiếu kín một chương trình họp và trang kiểm phiếu hiện kết quả', async (ctx) => {
    const { page, baseUrl } = ctx;
    // the officer opens the prepared 2020 meeting
    await login(ctx, demoLogin('canbo.tdkt.badinh'));
    await page.getByRole('menuitem', { name: 'Hội đồng TĐKT' }).click();
    await page.getByRole('link', { name: 'Phiên họp xét khen thưởng tổng kết năm 2020' }).click();
    await expectVisible(page.getByText('Nguyễn Thành Tài'), 'nội dung trong chương trình họp');
    await page.getByRole('button', { name: 'Mở bỏ phiếu' }).click();
    await expectVisible(page.getByText('Đang bỏ phiếu'), 'trạng thái "Đang bỏ phiếu"');
    const meetingUrl = page.url();
    const meetingId = meetingUrl.split('/').pop()!;

    // one member votes in the browser: blinding happens in the page, the receipt is shown
    const memberCtx = await ctx.browser.newContext({ locale: 'vi-VN' });
    try {
      const mp = await memberCtx.newPage();
      await login({ ...ctx, page: mp, context: memberCtx }, demoLogin('hoidong.badinh'));
      await mp.goto(meetingUrl);
      await mp.getByRole('radio', { name: 'Đồng ý', exact: true }).check();
      await mp.getByRole('button', { name: 'Bỏ phiếu kín' }).click();
      await expectVisible(mp.getByTestId('receipt'), 'biên nhận phiếu bầu', 30_000);
      const receipt = (await mp.getByTestId('receipt').locator('code').first().textContent())!.trim();
      assert(/^[0-9a-f]{64}$/.test(receipt), `biên nhận có dạng 64 ký tự hex: ${receipt}`);

      // the other four members vote through the same protocol over the API: three for, one against → 4/5 = 80 %
      await voteByApi(baseUrl, demoLogin('hoidong.chutich.badinh'), meetingId, 'YES');
      await voteByApi(baseUrl, demoLogin('hoidong.uyvien.badinh'), meetingId, 'YES');
      await voteByApi(baseUrl, demoLogin('hoidong.uyvien2.badinh'), meetingId, 'YES');
      await voteByApi(baseUrl, demoLogin('hoidong.thuky.badinh'), meetingId, 'NO');

      // the officer closes; the tally shows the result over all five members
      await page.reload();
      await page.getByRole('button', { name: 'Kết thúc và kiểm phiếu' }).click();
      await page.getByRole('button', { name: 'Kết thúc', exact: true }).click();
      await expectVisible(page.getByText('Đã kết thúc, công bố kết quả'), 'trạng thái đã kết thúc');
      await page.getByRole('button', { name: /Kết quả kiểm phiếu/ }).click();
      const table = page.getByRole('table', { name: 'Kết quả kiểm phiếu' });
      await expectVisible(table.getByText('80 %').first(), 'tỷ lệ 80 %');
      await expectVisible(table.getByText('Đạt', { exact: true }), 'kết quả "Đạt"');
      await page.getByRole('button', { name: 'Kiểm phiếu lại' }).click();
      await expectVisible(table.getByText('Khớp', { exact: true }), 'kiểm lại khớp');

      // the member finds their ballot with the receipt
      await mp.goto(`${baseUrl}/app/hoi-dong/phien-hop/${meetingId}/kiem-phieu`);
      await mp.getByLabel('Biên nhận phiếu bầu').fill(receipt);
      await mp.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
      await expectVisible(
        mp.getByText('Phiếu của bạn đã được tính: Nguyễn Thành Tài — Đồng ý.'),
        'phiếu của thành viên trong danh sách công bố',
      );
      // the page shows no tally before the close is impossible to check here; the list has five ballots
      const summary = (await (await mp.request.get(`${baseUrl}/api/v1/meetings`)).json()) as MeetingSummary[];
      assert(summary.find((m) => m.id === meetingId)?.status === 'CLOSED', 'phiên họp đã kết thúc');
    } finally {
      await memberCtx.close();
    }
  }),
];
