import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, consultationFeedback, nominationSteps, persons } from '../../db/schema';
import { buildActor, buildPerson, buildTree, createTestApp } from '../../test/harness';
import { fixedClock } from '../../lib/clock';
import { createDossier } from '../../services/nominations/create-dossier';
import { addNominee } from '../../services/nominations/add-nominee';
import { attachComponent } from '../../services/nominations/attachments';
import { submitDossier } from '../../services/nominations/submit-dossier';
import { passToCouncil } from '../../services/nominations/appraise';
import { closeConsultation, openConsultation } from '../../services/consultations/open-consultation';
import { listFeedback, triageFeedback } from '../../services/consultations/triage';
import { assertConsultationClosed } from '../../services/consultations/assert-closed';
import { issueFormToken, consultationSecret } from '../../services/consultations/window';

// Tue 01/10/2024: the T56 posting example (10 working days; the council may meet from 16/10/2024).
const t = await createTestApp({ today: '2024-10-01' });
const db = t.database.db;
const tree = await buildTree(t);
const clerk = await buildActor(t, 'UNIT_CLERK', tree.district);
const officer = await buildActor(t, 'OFFICER', tree.province);
const otherOfficer = await buildActor(t, 'OFFICER', tree.other);
const hung = await buildPerson(t, {
  fullName: 'Phạm Văn Hùng',
  unit: tree.district,
  nationalId: '001080012345',
});
await db
  .update(persons)
  .set({ email: 'hung@example.vn', phone: '0912345678' })
  .where(eq(persons.id, hung.id));
const lan = await buildPerson(t, { fullName: 'Đỗ Thị Lan', unit: tree.district, nationalId: '001180054321' });

const pdf = { bytes: Buffer.from('%PDF-1.4 x'), filename: 'x.pdf' };
const setClock = (day: string) => {
  const c = fixedClock(`${day}T03:00:00Z`);
  t.clock.now = c.now;
  t.clock.today = c.today;
};

/** Two HCLĐ hạng Ba nominees of Quận Một, appraised by the province and passed to its council. */
async function appraised() {
  const d = await createDossier(t.ctx(clerk.actor), {
    title: 'Đề nghị tặng Huân chương Lao động hạng Ba',
    proposingUnitId: tree.district.id,
    receivingUnitId: tree.province.id,
    awardType: 'THUONG_XUYEN',
    year: 2024,
  });
  await addNominee(t.ctx(clerk.actor), d.id, {
    personId: hung.id,
    code: 'HCLD_HANG_BA',
    summary: 'Có nhiều đóng góp trong chuyển đổi số',
  });
  let out = await addNominee(t.ctx(clerk.actor), d.id, { personId: lan.id, code: 'HCLD_HANG_BA' });
  for (const c of ['TO_TRINH', 'BIEN_BAN_XET_KHEN_THUONG'])
    out = await attachComponent(t.ctx(clerk.actor), d.id, { component: c }, pdf);
  for (const n of out.nominations)
    out = await attachComponent(
      t.ctx(clerk.actor),
      d.id,
      { component: 'BAO_CAO_THANH_TICH', nominationId: n.id },
      pdf,
    );
  await submitDossier(t.ctx(clerk.actor), d.id);
  const ids = out.nominations.map((n) => n.id);
  await passToCouncil(t.ctx(officer.actor), d.id, { nominationIds: ids });
  return ids;
}

const ids = await appraised();
const consultation = await openConsultation(t.ctx(officer.actor), {
  title: 'Lấy ý kiến nhân dân đề nghị tặng Huân chương Lao động hạng Ba năm 2024',
  ownerUnitId: tree.province.id,
  postedOn: '2024-10-01',
  nominationIds: ids,
});
const secret = await consultationSecret(db);
const token = (ageSeconds: number) =>
  issueFormToken(secret, consultation.slug, t.clock.now().getTime() - ageSeconds * 1000);
const feedbackRows = async () =>
  (
    await db
      .select({ n: count() })
      .from(consultationFeedback)
      .where(eq(consultationFeedback.consultationId, consultation.id))
  )[0]!.n;
