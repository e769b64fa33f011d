import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import {
  auditLog,
  dossierAttachments,
  dossiers,
  eligibilityResults,
  nominations,
  nominationSteps,
  personYearRecords,
} from '../../db/schema';
import { buildActor, buildPerson, buildTree, buildUnit, createTestEnv } from '../../test/harness';
import { newId } from '../../lib/ids';
import { createDossier } from './create-dossier';
import { addNominee, addNomineesFromCandidates } from './add-nominee';
import { attachComponent, detachComponent } from './attachments';
import { submitDossier } from './submit-dossier';
import { getAppraisal, passToCouncil, returnNominations } from './appraise';
import { reevaluateNominee, withdrawNominee } from './edit-nominee';
import { getDossier, listDossiers } from './queries';

const env = await createTestEnv({ today: '2026-03-02' });
const db = env.database.db;
const tree = await buildTree(env);
const ward2 = await buildUnit(env, { name: 'Phường Đa Kao', kind: 'XA', parent: tree.district });
const clerk = await buildActor(env, 'UNIT_CLERK', tree.ward);
const head = await buildActor(env, 'UNIT_HEAD', tree.ward);
const otherClerk = await buildActor(env, 'UNIT_CLERK', ward2);
const officer = await buildActor(env, 'OFFICER', tree.district);
const otherOfficer = await buildActor(env, 'OFFICER', tree.other);
const staff = await buildActor(env, 'STAFF', tree.ward);
const an = await buildPerson(env, { fullName: 'Nguyễn Văn An', unit: tree.ward, from: '2010-01-01' });
const binh = await buildPerson(env, { fullName: 'Trần Thị Bình', unit: tree.ward, from: '2010-01-01' });
const outsider = await buildPerson(env, { fullName: 'Lê Văn Ngoài', unit: tree.other });
for (const p of [an, binh])
  await db.insert(personYearRecords).values({
    id: newId(),
    personId: p.id,
    year: 2025,
    rating: 'HTXS',
    titles: ['LDTT'],
    initiatives: [{ kind: 'SANG_KIEN', scope: 'CO_SO' }],
  });

const pdf = (s = 'tệp') => ({ bytes: Buffer.from(`%PDF-1.4 ${s}`), filename: `${s}.pdf` });
const auditCount = async (action: string, entityId: string) =>
  (
    await db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)))
  )[0]!.n;
const dossierInput = (over: Record<string, unknown> = {}) => ({
  title: 'Đề nghị công nhận danh hiệu thi đua năm 2025',
  proposingUnitId: tree.ward.id,
  receivingUnitId: tree.district.id,
  awardType: 'THUONG_XUYEN',
  year: 2025,
  deadline: '2026-03-10',
  ...over,
});
const asClerk = () => env.ctx(clerk.actor);
const asOfficer = () => env.ctx(officer.actor);

/** A dossier with two CSTĐCS nominees and every component attached, ready to submit. */
async function readyDossier() {
  const d = await createDossier(asClerk(), dossierInput());
  await addNomineesFromCandidates(asClerk(), d.id, { code: 'CSTD_CO_SO', personIds: [an.id, binh.id] });
  let detail = await getDossier(asClerk(), d.id);
  for (const c of ['TO_TRINH', 'BIEN_BAN_BINH_XET'])
    detail = await attachComponent(asClerk(), d.id, { component: c }, pdf(c));
  for (const n of detail.nominations)
    for (const c of ['BAO_CAO_THANH_TICH', 'XAC_NHAN_THANH_TICH'])
      detail = await attachComponent(asClerk(), d.id, { component: c, nominationId: n.id }, pdf(c));
  return detail;
}

