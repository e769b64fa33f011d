import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, consultationFeedback, movementPortalSettings, persons } from '../../db/schema';
import { buildActor, buildPerson, buildTree, createTestApp, login } from '../../test/harness';
import { fixedClock } from '../../lib/clock';
import { createMovement } from '../../services/movements/create-movement';
import { launchMovement } from '../../services/movements/launch-movement';
import { campaignInput } from '../../services/movements/testing';
import { setMovementPortalSetting } from '../../services/portal/movement-setting';
import { createRegister } from '../../services/decisions/registers';
import { draftDecision } from '../../services/decisions/draft-decision';
import { issueDecision } from '../../services/decisions/issue-decision';
import { draftAmendment } from '../../services/decisions/amend-decision';
import { createDossier } from '../../services/nominations/create-dossier';
import { addNominee } from '../../services/nominations/add-nominee';
import { attachComponent } from '../../services/nominations/attachments';
import { submitDossier } from '../../services/nominations/submit-dossier';
import { passToCouncil } from '../../services/nominations/appraise';
import { openConsultation } from '../../services/consultations/open-consultation';
import { listFeedback } from '../../services/consultations/triage';
import { consultationSecret, issueFormToken } from '../../services/consultations/window';

// Mon 01/03/2021.
const t = await createTestApp({ today: '2021-03-01' });
const db = t.database.db;
const tree = await buildTree(t);
const officer = await buildActor(t, 'OFFICER', tree.district);
const provinceOfficer = await buildActor(t, 'OFFICER', tree.province);
const otherOfficer = await buildActor(t, 'OFFICER', tree.other);
const clerk = await buildActor(t, 'UNIT_CLERK', tree.district);
const h = await login(t.app, officer.username, officer.password);
const setClock = (day: string) => {
  const c = fixedClock(`${day}T03:00:00Z`);
  t.clock.now = c.now;
  t.clock.today = c.today;
};

/** A nominee and a decision recipient whose private data must never reach the portal. */
const hung = await buildPerson(t, {
  fullName: 'Phạm Văn Hùng',
  unit: tree.ward,
  nationalId: '001080012345',
});
const lan = await buildPerson(t, { fullName: 'Đỗ Thị Lan', unit: tree.ward, nationalId: '001180054321' });
await db
  .update(persons)
  .set({ email: 'hung.bimat@example.vn', phone: '0912345678', dateOfBirth: '1980-04-17' })
  .where(eq(persons.id, hung.id));
const SECRETS = [
  '001080012345',
  '001180054321',
  'hung.bimat@example.vn',
  '0912345678',
  '1980-04-17',
  '17/04/1980',
];

const get = (url: string) => t.app.inject({ method: 'GET', url });
const audits = (action: string, id: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, id)));
const noSecrets = (body: string) => {
  for (const s of SECRETS) expect(body).not.toContain(s);
};

// ---- movements ----
const subtree = [{ kind: 'SUBTREE' as const, id: tree.district.id }];
const launched = await createMovement(t.ctx(officer.actor), campaignInput(tree.district.id, subtree));
await launchMovement(t.ctx(officer.actor), launched.id, {});
const draft = await createMovement(
  t.ctx(officer.actor),
  campaignInput(tree.district.id, subtree, { name: 'Phong trào dự thảo chưa phát động' }),
);

