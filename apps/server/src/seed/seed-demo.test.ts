import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog } from '../db/schema';
import { verifyAuditChain } from '../audit/emit';
import { systemContext } from '../app';
import { createTestApp, login } from '../test/harness';
import { demoAccounts } from './demo-data';
import { isEmpty, seedDemo } from './seed-demo';
import { DEMO_COUNCIL_SEATS } from './demo-ballot';
import {
  recountBallots,
  type Dossier,
  type DossierDetail,
  type Meeting,
  type MeetingSummary,
  type PublishedBallots,
} from '@vinhdanh/shared';
import { DEMO_SCORING_ROUND } from './demo-scoring';
import { DEMO_CLOSING_DECISION, demoClosingRecipients } from './demo-decisions';
import type { DecisionDetail } from '@vinhdanh/shared';
import { DEMO_DOSSIER_2020 } from './demo-nominations';

const t = await createTestApp({ today: '2026-10-01' });
const ctx = systemContext(t.deps);
const wasEmpty = await isEmpty(ctx);
const logins = await seedDemo(ctx);
const admin = logins.find((l) => l.username === 'admin')!;
const h = await login(t.app, admin.username, admin.password);

type TreeUnit = { name: string; kind: string; parentId: string | null; id: string };
async function treeOn(asOf: string): Promise<TreeUnit[]> {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/units/tree?asOf=${asOf}`, headers: h });
  expect(res.statusCode).toBe(200);
  return res.json().units;
}

describe('seedDemo trên cơ sở dữ liệu mới', () => {
  it('chỉ chạy trên cơ sở dữ liệu trống và sau đó không còn trống', async () => {
    expect(wasEmpty).toBe(true);
    expect(await isEmpty(ctx)).toBe(false);
  });

  it('cây tổ chức ngày 27/02/2020 có Quận Ba Đình và Phường Phúc Xá trực thuộc', async () => {
    const units = await treeOn('2020-02-27');
    const quan = units.find((u) => u.name === 'Quận Ba Đình');
    const phucXa = units.find((u) => u.name === 'Phường Phúc Xá');
    expect(quan?.kind).toBe('HUYEN');
    expect(phucXa?.parentId).toBe(quan?.id);
  });

  it('cây tổ chức ngày 01/10/2026 có Phường Ba Đình và không còn đơn vị cấp huyện', async () => {
    const units = await treeOn('2026-10-01');
    expect(units.map((u) => u.name)).toContain('Phường Ba Đình');
    expect(units.filter((u) => u.kind === 'HUYEN')).toEqual([]);
    expect(units.map((u) => u.name)).not.toContain('Quận Ba Đình');
  });

  it('mỗi tài khoản mẫu đăng nhập được bằng mật khẩu được trả về', async () => {
    const councilOnly = DEMO_COUNCIL_SEATS.map((x) => x.username).filter(
      (u) => !demoAccounts.some((a) => a.username === u),
    );
    expect(logins.map((l) => l.username).sort()).toEqual(
      [...demoAccounts.map((a) => a.username), ...councilOnly].sort(),
    );
    for (const l of logins) {
      expect(l.password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: l.username, password: l.password },
      });
      expect(res.statusCode, l.username).toBe(200);
      const role = demoAccounts.find((a) => a.username === l.username)?.role ?? 'COUNCIL_MEMBER';
      expect(res.json().user.roles.map((r: { role: string }) => r.role)).toEqual([role]);
    }
  });

  it('tìm "ta nam chien" ra Tạ Nam Chiến', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/people?q=ta%20nam%20chien', headers: h });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((p: { fullName: string }) => p.fullName)).toContain('Tạ Nam Chiến');
  });

  it('có kết quả đánh giá hằng năm để trang điều kiện khen thưởng đưa ra kết luận', async () => {
    const people = await t.app.inject({
      method: 'GET',
      url: '/api/v1/people?q=ta%20nam%20chien',
      headers: h,
    });
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/people/${people.json().items[0].id}/records`,
      headers: h,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { years: { year: number; rating: string | null }[] };
    expect(body.years.map((y) => y.year)).toContain(2020);
    expect(body.years.every((y) => ['HTXS', 'HTT', 'HT', 'KHT'].includes(y.rating ?? ''))).toBe(true);
  });

  it('ghi đúng một dòng nhật ký seed.demo và chuỗi nhật ký kiểm tra hợp lệ', async () => {
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'seed.demo'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after).toMatchObject({ accounts: demoAccounts.map((a) => a.username) });
    expect(JSON.stringify(rows[0]!.after)).not.toMatch(/password|mat-khau/i);
    const report = await verifyAuditChain(t.database.db);
    expect(report).toMatchObject({ ok: true, firstBadSeq: null });
    expect(report.checked).toBeGreaterThan(1);
  });

  it('Hội đồng TĐKT quận Ba Đình: năm thành viên có tài khoản, phiên 2019 đã bỏ phiếu kín và công bố, phiên 2020 chờ mở', async () => {
    const member = logins.find((l) => l.username === 'hoidong.chutich.badinh')!;
    const mh = await login(t.app, member.username, member.password);
    const list = (
      await t.app.inject({ method: 'GET', url: '/api/v1/meetings', headers: mh })
    ).json() as MeetingSummary[];
    expect(list.map((m) => [m.meetingDate, m.status, m.isMember])).toEqual([
      ['2020-12-28', 'DRAFT', true],
      ['2019-12-26', 'CLOSED', true],
    ]);
    const closed = (
      await t.app.inject({ method: 'GET', url: `/api/v1/meetings/${list[1]!.id}`, headers: mh })
    ).json() as Meeting;
    expect(
      closed.items.map((i) => [i.nomineeName, i.result?.yes, i.result?.membersInOffice, i.result?.passed]),
    ).toEqual([
      ['Nguyễn Văn Quân', 5, 5, true],
      ['Phan Thị Linh', 2, 5, false],
    ]);
    const pub = (
      await t.app.inject({ method: 'GET', url: `/api/v1/meetings/${list[1]!.id}/ballots`, headers: mh })
    ).json() as PublishedBallots;
    const recount = await recountBallots(
      pub.ballots,
      Object.fromEntries(pub.items.map((i) => [i.itemId, i.publicKey])),
    );
    expect(recount.map((r) => [r.yes, r.no, r.invalid])).toEqual([
      [5, 0, 0],
      [2, 3, 0],
    ]);
  });

  it('có đợt chấm điểm cụm phường 2026 đã công bố: xếp hạng 4 phường, Hồng Hà không chấm Ngọc Hà', async () => {
    const rounds = await t.app.inject({ method: 'GET', url: '/api/v1/scoring/rounds?year=2026', headers: h });
    const round = rounds.json().find((r: { name: string }) => r.name === DEMO_SCORING_ROUND);
    expect(round).toMatchObject({ status: 'PUBLISHED', method: 'DROP_HIGH_LOW', selfWeight: 0.2 });
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/scoring/rounds/${round.id}/results`,
      headers: h,
    });
    const ranking = res.json().ranking as { name: string; rank: number; total: number; maxTotal: number }[];
    expect(ranking.map((r) => r.name)).toEqual([
      'Phường Ba Đình',
      'Phường Giảng Võ',
      'Phường Ngọc Hà',
      'Phường Hồng Hà',
    ]);
    expect(ranking.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(ranking[0]!.maxTotal).toBe(100);
    const ngocHa = round.members.find((m: { name: string }) => m.name === 'Phường Ngọc Hà').unitId;
    const ex = await t.app.inject({
      method: 'GET',
      url: `/api/v1/scoring/rounds/${round.id}/results/${ngocHa}`,
      headers: h,
    });
    const scorers = ex.json().criteria[0].crossScores.map((s: { scorerName: string }) => s.scorerName);
    expect(scorers.sort()).toEqual(['Phường Ba Đình', 'Phường Giảng Võ']);
  });

  it('hồ sơ đề nghị năm 2020 của phường Phúc Xá: bốn người ở các trạng thái khác nhau, đủ thành phần', async () => {
    const officer = logins.find((l) => l.username === 'canbo.tdkt.badinh')!;
    const oh = await login(t.app, officer.username, officer.password);
    const list = (
      await t.app.inject({ method: 'GET', url: '/api/v1/dossiers?role=RECEIVING&year=2020', headers: oh })
    ).json() as Dossier[];
    const d = list.find((x) => x.title === DEMO_DOSSIER_2020)!;
    expect(d).toMatchObject({ proposingUnitName: 'Phường Phúc Xá', status: 'RETURNED', nominationCount: 4 });
    const detail = (
      await t.app.inject({ method: 'GET', url: `/api/v1/dossiers/${d.id}`, headers: oh })
    ).json() as DossierDetail;
    expect(detail.nominations.map((n) => [n.code, n.status])).toEqual([
      ['CSTD_CO_SO', 'RETURNED'],
      ['CSTD_CO_SO', 'APPRAISED_PASSED_TO_COUNCIL'],
      ['LDTT', 'APPRAISED_PASSED_TO_COUNCIL'],
      ['LDTT', 'SUBMITTED'],
    ]);
    expect(detail.nominations[0]!.lastReason).toMatch(/Bổ sung xác nhận sáng kiến/);
    expect(detail.complete).toBe(true);
    expect(detail.attachments.find((a) => a.component === 'TO_TRINH')).toMatchObject({ generated: true });
  });
});

describe('chuỗi khen thưởng hoàn chỉnh của đợt thi đua 2020 (quyết định tổng kết)', () => {
  it('có Quyết định 125/QĐ-UBND ngày 22/02/2021 đã ban hành, tiền thưởng theo hệ số, sổ vàng, bằng khen và sổ quỹ', async () => {
    const { pdfText } = await import('../documents/testing');
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/decisions?year=2021', headers: h });
    const found = list
      .json()
      .items.find((d: { numberText: string }) => d.numberText === DEMO_CLOSING_DECISION.numberText);
    expect(found).toMatchObject({
      status: 'ISSUED',
      decidedOn: '2021-02-22',
      issuerName: 'Ủy ban nhân dân quận Ba Đình',
    });
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/decisions/${found.id}`, headers: h });
    const d = res.json() as DecisionDetail;
    const people = demoClosingRecipients();
    expect(people).toHaveLength(16);
    expect(d.recipients).toHaveLength(18);
    expect(d.campaignId).not.toBeNull();
    // Giấy khen on 22/02/2021: 0,3 × 1.490.000 (cá nhân) → 450.000; 0,6 × 1.490.000 (tập thể) → 900.000.
    const individual = d.recipients.filter((r) => r.recipientKind === 'INDIVIDUAL');
    expect(new Set(individual.map((r) => r.amountVnd))).toEqual(new Set([450_000]));
    expect(d.totalVnd).toBe(16 * 450_000 + 2 * 900_000);
    expect(d.recipients[0]!.name).toBe('Phường Phúc Xá');
    // Each line is in the registry with a code the public page answers.
    const r = d.recipients[5]!;
    const reg = await t.app.inject({
      method: 'GET',
      url: `/api/v1/registry?decisionNumber=${encodeURIComponent(d.numberText!)}&pageSize=50`,
      headers: h,
    });
    const rec = reg.json().items.find((x: { recipientName: string }) => x.recipientName === r.name);
    const v = await t.app.inject({ method: 'GET', url: `/api/v1/public/verify/${rec.verifyCode}` });
    expect(v.statusCode).toBe(200);
    expect(JSON.stringify(v.json())).toContain(r.name);
    // Certificates print: one page per recipient, with the verification code.
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/v1/decisions/${d.id}/certificates?templateId=00000000-0000-7000-8000-00000000c001`,
      headers: h,
    });
    expect(pdf.statusCode).toBe(200);
    const back = await pdfText(pdf.rawPayload);
    expect(back.pages).toHaveLength(18);
    expect(back.pages[5]).toContain(`Mã xác minh: ${rec.verifyCode}`);
    // The fund of UBND quận Ba Đình in 2021: allocation and the payment of this decision.
    const fund = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reward-fund?unitId=${d.issuerUnitId}&year=2021`,
      headers: h,
    });
    expect(fund.json()).toMatchObject({ paidVnd: d.totalVnd, allocatedVnd: 60_000_000 });
  });
});