describe('createDossier', () => {
  it('lập hồ sơ của phường gửi quận, trạng thái Đang soạn, các hạn theo ngày làm việc', async () => {
    const d = await createDossier(asClerk(), dossierInput({ deadline: '2026-02-15' }));
    expect(d).toMatchObject({
      proposingUnitName: 'Phường Bến Nghé',
      receivingUnitName: 'Quận Một',
      procedure: 'THUONG',
      status: 'DRAFT',
      nominationCount: 0,
      deadline: '2026-02-15',
      // Sunday inside the Tết 2026 break → first working day after it
      effectiveDeadline: '2026-02-23',
    });
    expect(await auditCount('dossier.create', d.id)).toBe(1);
  });

  it('từ chối cán bộ đơn vị khác (OUT_OF_SCOPE) và vai trò không có quyền (FORBIDDEN); không ghi gì', async () => {
    const before = (await db.select({ n: count() }).from(dossiers))[0]!.n;
    await expect(createDossier(env.ctx(otherClerk.actor), dossierInput())).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    await expect(createDossier(env.ctx(staff.actor), dossierInput())).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(createDossier(env.ctx(head.actor), dossierInput())).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await db.select({ n: count() }).from(dossiers))[0]!.n).toBe(before);
  });

  it('cơ quan nhận phải là cấp trên; thủ tục đơn giản chỉ cho trường hợp Điều 85', async () => {
    await expect(
      createDossier(asClerk(), dossierInput({ receivingUnitId: tree.other.id })),
    ).rejects.toMatchObject({ code: 'RECEIVING_UNIT_NOT_SUPERIOR' });
    await expect(createDossier(asClerk(), dossierInput({ procedure: 'DON_GIAN' }))).rejects.toMatchObject({
      code: 'SIMPLIFIED_PROCEDURE_NOT_ALLOWED',
      message: expect.stringContaining('Điều 85'),
    });
    const ok = await createDossier(
      asClerk(),
      dossierInput({ procedure: 'DON_GIAN', awardType: 'DOT_XUAT', title: 'Cứu người trong đám cháy' }),
    );
    expect(ok.procedure).toBe('DON_GIAN');
    await expect(createDossier(asClerk(), dossierInput({ title: '' }))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});

describe('addNominee / addNomineesFromCandidates', () => {
  it('thêm một cá nhân: ghi kết quả xét của bộ quy tắc (phiên bản, lý do) và bước Đang soạn', async () => {
    const d = await createDossier(asClerk(), dossierInput());
    const out = await addNominee(asClerk(), d.id, {
      personId: an.id,
      code: 'LDTT',
      summary: 'Hoàn thành xuất sắc',
    });
    expect(out.nominations).toHaveLength(1);
    const n = out.nominations[0]!;
    expect(n).toMatchObject({
      nomineeName: 'Nguyễn Văn An',
      nomineeUnitName: 'Phường Bến Nghé',
      status: 'DRAFT',
    });
    expect(n.verdict).toMatchObject({ outcome: 'ELIGIBLE' });
    expect(n.verdict!.rulesetVersion).not.toBe('');
    expect(n.verdict!.reasons.length).toBeGreaterThan(0);
    const [stored] = await db
      .select()
      .from(eligibilityResults)
      .where(eq(eligibilityResults.id, n.verdict!.resultId!));
    expect(stored).toMatchObject({
      personId: an.id,
      target: 'LDTT',
      achievementYear: 2025,
      outcome: 'ELIGIBLE',
    });
    expect(await auditCount('nomination.add', d.id)).toBe(1);
  });

  it('thêm theo danh sách đề xuất, một tập thể; từ chối trùng, người ngoài đơn vị, danh hiệu sai đối tượng', async () => {
    const d = await createDossier(asClerk(), dossierInput());
    const out = await addNomineesFromCandidates(asClerk(), d.id, {
      code: 'CSTD_CO_SO',
      personIds: [an.id, binh.id],
    });
    expect(out.nominations.map((n) => n.nomineeName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    const coll = await addNominee(asClerk(), d.id, { unitId: tree.ward.id, code: 'TT_LDTT' });
    expect(coll.nominations[2]).toMatchObject({ nomineeName: 'Phường Bến Nghé', verdict: null, position: 3 });
    const rows = async () =>
      (await db.select({ n: count() }).from(nominations).where(eq(nominations.dossierId, d.id)))[0]!.n;
    await expect(addNominee(asClerk(), d.id, { personId: an.id, code: 'CSTD_CO_SO' })).rejects.toMatchObject({
      code: 'DUPLICATE_NOMINEE',
    });
    await expect(
      addNomineesFromCandidates(asClerk(), d.id, { code: 'LDTT', personIds: [binh.id, outsider.id] }),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    await expect(addNominee(asClerk(), d.id, { personId: binh.id, code: 'TT_LDTT' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(
      addNominee(asClerk(), d.id, { personId: binh.id, unitId: tree.ward.id, code: 'LDTT' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect(await rows()).toBe(3);
  });

  it('từ chối người không có quyền trên đơn vị đề nghị', async () => {
    const d = await createDossier(asClerk(), dossierInput());
    await expect(
      addNominee(env.ctx(otherClerk.actor), d.id, { personId: an.id, code: 'LDTT' }),
    ).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    await expect(
      addNominee(env.ctx(staff.actor), d.id, { personId: an.id, code: 'LDTT' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await auditCount('nomination.add', d.id)).toBe(0);
  });

  it('rút một người khỏi hồ sơ và xét lại điều kiện (ghi kết quả mới)', async () => {
    const d = await createDossier(asClerk(), dossierInput());
    const out = await addNominee(asClerk(), d.id, { personId: binh.id, code: 'CSTD_CO_SO' });
    const id = out.nominations[0]!.id;
    const re = await reevaluateNominee(asOfficer(), id);
    expect(re.nominations[0]!.verdict!.resultId).not.toBe(out.nominations[0]!.verdict!.resultId);
    expect(await auditCount('nomination.evaluate', id)).toBe(1);
    await expect(reevaluateNominee(env.ctx(otherOfficer.actor), id)).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    await expect(withdrawNominee(env.ctx(otherClerk.actor), id, {})).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    const w = await withdrawNominee(asClerk(), id, { reason: 'Chuyển công tác' });
    expect(w.nominations[0]!.status).toBe('WITHDRAWN');
    expect(w.nominationCount).toBe(0);
    expect(await auditCount('nomination.withdraw', id)).toBe(1);
    // withdrawn: the same person may be proposed again
    await addNominee(asClerk(), d.id, { personId: binh.id, code: 'CSTD_CO_SO' });
  });
});

describe('attachComponent / detachComponent', () => {
  it('đính kèm thành phần của hồ sơ và của từng người; gỡ tệp', async () => {
    const d = await createDossier(asClerk(), dossierInput());
    const withN = await addNominee(asClerk(), d.id, { personId: an.id, code: 'CSTD_CO_SO' });
    const nId = withN.nominations[0]!.id;
    let out = await attachComponent(asClerk(), d.id, { component: 'TO_TRINH' }, pdf('to-trinh'));
    expect(out.components.find((c) => c.code === 'TO_TRINH')).toMatchObject({ present: true });
    out = await attachComponent(
      asClerk(),
      d.id,
      { component: 'BAO_CAO_THANH_TICH', nominationId: nId },
      pdf('bctt'),
    );
    expect(out.components.find((c) => c.code === 'BAO_CAO_THANH_TICH')).toMatchObject({
      present: true,
      missingFor: [],
    });
    expect(out.attachments.map((a) => a.filename).sort()).toEqual(['bctt.pdf', 'to-trinh.pdf']);
    expect(await auditCount('dossier.attach', d.id)).toBe(2);
    const att = out.attachments.find((a) => a.component === 'TO_TRINH')!;
    await expect(detachComponent(env.ctx(otherClerk.actor), d.id, att.id)).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    out = await detachComponent(asClerk(), d.id, att.id);
    expect(out.components.find((c) => c.code === 'TO_TRINH')).toMatchObject({ present: false });
    expect(await auditCount('dossier.detach', d.id)).toBe(1);
  });

  it('từ chối thành phần không thuộc hồ sơ, thiếu người, tệp sai loại, người ngoài phạm vi; không ghi gì', async () => {
    const d = await createDossier(asClerk(), dossierInput());
    await addNominee(asClerk(), d.id, { personId: an.id, code: 'LDTT' });
    const n = async () =>
      (
        await db.select({ n: count() }).from(dossierAttachments).where(eq(dossierAttachments.dossierId, d.id))
      )[0]!.n;
    await expect(
      attachComponent(asClerk(), d.id, { component: 'XAC_NHAN_THANH_TICH' }, pdf()),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(
      attachComponent(asClerk(), d.id, { component: 'BAO_CAO_THANH_TICH' }, pdf()),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(
      attachComponent(
        asClerk(),
        d.id,
        { component: 'TO_TRINH' },
        { bytes: Buffer.from('MZ...'), filename: 'a.exe' },
      ),
    ).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE' });
    await expect(
      attachComponent(env.ctx(otherClerk.actor), d.id, { component: 'TO_TRINH' }, pdf()),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    expect(await n()).toBe(0);
  });
});

describe('submitDossier', () => {
  it('liệt kê chính xác thành phần còn thiếu (DOSSIER_INCOMPLETE) và không ghi gì', async () => {
    const d = await createDossier(asClerk(), dossierInput());
    const out = await addNomineesFromCandidates(asClerk(), d.id, {
      code: 'CSTD_CO_SO',
      personIds: [an.id, binh.id],
    });
    const [nAn] = out.nominations;
    await attachComponent(asClerk(), d.id, { component: 'TO_TRINH' }, pdf());
    await attachComponent(asClerk(), d.id, { component: 'BAO_CAO_THANH_TICH', nominationId: nAn!.id }, pdf());
    const err = await submitDossier(env.ctx(head.actor), d.id).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'DOSSIER_INCOMPLETE' });
    expect((err as Error).message).toBe(
      'Hồ sơ còn thiếu: Báo cáo thành tích (Trần Thị Bình); Biên bản bình xét thi đua (kèm kết quả bỏ phiếu); ' +
        'Giấy chứng nhận hoặc xác nhận của cấp có thẩm quyền về sáng kiến, đề tài hoặc hoàn thành xuất sắc nhiệm vụ (Nguyễn Văn An, Trần Thị Bình).',
    );
    const details = (
      err as { details: { missing: { component: string; nominations: { name: string }[] }[] } }
    ).details;
    expect(details.missing.map((m) => m.component)).toEqual([
      'BAO_CAO_THANH_TICH',
      'BIEN_BAN_BINH_XET',
      'XAC_NHAN_THANH_TICH',
    ]);
    const steps = await db
      .select({ n: count() })
      .from(nominationSteps)
      .where(and(eq(nominationSteps.nominationId, nAn!.id), eq(nominationSteps.step, 'SUBMITTED')));
    expect(steps[0]!.n).toBe(0);
    expect(await auditCount('dossier.submit', d.id)).toBe(0);
  });

  it('hồ sơ trống (DOSSIER_EMPTY) và quá hạn nộp (DEADLINE_PASSED) bị từ chối', async () => {
    const empty = await createDossier(asClerk(), dossierInput());
    await expect(submitDossier(asClerk(), empty.id)).rejects.toMatchObject({ code: 'DOSSIER_EMPTY' });
    const late = await createDossier(asClerk(), dossierInput({ deadline: '2026-02-27' }));
    await addNominee(asClerk(), late.id, { personId: an.id, code: 'LDTT' });
    await expect(submitDossier(asClerk(), late.id)).rejects.toMatchObject({
      code: 'DEADLINE_PASSED',
      message: expect.stringContaining('27/02/2026'),
    });
  });

  it('trình đủ hồ sơ: các đề nghị chuyển sang chờ thẩm định, hạn thẩm định 20 ngày làm việc, ghi nhật ký', async () => {
    const ready = await readyDossier();
    await expect(submitDossier(env.ctx(otherClerk.actor), ready.id)).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    await expect(submitDossier(env.ctx(staff.actor), ready.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const out = await submitDossier(env.ctx(head.actor), ready.id);
    expect(out.status).toBe('SUBMITTED');
    expect(out.submittedOn).toBe('2026-03-02');
    expect(out.appraisalDueOn).toBe('2026-03-30');
    expect(out.nominations.every((n) => n.status === 'SUBMITTED')).toBe(true);
    expect(await auditCount('dossier.submit', ready.id)).toBe(1);
    // while it waits for appraisal, the unit cannot change it
    await expect(addNominee(asClerk(), ready.id, { personId: an.id, code: 'LDTT' })).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    await expect(submitDossier(asClerk(), ready.id)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    const inbox = await listDossiers(asOfficer(), { role: 'RECEIVING' });
    expect(inbox.map((d) => d.id)).toContain(ready.id);
    expect(
      (await listDossiers(env.ctx(otherOfficer.actor), { role: 'RECEIVING' })).map((d) => d.id),
    ).not.toContain(ready.id);
  });
});

describe('thẩm định: getAppraisal, returnNominations, passToCouncil', () => {
  it('cán bộ thẩm định thấy kết quả xét, danh mục kiểm tra, tỷ lệ và khen thưởng trước đó', async () => {
    const ready = await readyDossier();
    await submitDossier(asClerk(), ready.id);
    const a = await getAppraisal(asOfficer(), ready.id);
    expect(a.dossier.nominations).toHaveLength(2);
    expect(a.checklist.map((c) => c.code)).toEqual([
      'COMPONENTS',
      'DEADLINE',
      'ELIGIBILITY',
      'QUOTA',
      'PROCEDURE',
      'NO_DOUBLE_AWARD',
      'PUBLIC_POSTING',
    ]);
    expect(a.checklist.find((c) => c.code === 'COMPONENTS')!.ok).toBe(true);
    expect(a.checklist.find((c) => c.code === 'DEADLINE')!.ok).toBe(true);
    const q = a.quotas.find((x) => x.code === 'CSTD_CO_SO')!;
    expect(q.proposed).toBe(2);
    expect(q.citation).not.toBe('');
    await expect(getAppraisal(env.ctx(clerk.actor), ready.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getAppraisal(env.ctx(otherOfficer.actor), ready.id)).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
  });

  it('trả lại một người với lý do, trình Hội đồng người còn lại; đơn vị bổ sung và trình lại', async () => {
    const ready = await readyDossier();
    await submitDossier(asClerk(), ready.id);
    const [nAn, nBinh] = ready.nominations;
    await expect(
      returnNominations(env.ctx(otherOfficer.actor), ready.id, { reason: 'x', nominationIds: [nBinh!.id] }),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    await expect(
      returnNominations(asClerk(), ready.id, { reason: 'x', nominationIds: [nBinh!.id] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(returnNominations(asOfficer(), ready.id, { reason: '  ' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    const ret = await returnNominations(asOfficer(), ready.id, {
      reason: 'Báo cáo thành tích chưa có xác nhận của thủ trưởng',
      nominationIds: [nBinh!.id],
    });
    expect(ret.nominations.find((n) => n.id === nBinh!.id)).toMatchObject({
      status: 'RETURNED',
      lastReason: 'Báo cáo thành tích chưa có xác nhận của thủ trưởng',
    });
    expect(ret.status).toBe('RETURNED');
    expect(await auditCount('dossier.return', ready.id)).toBe(1);

    await expect(
      passToCouncil(env.ctx(otherOfficer.actor), ready.id, { nominationIds: [nAn!.id] }),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    await expect(passToCouncil(asOfficer(), ready.id, { nominationIds: [nBinh!.id] })).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    const passed = await passToCouncil(asOfficer(), ready.id, { nominationIds: [nAn!.id] });
    expect(passed.nominations.find((n) => n.id === nAn!.id)!.status).toBe('APPRAISED_PASSED_TO_COUNCIL');
    expect(await auditCount('dossier.pass_to_council', ready.id)).toBe(1);

    // the unit corrects the returned one and submits again (after the deadline: a resubmission is allowed)
    const fixed = await submitDossier(asClerk(), ready.id);
    expect(fixed.nominations.find((n) => n.id === nBinh!.id)!.status).toBe('SUBMITTED');
    expect(fixed.nominations.find((n) => n.id === nAn!.id)!.status).toBe('APPRAISED_PASSED_TO_COUNCIL');
  });

  it('trả lại cả hồ sơ khi không nêu người', async () => {
    const ready = await readyDossier();
    await submitDossier(asClerk(), ready.id);
    const ret = await returnNominations(asOfficer(), ready.id, {
      reason: 'Thiếu chữ ký thủ trưởng trên tờ trình',
    });
    expect(ret.nominations.every((n) => n.status === 'RETURNED')).toBe(true);
    await expect(returnNominations(asOfficer(), ready.id, { reason: 'Lần hai' })).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
  });
});