const post = (body: Record<string, unknown>, ip = '203.0.113.7') =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/public/consultations/${consultation.slug}/feedback`,
    payload: body,
    remoteAddress: ip,
  });

describe('openConsultation', () => {
  it('công khai 10 ngày làm việc theo NĐ 98 Điều 46 kh2: hết ngày 15/10/2024, Hội đồng họp từ 16/10/2024', async () => {
    expect(consultation).toMatchObject({
      postedOn: '2024-10-01',
      closesOn: '2024-10-15',
      earliestMeetingOn: '2024-10-16',
      minWorkingDays: 10,
      open: true,
      nominationIds: ids,
    });
    expect(consultation.citation).toContain('Điều 46');
    const steps = await db
      .select({ n: count() })
      .from(nominationSteps)
      .where(and(eq(nominationSteps.nominationId, ids[0]!), eq(nominationSteps.step, 'CONSULTATION_OPEN')));
    expect(steps[0]!.n).toBe(1);
    const audit = await db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'consultation.open'), eq(auditLog.entityId, consultation.id)));
    expect(audit[0]!.n).toBe(1);
  });

  it('từ chối ngày họp quá sớm (POSTING_TOO_SHORT), người ngoài phạm vi, và đề nghị đã công khai', async () => {
    const more = await appraised();
    const input = {
      title: 'Lấy ý kiến',
      ownerUnitId: tree.province.id,
      postedOn: '2024-10-01',
      nominationIds: more,
    };
    await expect(
      openConsultation(t.ctx(officer.actor), { ...input, meetingOn: '2024-10-08' }),
    ).rejects.toMatchObject({
      code: 'POSTING_TOO_SHORT',
      message: expect.stringContaining('16/10/2024'),
    });
    await expect(openConsultation(t.ctx(otherOfficer.actor), input)).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    await expect(openConsultation(t.ctx(clerk.actor), input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      openConsultation(t.ctx(officer.actor), { ...input, nominationIds: ids }),
    ).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
  });
});

describe('API công khai lấy ý kiến', () => {
  it('danh sách và chi tiết không bao giờ có số định danh, ngày sinh, liên hệ của người được đề nghị', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/public/consultations' });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ slug: consultation.slug, nomineeCount: 2, open: true }),
      ]),
    );
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/consultations/${consultation.slug}`,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.nominees.map((n: { name: string }) => n.name)).toEqual(['Phạm Văn Hùng', 'Đỗ Thị Lan']);
    expect(body.nominees[0]).toEqual({
      id: ids[0],
      position: 1,
      name: 'Phạm Văn Hùng',
      unitName: 'Quận Một',
      kind: 'PERSON',
      code: 'HCLD_HANG_BA',
      codeName: 'Huân chương Lao động hạng Ba',
      achievement: 'Có nhiều đóng góp trong chuyển đổi số',
    });
    for (const text of [list.body, res.body]) {
      for (const secretValue of [
        '001080012345',
        '001180054321',
        '1980-05-01',
        '01/05/1980',
        'hung@example.vn',
        '0912345678',
      ])
        expect(text).not.toContain(secretValue);
      expect(text).not.toMatch(/nationalId|dateOfBirth|email|phone/);
    }
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/public/consultations/khong-co' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toBe('NOT_FOUND');
  });

  it('nhận ý kiến có họ tên và liên hệ; bắt buộc các trường; không công khai tên người góp ý', async () => {
    const bad = await post({ name: '', contact: '', content: '', formToken: token(30) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBe('VALIDATION_FAILED');
    expect(
      bad
        .json()
        .details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['contact', 'content', 'name']);
    const ok = await post({
      name: 'Nguyễn Thị Dân',
      contact: 'dan@example.vn',
      content: 'Ông Hùng rất tận tụy, tôi đồng tình.',
      nominationId: ids[0],
      formToken: token(30),
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().message).toContain('Cảm ơn');
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'consultation.feedback'), eq(auditLog.entityId, consultation.id)));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.after)).not.toContain('dan@example.vn');
    // triage: the officer answers; the answer is published without the sender's name or contact
    const queue = await listFeedback(t.ctx(officer.actor), consultation.id);
    expect(queue[0]).toMatchObject({ name: 'Nguyễn Thị Dân', nomineeName: 'Phạm Văn Hùng', answer: null });
    await expect(
      triageFeedback(t.ctx(otherOfficer.actor), queue[0]!.id, { category: 'SUPPORT', answer: 'x' }),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    await expect(
      triageFeedback(t.ctx(officer.actor), queue[0]!.id, { category: 'SUPPORT' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    const answered = await triageFeedback(t.ctx(officer.actor), queue[0]!.id, {
      category: 'SUPPORT',
      answer: 'Cảm ơn bà đã góp ý; ý kiến được báo cáo Hội đồng.',
    });
    expect(answered.answeredAt).not.toBeNull();
    const triageAudit = await db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'consultation.triage'), eq(auditLog.entityId, queue[0]!.id)));
    expect(triageAudit[0]!.n).toBe(1);
    const page = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/consultations/${consultation.slug}`,
    });
    expect(page.json().answered).toEqual([
      {
        content: 'Ông Hùng rất tận tụy, tôi đồng tình.',
        answer: 'Cảm ơn bà đã góp ý; ý kiến được báo cáo Hội đồng.',
        answeredOn: '2024-10-01',
      },
    ]);
    expect(page.body).not.toContain('Nguyễn Thị Dân');
    expect(page.body).not.toContain('dan@example.vn');
  });

  it('chống thư rác: ô bẫy, gửi quá nhanh, thiếu/giả mã biểu mẫu, quá nhiều liên kết; không lưu gì', async () => {
    const before = await feedbackRows();
    const base = { name: 'Máy Gửi', contact: 'x@example.vn', content: 'Nội dung' };
    for (const body of [
      { ...base, website: 'http://spam.example', formToken: token(30) },
      { ...base, formToken: token(1) },
      { ...base },
      { ...base, formToken: `${Date.now()}.${'0'.repeat(32)}` },
      { ...base, formToken: token(2 * 86_400) },
      { ...base, content: 'http://a.vn http://b.vn http://c.vn', formToken: token(30) },
    ]) {
      const res = await post(body, '198.51.100.9');
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toBe('SPAM_SUSPECTED');
    }
    expect(await feedbackRows()).toBe(before);
  });

  it('giới hạn theo địa chỉ gửi: 5 ý kiến mỗi giờ (RATE_LIMITED)', async () => {
    const base = { name: 'Trần Văn Góp', contact: '0900000000', content: 'Ý kiến', formToken: token(60) };
    for (let i = 0; i < 5; i++) expect((await post(base, '192.0.2.50')).statusCode).toBe(201);
    const sixth = await post(base, '192.0.2.50');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().error).toBe('RATE_LIMITED');
    expect((await post(base, '192.0.2.51')).statusCode).toBe(201);
  });
});

describe('assertConsultationClosed và kết thúc lấy ý kiến', () => {
  it('chặn bước tiếp theo đến hết thời gian công khai, rồi cho phép; đề nghị bắt buộc công khai mà chưa công khai bị chặn', async () => {
    await expect(assertConsultationClosed(db, ids, '2024-10-15')).rejects.toMatchObject({
      code: 'CONSULTATION_OPEN',
      message: expect.stringContaining('15/10/2024'),
    });
    await expect(closeConsultation(t.ctx(officer.actor), consultation.id)).rejects.toMatchObject({
      code: 'CONSULTATION_OPEN',
    });
    await expect(assertConsultationClosed(db, ids, '2024-10-16')).resolves.toBeUndefined();
    const never = await appraised();
    await expect(assertConsultationClosed(db, never, '2024-10-16')).rejects.toMatchObject({
      code: 'CONSULTATION_REQUIRED',
    });
    await expect(
      assertConsultationClosed(db, never, '2024-10-16', { requireWhereMandatory: false }),
    ).resolves.toBeUndefined();

    setClock('2024-10-16');
    const late = await post({
      name: 'Muộn',
      contact: 'm@example.vn',
      content: 'Ý kiến muộn',
      formToken: token(60),
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toBe('CONSULTATION_CLOSED');
    await expect(closeConsultation(t.ctx(otherOfficer.actor), consultation.id)).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    const closed = await closeConsultation(t.ctx(officer.actor), consultation.id);
    expect(closed).toMatchObject({ closed: true, open: false });
    const steps = await db
      .select({ n: count() })
      .from(nominationSteps)
      .where(and(eq(nominationSteps.nominationId, ids[1]!), eq(nominationSteps.step, 'CONSULTATION_CLOSED')));
    expect(steps[0]!.n).toBe(1);
    const audit = await db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'consultation.close'), eq(auditLog.entityId, consultation.id)));
    expect(audit[0]!.n).toBe(1);
  });
});
