import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, exemplarConsents } from '../../db/schema';
import { buildActor, buildPerson, buildTree, createTestApp } from '../../test/harness';
import { ServiceError } from '../../errors';
import { createPost } from './create-post';
import { publishPost } from './publish-post';
import { recordExemplarConsent, withdrawExemplarConsent } from './exemplar-consents';

const t = await createTestApp({ today: '2026-10-01' });
const tree = await buildTree(t);
const officer = await buildActor(t, 'OFFICER', tree.district);
const otherOfficer = await buildActor(t, 'OFFICER', tree.other);
const clerk = await buildActor(t, 'UNIT_CLERK', tree.district);

const consentCount = async () => (await t.database.db.select({ n: count() }).from(exemplarConsents))[0]!.n;
async function expectCode(p: Promise<unknown>, code: string) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ServiceError);
  expect((e as ServiceError).code).toBe(code);
}

const consent = (personId: string, over: Record<string, unknown> = {}) => ({
  personId,
  consentedOn: '2026-09-15',
  scope: 'Nêu gương trên cổng thông tin của quận, năm 2026',
  fields: ['FULL_NAME', 'AWARDS', 'STORY'],
  ...over,
});

async function exemplarPost(personId: string, title: string) {
  const p = await createPost(t.ctx(officer.actor), {
    unitId: tree.district.id,
    title,
    lead: 'Một tấm gương người tốt, việc tốt.',
    author: 'Ban biên tập',
    categories: ['GUONG_DIEN_HINH'],
    links: [{ kind: 'PERSON', targetId: personId }],
  });
  return p;
}
const page = (slug: string) => t.app.inject({ method: 'GET', url: `/tin-tuc/${slug}` });

describe('recordExemplarConsent', () => {
  it('ghi ngày, phạm vi, thông tin được công bố; ghi nhật ký', async () => {
    const p = await buildPerson(t, { unit: tree.ward });
    const c = await recordExemplarConsent(t.ctx(officer.actor), consent(p.id));
    expect(c).toMatchObject({
      personId: p.id,
      consentedOn: '2026-09-15',
      fields: ['FULL_NAME', 'AWARDS', 'STORY'],
    });
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'exemplar_consent.record'), eq(auditLog.entityId, c.id)));
    expect(rows).toHaveLength(1);
  });

  it('từ chối cán bộ đơn vị và chuyên viên ngoài phạm vi; không ghi gì', async () => {
    const p = await buildPerson(t, { unit: tree.ward });
    const before = await consentCount();
    await expectCode(recordExemplarConsent(t.ctx(clerk.actor), consent(p.id)), 'FORBIDDEN');
    await expectCode(recordExemplarConsent(t.ctx(otherOfficer.actor), consent(p.id)), 'OUT_OF_SCOPE');
    expect(await consentCount()).toBe(before);
  });

  it('ngày ở tương lai, không chọn thông tin nào: VALIDATION_FAILED, không ghi gì', async () => {
    const p = await buildPerson(t, { unit: tree.ward });
    const before = await consentCount();
    await expectCode(
      recordExemplarConsent(t.ctx(officer.actor), consent(p.id, { consentedOn: '2027-01-01' })),
      'VALIDATION_FAILED',
    );
    await expectCode(
      recordExemplarConsent(t.ctx(officer.actor), consent(p.id, { fields: [] })),
      'VALIDATION_FAILED',
    );
    expect(await consentCount()).toBe(before);
  });
});

describe('gương điển hình chỉ hiển thị khi có sự đồng ý', () => {
  it('không thể đăng bài về một người chưa đồng ý', async () => {
    const p = await buildPerson(t, { unit: tree.ward });
    const post = await exemplarPost(p.id, 'Gương sáng chưa đồng ý');
    await expectCode(publishPost(t.ctx(officer.actor), post.id, { version: 1 }), 'EXEMPLAR_CONSENT_REQUIRED');
    expect((await page(post.slug)).statusCode).toBe(404);
  });

  it('đồng ý chỉ họ tên: trang hiện họ tên, không hiện chức vụ hay đơn vị', async () => {
    const p = await buildPerson(t, { unit: tree.ward, fullName: 'Trần Thị Gương' });
    await recordExemplarConsent(t.ctx(officer.actor), consent(p.id, { fields: ['FULL_NAME'] }));
    const post = await exemplarPost(p.id, 'Gương sáng Trần Thị Gương');
    await publishPost(t.ctx(officer.actor), post.id, { version: 1 });
    const b = (await page(post.slug)).body;
    expect(b).toContain('Trần Thị Gương');
    expect(b).not.toContain('Chuyên viên');
    expect(b).not.toContain('Phường Bến Nghé');
  });

  it('rút lại sự đồng ý: bài biến khỏi cổng ngay; ghi nhật ký; người ngoài phạm vi không rút được', async () => {
    const p = await buildPerson(t, { unit: tree.ward, fullName: 'Lê Văn Rút' });
    const c = await recordExemplarConsent(t.ctx(officer.actor), consent(p.id));
    const post = await exemplarPost(p.id, 'Gương sáng Lê Văn Rút');
    await publishPost(t.ctx(officer.actor), post.id, { version: 1 });
    expect((await page(post.slug)).statusCode).toBe(200);
    await expectCode(withdrawExemplarConsent(t.ctx(otherOfficer.actor), c.id), 'OUT_OF_SCOPE');
    const w = await withdrawExemplarConsent(t.ctx(officer.actor), c.id);
    expect(w.withdrawnAt).not.toBeNull();
    expect((await page(post.slug)).statusCode).toBe(404);
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'exemplar_consent.withdraw'), eq(auditLog.entityId, c.id)));
    expect(rows).toHaveLength(1);
  });
});
