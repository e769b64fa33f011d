import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, dossierAttachments, personYearRecords } from '../../db/schema';
import { docxText } from '../../documents/testing';
import { newId } from '../../lib/ids';
import { buildActor, buildPerson, buildTree, createTestEnv } from '../../test/harness';
import { createDossier } from './create-dossier';
import { addNomineesFromCandidates } from './add-nominee';
import { readAttachment } from './attachments';
import { generateComponent } from './generate-component';

const env = await createTestEnv({ today: '2026-03-02' });
const db = env.database.db;
const tree = await buildTree(env);
const clerk = (await buildActor(env, 'UNIT_CLERK', tree.ward)).actor;
const otherClerk = (await buildActor(env, 'UNIT_CLERK', tree.other)).actor;
const an = await buildPerson(env, { fullName: 'Nguyễn Văn An', unit: tree.ward, from: '2010-01-01' });
const binh = await buildPerson(env, { fullName: 'Trần Thị Bình', unit: tree.ward, from: '2010-01-01' });
for (const p of [an, binh])
  await db.insert(personYearRecords).values({
    id: newId(),
    personId: p.id,
    year: 2025,
    rating: 'HTXS',
    titles: ['LDTT'],
    initiatives: [{ kind: 'SANG_KIEN', scope: 'CO_SO' }],
  });
const d = await createDossier(env.ctx(clerk), {
  title: 'Đề nghị công nhận danh hiệu thi đua năm 2025',
  proposingUnitId: tree.ward.id,
  receivingUnitId: tree.district.id,
  awardType: 'THUONG_XUYEN',
  year: 2025,
  deadline: '2026-03-10',
});
await addNomineesFromCandidates(env.ctx(clerk), d.id, { code: 'CSTD_CO_SO', personIds: [an.id, binh.id] });

const attached = async (component: string) =>
  db
    .select()
    .from(dossierAttachments)
    .where(and(eq(dossierAttachments.dossierId, d.id), eq(dossierAttachments.component, component)));

describe('generateComponent', () => {
  it('tạo tờ trình kèm danh sách (Word, thể thức NĐ 30) và đính kèm là thành phần hồ sơ; ghi nhật ký', async () => {
    const detail = await generateComponent(env.ctx(clerk), d.id, { component: 'TO_TRINH' });
    const att = detail.attachments.find((a) => a.component === 'TO_TRINH')!;
    expect(att).toMatchObject({ generated: true, nominationId: null, filename: 'TO_TRINH.docx' });
    expect(detail.components.find((c) => c.code === 'TO_TRINH')!.present).toBe(true);
    const f = await readAttachment(env.ctx(clerk), d.id, att.id);
    const text = docxText(f.bytes);
    expect(text).toContain('ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ');
    expect(text).toContain('TỜ TRÌNH');
    expect(text).toMatch(/Số:\s+\/TTr-UBND/);
    expect(text).toMatch(/\(Kèm theo Tờ trình số\s+\/TTr-UBND ngày 02 tháng 3 năm 2026/);
    expect(text).toContain('Bến Nghé, ngày 02 tháng 3 năm 2026');
    expect(text).toContain('Kính gửi: Quận Một');
    expect(text).toContain('khen thưởng cho 2 cá nhân (Chiến sĩ thi đua cơ sở)');
    expect(text).toContain('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
    expect(text).toMatch(/1\nNguyễn Văn An\nPhường Bến Nghé\nChiến sĩ thi đua cơ sở\nNăm 2025/);
    expect(text).toMatch(/2\nTrần Thị Bình\nPhường Bến Nghé/);
    const audits = await db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'dossier.attach'), eq(auditLog.entityId, d.id)));
    expect(audits[0]!.n).toBe(1);
  });

  it('báo cáo thành tích của từng người; biên bản bình xét có chỗ trống cho kết quả biểu quyết', async () => {
    const nom = (await generateComponent(env.ctx(clerk), d.id, { component: 'BIEN_BAN_BINH_XET' }))
      .nominations[1]!;
    const detail = await generateComponent(env.ctx(clerk), d.id, {
      component: 'BAO_CAO_THANH_TICH',
      nominationId: nom.id,
    });
    const bb = detail.attachments.find((a) => a.component === 'BIEN_BAN_BINH_XET')!;
    const bbText = docxText((await readAttachment(env.ctx(clerk), d.id, bb.id)).bytes);
    expect(bbText).toContain('BIÊN BẢN');
    expect(bbText).toContain(
      '2. Trần Thị Bình, Phường Bến Nghé — Chiến sĩ thi đua cơ sở: .... /.... thành viên đồng ý',
    );
    const bc = detail.attachments.find((a) => a.component === 'BAO_CAO_THANH_TICH')!;
    expect(bc.nominationId).toBe(nom.id);
    const bcText = docxText((await readAttachment(env.ctx(clerk), d.id, bc.id)).bytes);
    expect(bcText).toContain('BÁO CÁO');
    expect(bcText).toContain('Họ và tên: Trần Thị Bình.');
    expect(bcText).toContain('NGƯỜI BÁO CÁO');
  });

  it('từ chối đơn vị khác; thành phần không tạo được hoặc thiếu người → lỗi rõ ràng, không ghi gì', async () => {
    const before = (await attached('XAC_NHAN_THANH_TICH')).length + (await attached('TO_TRINH')).length;
    await expect(
      generateComponent(env.ctx(otherClerk), d.id, { component: 'TO_TRINH' }),
    ).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    await expect(
      generateComponent(env.ctx(clerk), d.id, { component: 'XAC_NHAN_THANH_TICH', nominationId: null }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(
      generateComponent(env.ctx(clerk), d.id, { component: 'BAO_CAO_THANH_TICH' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await attached('XAC_NHAN_THANH_TICH')).length + (await attached('TO_TRINH')).length).toBe(before);
  });
});
