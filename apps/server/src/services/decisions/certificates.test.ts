import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, awards } from '../../db/schema';
import { certificateTemplates } from '../../db/schema/certificates';
import { buildActor, buildPerson, buildTree, createTestEnv } from '../../test/harness';
import { pdfFonts, pdfText } from '../../documents/testing';
import { createRegister } from './registers';
import { draftDecision } from './draft-decision';
import { issueDecision } from './issue-decision';
import { draftAmendment } from './amend-decision';
import {
  DEFAULT_TEMPLATE_IDS,
  createCertificateTemplate,
  decisionCertificates,
  listCertificateTemplates,
} from './certificates';

const env = await createTestEnv({ today: '2021-03-01' });
const tree = await buildTree(env);
const db = env.database.db;
const officer = env.ctx((await buildActor(env, 'OFFICER', tree.district)).actor);
const outsider = env.ctx((await buildActor(env, 'OFFICER', tree.other)).actor);
const staff = env.ctx((await buildActor(env, 'STAFF', tree.district)).actor);

const register = await createRegister(officer, {
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
const names = ['Nguyễn Thị Hương', 'Trần Văn Đức', 'Lê Thị Ngọc Ánh'];
const people: { id: string }[] = [];
for (const fullName of names) people.push(await buildPerson(env, { fullName, unit: tree.ward }));
const draft = await draftDecision(officer, {
  registerId: register.id,
  kind: 'KHEN_THUONG',
  subject: 'Về việc tặng Giấy khen năm 2020',
  bases: ['Căn cứ Luật Thi đua, khen thưởng'],
  signerAuthority: 'KT. CHỦ TỊCH',
  signerTitle: 'PHÓ CHỦ TỊCH',
  signerName: 'Hoàng Văn Thắng',
  recipients: people.map((p) => ({ personId: p.id, code: 'GIAY_KHEN', periodFrom: 2020, periodTo: 2020 })),
});
const issued = await issueDecision(officer, draft.id, { decidedOn: '2021-01-05' });
const codes = new Map(
  (await db.select().from(awards).where(eq(awards.decisionId, draft.id))).map((a) => [
    a.recipientName,
    a.verifyCode,
  ]),
);

describe('certificates of a decision', () => {
  it('prints every recipient as one FULL PDF: one page each with name, title, decision number and verify code', async () => {
    const f = await decisionCertificates(officer, draft.id, { templateId: DEFAULT_TEMPLATE_IDS.FULL });
    const back = await pdfText(f.bytes);
    expect(back.pages).toHaveLength(3);
    expect(back.sizes[0]).toEqual([842, 595]); // A4 landscape
    names.forEach((name, i) => {
      const page = back.pages[i]!;
      expect(page).toContain(name);
      expect(page).toContain('GIẤY KHEN');
      expect(page).toContain('Giấy khen');
      expect(page).toContain(`Quyết định số ${issued.numberText} ngày 05/01/2021`);
      expect(page).toContain(`Mã xác minh: ${codes.get(name)}`);
      expect(page).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(page).toContain('Quận Một, ngày 05 tháng 01 năm 2021');
    });
    const fonts = pdfFonts(f.bytes);
    expect(fonts.baseFonts.every((b) => b.includes('Tinos'))).toBe(true);
    expect(fonts.embeddedPrograms).toBeGreaterThan(0);
    expect(f.filename).toMatch(/^bang-khen-\d+-QĐ-UBND\.pdf$/);
  });

  it('prints only the fields on a pre-printed blank (PHOI) and previews the first page', async () => {
    const f = await decisionCertificates(officer, draft.id, { templateId: DEFAULT_TEMPLATE_IDS.PHOI });
    const back = await pdfText(f.bytes);
    expect(back.pages).toHaveLength(3);
    expect(back.pages[1]).toContain('Trần Văn Đức');
    expect(back.pages[1]).toContain(`Mã xác minh: ${codes.get('Trần Văn Đức')}`);
    // A blank already carries the national emblem texts: they are not printed again.
    expect(back.text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const preview = await decisionCertificates(officer, draft.id, {
      templateId: DEFAULT_TEMPLATE_IDS.FULL,
      first: 'true',
    });
    const p = await pdfText(preview.bytes);
    expect(p.pages).toHaveLength(1);
    expect(p.pages[0]).toContain('Nguyễn Thị Hương');
  });

  it('places PHOI fields at the template coordinates (mm)', async () => {
    const tpl = await createCertificateTemplate(officer, {
      unitId: tree.district.id,
      name: 'Phôi giấy khen quận (A4 dọc)',
      paper: 'A4',
      orientation: 'PORTRAIT',
      mode: 'PHOI',
      fields: [
        { key: 'name', x: 105, y: 100, width: 150, align: 'center', size: 20, bold: true },
        { key: 'verifyCode', x: 20, y: 270, size: 10 },
      ],
    });
    const f = await decisionCertificates(officer, draft.id, { templateId: tpl.id });
    const back = await pdfText(f.bytes);
    expect(back.sizes[0]).toEqual([595, 842]);
    expect(back.pages[2]!.split('\n')).toEqual([
      'Lê Thị Ngọc Ánh',
      `Mã xác minh: ${codes.get('Lê Thị Ngọc Ánh')}`,
    ]);
  });

  it('refuses drafts, outsiders and an unknown template; revoked lines are not printed', async () => {
    const other = await draftDecision(officer, {
      registerId: register.id,
      kind: 'KHEN_THUONG',
      subject: 'Dự thảo',
      signerTitle: 'CHỦ TỊCH',
      signerName: 'Hoàng Văn Thắng',
      recipients: [{ personId: people[0]!.id, code: 'GIAY_KHEN' }],
    });
    await expect(
      decisionCertificates(officer, other.id, { templateId: DEFAULT_TEMPLATE_IDS.FULL }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      decisionCertificates(outsider, draft.id, { templateId: DEFAULT_TEMPLATE_IDS.FULL }),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    await expect(
      decisionCertificates(officer, draft.id, { templateId: '00000000-0000-7000-8000-0000000000ff' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const revoke = await draftAmendment(officer, draft.id, {
      kind: 'THU_HOI',
      subject: 'Thu hồi một phần',
      content: 'Khai man thành tích',
      signerTitle: 'CHỦ TỊCH',
      signerName: 'Hoàng Văn Thắng',
      revokedOrdinals: [2],
    });
    await issueDecision(officer, revoke.id, { decidedOn: '2021-02-01' });
    const f = await decisionCertificates(officer, draft.id, { templateId: DEFAULT_TEMPLATE_IDS.FULL });
    const back = await pdfText(f.bytes);
    expect(back.pages).toHaveLength(2);
    expect(back.text).not.toContain('Trần Văn Đức');
  });
});

describe('certificate templates', () => {
  it('lists the shared templates; an officer adds one for the body (audited); staff and outsiders are refused', async () => {
    const list = await listCertificateTemplates(officer);
    expect(list.map((t) => t.id)).toEqual(
      expect.arrayContaining([DEFAULT_TEMPLATE_IDS.FULL, DEFAULT_TEMPLATE_IDS.PHOI]),
    );
    const input = {
      unitId: tree.district.id,
      name: 'Bằng in toàn bộ A3',
      paper: 'A3',
      mode: 'FULL',
      heading: 'GIẤY KHEN',
    };
    const t = await createCertificateTemplate(officer, input);
    expect(t).toMatchObject({ paper: 'A3', orientation: 'LANDSCAPE', mode: 'FULL' });
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'certificate_template.create'), eq(auditLog.entityId, t.id)));
    expect(audit).toHaveLength(1);
    const before = (await db.select().from(certificateTemplates)).length;
    await expect(createCertificateTemplate(staff, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createCertificateTemplate(outsider, input)).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    const bad = await createCertificateTemplate(officer, { ...input, mode: 'PHOI', fields: [] }).catch(
      (e: unknown) => e,
    );
    expect(bad).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(JSON.stringify((bad as { details: unknown }).details)).toContain('vị trí của họ tên');
    expect((await db.select().from(certificateTemplates)).length).toBe(before);
    // The other district does not see this body's template.
    expect((await listCertificateTemplates(outsider)).map((x) => x.id)).not.toContain(t.id);
  });
});