describe('công bố phong trào trên cổng (setMovementPortalSetting)', () => {
  it('chưa công bố thì không có trên cổng; công bố thì có trang riêng; tiến độ chỉ khi chọn công bố', async () => {
    expect((await get(`/phong-trao/${launched.slug}`)).statusCode).toBe(404);
    expect((await get('/phong-trao')).body).not.toContain(launched.slug);

    const s = await setMovementPortalSetting(t.ctx(officer.actor), launched.id, {
      published: true,
      publishProgress: false,
    });
    expect(s).toMatchObject({
      published: true,
      publishProgress: false,
      publicPath: `/phong-trao/${launched.slug}`,
    });
    const page = await get(`/phong-trao/${launched.slug}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Đợt thi đua cao điểm chào mừng Đại hội Đảng bộ quận lần thứ 26</h1>');
    expect(page.body).toContain('Tạ Nam Chiến');
    expect(page.body).toContain('27/02/2020');
    expect(page.body).toContain('Phát triển đảng viên');
    expect(page.body).toContain('5 đảng viên');
    expect(page.body).toContain('Hoàn thành trước ngày 15/07/2020');
    expect(page.body).toContain('Đại hội đại biểu Đảng bộ quận lần thứ XXVI');
    expect(page.body).not.toContain('Tiến độ thực hiện');
    expect((await get('/phong-trao')).body).toContain(`/phong-trao/${launched.slug}`);

    await setMovementPortalSetting(t.ctx(officer.actor), launched.id, {
      published: true,
      publishProgress: true,
    });
    const withProgress = await get(`/phong-trao/${launched.slug}`);
    expect(withProgress.body).toContain('Tiến độ thực hiện');
    expect(withProgress.body).toMatch(/0\/\d+ đơn vị đã báo cáo/);
  });

  it('ghi nhật ký; qua API: xem và đổi; dữ liệu sai bị từ chối, không ghi gì', async () => {
    const before = (await audits('movement.portal_setting', launched.id)).length;
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/movements/${launched.id}/portal`,
      headers: h,
      payload: { published: true, publishProgress: false },
    });
    expect(res.statusCode).toBe(200);
    const rows = await audits('movement.portal_setting', launched.id);
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)!.after).toMatchObject({ published: true, publishProgress: false });
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/movements/${launched.id}/portal`,
      headers: h,
    });
    expect(read.json()).toMatchObject({ published: true, publishProgress: false });

    const bad = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/movements/${launched.id}/portal`,
      headers: h,
      payload: { published: 'có' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBe('VALIDATION_FAILED');
    expect(await audits('movement.portal_setting', launched.id)).toHaveLength(before + 1);
  });

  it('chuyên viên đơn vị khác và cán bộ đơn vị không được đổi', async () => {
    await expect(
      setMovementPortalSetting(t.ctx(otherOfficer.actor), launched.id, {
        published: false,
        publishProgress: false,
      }),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    await expect(
      setMovementPortalSetting(t.ctx(clerk.actor), launched.id, { published: false, publishProgress: false }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const [row] = await db
      .select()
      .from(movementPortalSettings)
      .where(eq(movementPortalSettings.movementId, launched.id));
    expect(row!.published).toBe(true);
  });

  it('dự thảo không bao giờ hiện trên cổng, kể cả khi đã bật công bố', async () => {
    await setMovementPortalSetting(t.ctx(officer.actor), draft.id, {
      published: true,
      publishProgress: true,
    });
    expect((await get(`/phong-trao/${draft.slug}`)).statusCode).toBe(404);
    expect((await get('/phong-trao')).body).not.toContain('Phong trào dự thảo');
    expect((await get('/tim-kiem?q=phong+trao+du+thao')).body).not.toContain(draft.slug);
  });

  it('tìm không dấu ra phong trào đã công bố; có trong sơ đồ trang và RSS', async () => {
    const s = (await get('/tim-kiem?q=dai+hoi+dang+bo+quan+lan+thu+26')).body;
    expect(s).toContain(`href="/phong-trao/${launched.slug}"`);
    expect((await get('/sitemap.xml')).body).toContain(`/phong-trao/${launched.slug}</loc>`);
    expect((await get('/rss.xml')).body).toContain(`/phong-trao/${launched.slug}</link>`);
  });
});

// ---- decisions ----
const register = await createRegister(t.ctx(officer.actor), {
  issuerUnitId: tree.district.id,
  symbol: 'QĐ-UBND',
  name: 'Sổ quyết định khen thưởng',
  parentBody: 'UBND THÀNH PHỐ HÀ NỘI',
  issuingBody: 'ỦY BAN NHÂN DÂN QUẬN MỘT',
  place: 'Quận Một',
  authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN MỘT',
  signerOffice: 'CHU_TICH_UBND',
  signerLevel: 'HUYEN',
});
const draftInput = (subject: string) => ({
  registerId: register.id,
  kind: 'KHEN_THUONG',
  subject,
  signerAuthority: 'KT. CHỦ TỊCH',
  signerTitle: 'PHÓ CHỦ TỊCH',
  signerName: 'Hoàng Văn Thắng',
  plannedOn: '2021-01-05',
  recipients: [hung, lan].map((p) => ({
    personId: p.id,
    code: 'GIAY_KHEN',
    periodFrom: 2020,
    periodTo: 2020,
  })),
});
const issued = await issueDecision(
  t.ctx(officer.actor),
  (await draftDecision(t.ctx(officer.actor), draftInput('Về việc tặng Giấy khen năm 2020'))).id,
  { decidedOn: '2021-01-05' },
);
const unissued = await draftDecision(
  t.ctx(officer.actor),
  draftInput('Về việc tặng Giấy khen (dự thảo chưa ký)'),
);

describe('quyết định đã ban hành trên cổng', () => {
  it('danh sách và trang quyết định: số, ngày, cơ quan, trích yếu, người được khen với liên kết xác minh', async () => {
    const list = (await get('/quyet-dinh')).body;
    expect(list).toContain('Quyết định số 01/QĐ-UBND');
    expect(list).toContain('05/01/2021');
    expect(list).not.toContain('dự thảo chưa ký');
    expect((await get(`/quyet-dinh/${unissued.id}`)).statusCode).toBe(404);

    const page = await get(`/quyet-dinh/${issued.id}`);
    expect(page.statusCode).toBe(200);
    const b = page.body;
    expect(b).toContain('<h1>Quyết định số 01/QĐ-UBND</h1>');
    expect(b).toContain('ỦY BAN NHÂN DÂN QUẬN MỘT');
    expect(b).toContain('Về việc tặng Giấy khen năm 2020');
    expect(b).toContain('Phạm Văn Hùng');
    expect(b).toContain('Giấy khen');
    const verify = [...b.matchAll(/href="(\/verify\/[0-9A-Z]{12})"/g)].map((m) => m[1]!);
    expect(verify).toHaveLength(2);
    const v = await get(verify[0]!);
    expect(v.statusCode).toBe(200);
    noSecrets(b);
    noSecrets(list);
  });

  it('quyết định bị thu hồi hiện rõ "Đã bị thu hồi" và dòng bị thu hồi được đánh dấu', async () => {
    const rev = await draftAmendment(t.ctx(officer.actor), issued.id, {
      kind: 'THU_HOI',
      subject: 'Về việc thu hồi Giấy khen',
      content: 'Cá nhân bị kỷ luật trong năm 2020.',
      signerTitle: 'CHỦ TỊCH',
      signerName: 'Lê Văn Bình',
      revokedOrdinals: [2],
    });
    await issueDecision(t.ctx(officer.actor), rev.id, { decidedOn: '2021-02-10' });
    const b = (await get(`/quyet-dinh/${issued.id}?sau-thu-hoi`)).body;
    expect(b).toContain('Đã bị thu hồi');
    expect(b).toContain(`href="/quyet-dinh/${rev.id}"`);
    expect(b).toContain('<span class="tag">Đã thu hồi</span>');
    const revPage = (await get(`/quyet-dinh/${rev.id}`)).body;
    expect(revPage).toContain('Thu hồi');
    expect(revPage).toContain(`href="/quyet-dinh/${issued.id}"`);
  });

  it('tìm không dấu theo tên người được khen; có trong sơ đồ trang và RSS', async () => {
    const s = (await get('/tim-kiem?q=pham+van+hung')).body;
    expect(s).toContain(`href="/quyet-dinh/${issued.id}"`);
    expect((await get('/sitemap.xml?2')).body).toContain(`/quyet-dinh/${issued.id}</loc>`);
    expect((await get('/rss.xml?2')).body).toContain(`/quyet-dinh/${issued.id}</link>`);
  });
});

// ---- consultations ----
const pdf = { bytes: Buffer.from('%PDF-1.4 x'), filename: 'x.pdf' };
const dossier = await createDossier(t.ctx(provinceOfficer.actor), {
  title: 'Đề nghị tặng Huân chương Lao động hạng Ba',
  proposingUnitId: tree.district.id,
  receivingUnitId: tree.province.id,
  awardType: 'THUONG_XUYEN',
  year: 2020,
});
await addNominee(t.ctx(provinceOfficer.actor), dossier.id, { personId: hung.id, code: 'HCLD_HANG_BA' });
let out = await addNominee(t.ctx(provinceOfficer.actor), dossier.id, {
  personId: lan.id,
  code: 'HCLD_HANG_BA',
});
for (const c of ['TO_TRINH', 'BIEN_BAN_XET_KHEN_THUONG'])
  out = await attachComponent(t.ctx(provinceOfficer.actor), dossier.id, { component: c }, pdf);
for (const n of out.nominations)
  out = await attachComponent(
    t.ctx(provinceOfficer.actor),
    dossier.id,
    { component: 'BAO_CAO_THANH_TICH', nominationId: n.id },
    pdf,
  );
await submitDossier(t.ctx(provinceOfficer.actor), dossier.id);
await passToCouncil(t.ctx(provinceOfficer.actor), dossier.id, {
  nominationIds: out.nominations.map((n) => n.id),
});
const consultation = await openConsultation(t.ctx(provinceOfficer.actor), {
  title: 'Lấy ý kiến nhân dân đề nghị tặng Huân chương Lao động hạng Ba năm 2020',
  ownerUnitId: tree.province.id,
  postedOn: '2021-03-01',
  nominationIds: out.nominations.map((n) => n.id),
});
const secret = await consultationSecret(db);
const token = (ageSeconds: number) =>
  issueFormToken(secret, consultation.slug, t.clock.now().getTime() - ageSeconds * 1000);
const feedbackCount = async () =>
  Number(
    (
      await db
        .select({ n: count() })
        .from(consultationFeedback)
        .where(eq(consultationFeedback.consultationId, consultation.id))
    )[0]!.n,
  );
const postForm = (fields: Record<string, string>, ip = '198.51.100.9') =>
  t.app.inject({
    method: 'POST',
    url: `/lay-y-kien/${consultation.slug}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
    remoteAddress: ip,
  });
const good = () => ({
  name: 'Nguyễn Văn Dân',
  contact: 'dan@example.vn',
  content: 'Ông Hùng là người tận tụy, tôi đồng tình.',
  nominationId: out.nominations[0]!.id,
  website: '',
  formToken: token(30),
});

describe('lấy ý kiến nhân dân trên cổng', () => {
  it('danh sách: đang lấy ý kiến trước, với thời hạn dd/mm/yyyy và số ngày còn lại', async () => {
    const b = (await get('/lay-y-kien')).body;
    expect(b).toContain(consultation.title);
    expect(b).toContain(
      `Từ ngày 01/03/2021 đến hết ngày ${consultation.closesOn.split('-').reverse().join('/')}`,
    );
    expect(b).toMatch(/Còn \d+ ngày nhận ý kiến/);
    expect((await get('/')).body).toContain(`/lay-y-kien/${consultation.slug}`);
  });

  it('trang danh sách đề nghị chỉ có tên, đơn vị, danh hiệu đề nghị — không CCCD, ngày sinh, liên hệ', async () => {
    const page = await get(`/lay-y-kien/${consultation.slug}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('Phạm Văn Hùng');
    expect(page.body).toContain('Huân chương Lao động hạng Ba');
    expect(page.body).toContain('name="formToken"');
    expect(page.body).toContain('name="website"');
    noSecrets(page.body);
  });

  it('gửi ý kiến không cần JavaScript: chuyển hướng với lời xác nhận, ý kiến vào hàng đợi xử lý của cán bộ', async () => {
    const n = await feedbackCount();
    const res = await postForm(good());
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/lay-y-kien/${consultation.slug}?da-gui=1#gop-y`);
    const confirm = await get(res.headers.location as string);
    expect(confirm.body).toContain('Cảm ơn ông/bà đã gửi ý kiến');
    expect(await feedbackCount()).toBe(n + 1);
    const queue = await listFeedback(t.ctx(provinceOfficer.actor), consultation.id);
    expect(queue.map((f) => f.content)).toContain('Ông Hùng là người tận tụy, tôi đồng tình.');
    // The commenter's name and contact are never published.
    expect(confirm.body).not.toContain('dan@example.vn');
  });

  it('thiếu họ tên hoặc liên hệ: báo lỗi tiếng Việt, giữ nội dung đã nhập, không ghi gì', async () => {
    const n = await feedbackCount();
    const res = await postForm({ ...good(), name: '', contact: '' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('role="alert"');
    expect(res.body).toContain('Ông Hùng là người tận tụy, tôi đồng tình.');
    expect(res.body).toContain('aria-invalid="true"');
    expect(await feedbackCount()).toBe(n);
  });

  it('chống spam: gửi quá nhanh, điền ô bẫy, hoặc thiếu mã biểu mẫu đều bị từ chối', async () => {
    const n = await feedbackCount();
    for (const bad of [
      { formToken: token(1) },
      { website: 'http://spam.example' },
      { formToken: 'gia-mao' },
    ]) {
      const res = await postForm({ ...good(), ...bad });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('role="alert"');
    }
    expect(await feedbackCount()).toBe(n);
  });

  it('giới hạn số ý kiến theo địa chỉ: lần thứ 6 trong một giờ bị từ chối', async () => {
    const ip = '198.51.100.77';
    for (let i = 0; i < 5; i++) expect((await postForm(good(), ip)).statusCode).toBe(303);
    const res = await postForm(good(), ip);
    expect(res.statusCode).toBe(429);
    expect(res.body).toContain('Bạn đã gửi nhiều ý kiến trong thời gian ngắn');
  });

  it('hết thời hạn: trang báo đã kết thúc, không còn biểu mẫu, gửi bị từ chối với lời giải thích', async () => {
    const closes = consultation.closesOn;
    const after = new Date(Date.parse(`${closes}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const stale = token(30);
    setClock(after);
    try {
      const page = (await get(`/lay-y-kien/${consultation.slug}`)).body;
      expect(page).toContain('Đã hết thời gian nhận ý kiến');
      expect(page).not.toContain('name="formToken"');
      const list = (await get('/lay-y-kien?sau')).body;
      expect(list).toContain('Đã kết thúc');
      const n = await feedbackCount();
      const res = await postForm({ ...good(), formToken: stale });
      expect(res.statusCode).toBe(409);
      expect(res.body).toContain(
        `Đã hết thời gian nhận ý kiến (đến hết ngày ${closes.split('-').reverse().join('/')})`,
      );
      expect(await feedbackCount()).toBe(n);
    } finally {
      setClock('2021-03-01');
    }
  });
});
