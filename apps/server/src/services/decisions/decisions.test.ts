import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, awards } from '../../db/schema';
import { decisionRegisterCounters, decisions } from '../../db/schema/decisions';
import { buildActor, buildPerson, buildTree, buildUnit, createTestEnv } from '../../test/harness';
import ExcelJS from '../../lib/excel';
import { docxText, pdfText } from '../../documents/testing';
import { createRegister, previewNumber } from './registers';
import { draftDecision, updateDraft } from './draft-decision';
import { issueDecision } from './issue-decision';
import { draftAmendment } from './amend-decision';
import { uploadSignedCopy } from './upload-signed-copy';
import { getDecision, listDecisions } from './queries';
import { decisionDocx, decisionPdf, paymentListXlsx } from './render';
import { getFundLedger, payDecision, recordFundAllocation } from './fund';

const env = await createTestEnv({ today: '2021-03-01' });
const tree = await buildTree(env);
const db = env.database.db;
const officer = env.ctx((await buildActor(env, 'OFFICER', tree.district)).actor);
const outsider = env.ctx((await buildActor(env, 'OFFICER', tree.other)).actor);
const staff = env.ctx((await buildActor(env, 'STAFF', tree.district)).actor);
const audits = (action: string, entityId: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));

const registerInput = {
  issuerUnitId: tree.district.id,
  symbol: 'QĐ-UBND',
  name: 'Sổ quyết định khen thưởng',
  parentBody: 'UBND THÀNH PHỐ HÀ NỘI',
  issuingBody: 'ỦY BAN NHÂN DÂN QUẬN MỘT',
  place: 'Quận Một',
  authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN MỘT',
  signerOffice: 'CHU_TICH_UBND',
  signerLevel: 'HUYEN',
};
const register = await createRegister(officer, registerInput);
const people = [
  await buildPerson(env, { fullName: 'Nguyễn Thị Hương', unit: tree.ward }),
  await buildPerson(env, { fullName: 'Trần Văn Đức', unit: tree.ward }),
];

function draftInput(overrides: Record<string, unknown> = {}) {
  return {
    registerId: register.id,
    kind: 'KHEN_THUONG',
    subject: 'Về việc tặng Giấy khen cho các cá nhân có thành tích trong phong trào thi đua năm 2020',
    bases: ['Căn cứ Luật Thi đua, khen thưởng năm 2003', 'Xét đề nghị của Trưởng phòng Nội vụ'],
    signerAuthority: 'KT. CHỦ TỊCH',
    signerTitle: 'PHÓ CHỦ TỊCH',
    signerName: 'Hoàng Văn Thắng',
    plannedOn: '2021-01-05',
    recipients: people.map((p) => ({ personId: p.id, code: 'GIAY_KHEN', periodFrom: 2020, periodTo: 2020 })),
    ...overrides,
  };
}

describe('decision registers', () => {
  it('opens a register for an issuing body (audited); staff and outsiders are refused; a duplicate symbol is refused', async () => {
    expect(register).toMatchObject({ symbol: 'QĐ-UBND', issuerName: 'Quận Một', lastNumbers: [] });
    expect(await audits('decision_register.create', register.id)).toHaveLength(1);
    await expect(createRegister(staff, { ...registerInput, symbol: 'QĐ-NV' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(createRegister(outsider, { ...registerInput, symbol: 'QĐ-NV' })).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    await expect(createRegister(officer, registerInput)).rejects.toMatchObject({ code: 'DUPLICATE_CODE' });
    await expect(createRegister(officer, { ...registerInput, symbol: 'qd ubnd' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});

describe('draftDecision', () => {
  it('drafts from a list with snapshots and amounts from the rules engine for the planned date, audited', async () => {
    const d = await draftDecision(officer, draftInput());
    expect(d.status).toBe('DRAFT');
    expect(d.numberText).toBeNull();
    expect(d.recipients.map((r) => [r.ordinal, r.name, r.unitName, r.codeName])).toEqual([
      [1, 'Nguyễn Thị Hương', 'Phường Bến Nghé', 'Giấy khen'],
      [2, 'Trần Văn Đức', 'Phường Bến Nghé', 'Giấy khen'],
    ]);
    // NĐ 91/2017: 0,3 × 1.490.000 = 447.000 → rounded up to 450.000 (base salary of 05/01/2021).
    expect(d.recipients.map((r) => r.amountVnd)).toEqual([450_000, 450_000]);
    expect(d.recipients[0]).toMatchObject({ coefficient: 0.3, baseSalaryVnd: 1_490_000 });
    expect(d.totalVnd).toBe(900_000);
    expect(await audits('decision.draft', d.id)).toHaveLength(1);
  });

  it('refuses staff, an officer of another district, and an empty list (nothing written)', async () => {
    const before = (await db.select().from(decisions)).length;
    await expect(draftDecision(staff, draftInput())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(draftDecision(outsider, draftInput())).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    const err = await draftDecision(officer, draftInput({ recipients: [] })).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(JSON.stringify((err as { details: unknown }).details)).toContain(
      'Danh sách khen thưởng đang trống',
    );
    expect((await db.select().from(decisions)).length).toBe(before);
  });
});

describe('issueDecision', () => {
  it('numbers per register and year, fixes amounts on the decision date and writes the registry, audited', async () => {
    const d = await draftDecision(officer, draftInput());
    const preview = await previewNumber(officer, register.id, { year: 2021 });
    const issued = await issueDecision(officer, d.id, { decidedOn: '2021-01-05' });
    expect(issued.numberText).toBe(preview.numberText);
    expect(issued.numberText).toMatch(/^\d{2,}\/QĐ-UBND$/);
    expect(issued.status).toBe('ISSUED');
    const rows = await db.select().from(awards).where(eq(awards.decisionId, d.id));
    expect(rows).toHaveLength(2);
    expect(
      rows.map((r) => [r.recipientName, r.code, r.decisionNumber, r.certificateNumber, r.source]).sort(),
    ).toEqual([
      ['Nguyễn Thị Hương', 'GIAY_KHEN', issued.numberText, '1', 'DECISION'],
      ['Trần Văn Đức', 'GIAY_KHEN', issued.numberText, '2', 'DECISION'],
    ]);
    expect(issued.recipients.every((r) => r.awardId)).toBe(true);
    expect(await audits('decision.issue', d.id)).toHaveLength(1);
    // The next decision of the register takes the next number.
    const d2 = await issueDecision(officer, (await draftDecision(officer, draftInput())).id, {
      decidedOn: '2021-01-06',
    });
    expect(Number(d2.numberText!.split('/')[0])).toBe(Number(issued.numberText!.split('/')[0]) + 1);
  });

  it('refuses an outsider and an issued act; nothing is edited in place', async () => {
    const d = await draftDecision(officer, draftInput());
    await expect(issueDecision(outsider, d.id, { decidedOn: '2021-01-05' })).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    await expect(issueDecision(staff, d.id, { decidedOn: '2021-01-05' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await issueDecision(officer, d.id, { decidedOn: '2021-01-07' });
    await expect(issueDecision(officer, d.id, { decidedOn: '2021-01-07' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(updateDraft(officer, d.id, draftInput())).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses a signer without authority with the engine’s Vietnamese reason, and takes no number', async () => {
    const d = await draftDecision(
      officer,
      draftInput({
        recipients: [
          { personId: people[0]!.id, code: 'BANG_KHEN_BO_TINH', periodFrom: 2020, periodTo: 2020 },
        ],
      }),
    );
    const counter = async () =>
      (
        await db
          .select()
          .from(decisionRegisterCounters)
          .where(
            and(
              eq(decisionRegisterCounters.registerId, register.id),
              eq(decisionRegisterCounters.year, 2021),
            ),
          )
      )[0]?.lastNumber ?? 0;
    const before = await counter();
    const err = await issueDecision(officer, d.id, { decidedOn: '2021-01-08' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'SIGNER_NOT_AUTHORIZED' });
    expect((err as Error).message).toContain('không có thẩm quyền quyết định tặng Bằng khen');
    expect(await counter()).toBe(before);
    expect((await getDecision(officer, d.id)).status).toBe('DRAFT');
    expect(await db.select().from(awards).where(eq(awards.decisionId, d.id))).toHaveLength(0);
  });

  it('gives consecutive numbers without gaps or duplicates when many are issued at once; a new year restarts at 01', async () => {
    const reg2 = await createRegister(officer, { ...registerInput, symbol: 'QĐ-CT' });
    const drafts = [];
    for (let i = 0; i < 8; i++)
      drafts.push(await draftDecision(officer, draftInput({ registerId: reg2.id })));
    const results = await Promise.allSettled(
      drafts.map((d) => issueDecision(officer, d.id, { decidedOn: '2021-02-01' })),
    );
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    const numbers = results
      .map((r) => (r as PromiseFulfilledResult<{ numberText: string }>).value.numberText)
      .sort();
    expect(numbers).toEqual(['01', '02', '03', '04', '05', '06', '07', '08'].map((n) => `${n}/QĐ-CT`));
    const next = await issueDecision(
      officer,
      (await draftDecision(officer, draftInput({ registerId: reg2.id }))).id,
      {
        decidedOn: '2021-02-02',
      },
    );
    expect(next.numberText).toBe('09/QĐ-CT');
    expect((await previewNumber(officer, reg2.id, { year: 2022 })).numberText).toBe('01/QĐ-CT');
  });
});

describe('corrections, revocations and the signed copy', () => {
  it('revokes through a new act: the registry rows are marked revoked, the old act stays as it was', async () => {
    const old = await issueDecision(officer, (await draftDecision(officer, draftInput())).id, {
      decidedOn: '2021-01-10',
    });
    const rev = await draftAmendment(officer, old.id, {
      kind: 'THU_HOI',
      subject: 'Về việc thu hồi Giấy khen',
      content: 'Cá nhân bị kỷ luật trong năm 2020.',
      signerTitle: 'CHỦ TỊCH',
      signerName: 'Lê Văn Bình',
      revokedOrdinals: [2],
    });
    expect(rev).toMatchObject({ kind: 'THU_HOI', refDecisionId: old.id, status: 'DRAFT' });
    expect(rev.recipients.map((r) => r.name)).toEqual(['Trần Văn Đức']);
    expect(await audits('decision.draft_amendment', rev.id)).toHaveLength(1);
    const issued = await issueDecision(officer, rev.id, { decidedOn: '2021-02-10' });
    const rows = await db.select().from(awards).where(eq(awards.decisionId, old.id));
    const byName = new Map(rows.map((r) => [r.recipientName, r]));
    expect(byName.get('Trần Văn Đức')).toMatchObject({
      revokedOn: '2021-02-10',
      revokedByDecisionNumber: issued.numberText,
    });
    expect(byName.get('Nguyễn Thị Hương')!.revokedAt).toBeNull();
    const again = await getDecision(officer, old.id);
    expect(again.amendedBy).toEqual([{ id: rev.id, kind: 'THU_HOI', numberText: issued.numberText }]);
    expect(again.recipients).toHaveLength(2);
    await expect(
      draftAmendment(outsider, old.id, {
        kind: 'THU_HOI',
        subject: 'x',
        content: 'y',
        signerTitle: 'A',
        signerName: 'B',
      }),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
  });

  it('corrects through a new act that replaces the registry rows', async () => {
    const old = await issueDecision(officer, (await draftDecision(officer, draftInput())).id, {
      decidedOn: '2021-01-11',
    });
    const fix = await draftAmendment(officer, old.id, {
      kind: 'DINH_CHINH',
      subject: 'Về việc đính chính Quyết định khen thưởng',
      content: 'Năm thành tích là 2019, không phải 2020.',
      signerTitle: 'CHỦ TỊCH',
      signerName: 'Lê Văn Bình',
      recipients: people.map((p) => ({
        personId: p.id,
        code: 'GIAY_KHEN',
        periodFrom: 2019,
        periodTo: 2019,
      })),
    });
    const issued = await issueDecision(officer, fix.id, { decidedOn: '2021-01-20' });
    const oldRows = await db.select().from(awards).where(eq(awards.decisionId, old.id));
    expect(oldRows.every((r) => r.revokedByDecisionNumber === issued.numberText)).toBe(true);
    const newRows = await db.select().from(awards).where(eq(awards.decisionId, fix.id));
    expect(newRows.map((r) => r.periodTo)).toEqual([2019, 2019]);
    expect(newRows.every((r) => r.revokedAt === null)).toBe(true);
  });

  it('stores the signed PDF of an issued act (audited); refuses drafts, non-PDF files and outsiders', async () => {
    const draft = await draftDecision(officer, draftInput());
    const pdf = {
      bytes: Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'),
      filename: 'ban-ky.pdf',
    };
    await expect(uploadSignedCopy(officer, draft.id, pdf)).rejects.toMatchObject({ code: 'CONFLICT' });
    await issueDecision(officer, draft.id, { decidedOn: '2021-01-12' });
    await expect(uploadSignedCopy(outsider, draft.id, pdf)).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    await expect(
      uploadSignedCopy(officer, draft.id, { bytes: Buffer.from('hello'), filename: 'a.pdf' }),
    ).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE' });
    const d = await uploadSignedCopy(officer, draft.id, pdf);
    expect(d.status).toBe('SIGNED_COPY_UPLOADED');
    expect(d.signedFileId).toBeTruthy();
    expect(await audits('decision.upload_signed_copy', draft.id)).toHaveLength(1);
  });
});

describe('documents of a decision', () => {
  it('renders the issued decision as DOCX and PDF in the NĐ 30 layout with the attached list and amounts', async () => {
    const d = await issueDecision(officer, (await draftDecision(officer, draftInput())).id, {
      decidedOn: '2021-01-15',
    });
    const docx = docxText((await decisionDocx(officer, d.id)).bytes);
    for (const s of [
      'ỦY BAN NHÂN DÂN QUẬN MỘT',
      `Số: ${d.numberText}`,
      'Quận Một, ngày 15 tháng 01 năm 2021',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN MỘT',
      'Điều 1. Tặng Giấy khen cho 2 cá nhân',
      'tổng cộng 900.000 đồng',
      'KT. CHỦ TỊCH',
      'Hoàng Văn Thắng',
      'DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG',
      `(Kèm theo Quyết định số ${d.numberText} ngày 15 tháng 01 năm 2021 của Chủ tịch Ủy ban nhân dân quận Một)`,
      'Nguyễn Thị Hương',
      '450.000',
    ])
      expect(docx).toContain(s);
    const pdf = await decisionPdf(officer, d.id);
    expect(pdf.filename).toMatch(/\.pdf$/);
    const text = (await pdfText(pdf.bytes)).text.replace(/\n/g, ' ');
    expect(text).toContain(`Số: ${d.numberText}`);
    expect(text).toContain('Trần Văn Đức');
    await expect(decisionDocx(outsider, d.id)).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
  });

  it('writes the payment list as XLSX, read back', async () => {
    const d = await issueDecision(officer, (await draftDecision(officer, draftInput())).id, {
      decidedOn: '2021-01-16',
    });
    const { bytes, filename } = await paymentListXlsx(officer, d.id);
    expect(filename).toMatch(/^chi-thuong-.*\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const values = (r: number) => (ws.getRow(r).values as unknown[]).slice(1);
    expect(values(2)[0]).toBe('DANH SÁCH CHI TIỀN THƯỞNG');
    expect(values(3)[0]).toBe(`Kèm theo Quyết định số ${d.numberText} ngày 16/01/2021`);
    expect(values(6)).toEqual([
      'STT',
      'Họ và tên',
      'Chức vụ, đơn vị',
      'Danh hiệu, hình thức',
      'Hệ số',
      'Lương cơ sở (đồng)',
      'Số tiền (đồng)',
      'Ký nhận',
    ]);
    expect(values(7).slice(0, 7)).toEqual([
      1,
      'Nguyễn Thị Hương',
      'Chuyên viên, Phường Bến Nghé',
      'Giấy khen',
      0.3,
      1_490_000,
      450_000,
    ]);
    expect(values(9)[1]).toBe('Tổng cộng');
    expect(values(9)[6]).toBe(900_000);
  });
});

describe('reward fund ledger', () => {
  it('records allocations and a decision payment once, with the balance; refuses overdraft and outsiders; audited', async () => {
    const body = await buildUnit(env, { name: 'Phòng Tài chính', parent: tree.district });
    void body;
    const d = await issueDecision(officer, (await draftDecision(officer, draftInput())).id, {
      decidedOn: '2021-01-18',
    });
    await expect(payDecision(officer, d.id)).rejects.toMatchObject({ code: 'CONFLICT' }); // empty fund
    const l1 = await recordFundAllocation(officer, {
      unitId: tree.district.id,
      year: 2021,
      amountVnd: 5_000_000,
      on: '2021-01-02',
      description: 'Trích lập quỹ năm 2021',
    });
    expect(l1).toMatchObject({ allocatedVnd: 5_000_000, paidVnd: 0, balanceVnd: 5_000_000 });
    const l2 = await payDecision(officer, d.id);
    expect(l2).toMatchObject({ allocatedVnd: 5_000_000, paidVnd: 900_000, balanceVnd: 4_100_000 });
    expect(l2.entries.at(-1)).toMatchObject({
      kind: 'PAYMENT',
      numberText: d.numberText,
      amountVnd: 900_000,
    });
    await expect(payDecision(officer, d.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      recordFundAllocation(outsider, {
        unitId: tree.district.id,
        year: 2021,
        amountVnd: 1,
        on: '2021-01-02',
        description: 'x',
      }),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    await expect(
      recordFundAllocation(officer, {
        unitId: tree.district.id,
        year: 2021,
        amountVnd: -5,
        on: '2021-01-02',
        description: 'x',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await getFundLedger(officer, { unitId: tree.district.id, year: 2021 })).balanceVnd).toBe(
      4_100_000,
    );
    const pay = l2.entries.at(-1)!;
    expect(await audits('fund.pay_decision', pay.id)).toHaveLength(1);
    expect(await audits('fund.allocate', l1.entries[0]!.id)).toHaveLength(1);
  });

  it('lists decisions of the register by status', async () => {
    const page = await listDecisions(officer, { status: 'DRAFT', pageSize: 200 });
    expect(page.items.every((i) => i.status === 'DRAFT')).toBe(true);
    const issued = await listDecisions(officer, { status: 'ISSUED', pageSize: 200 });
    expect(issued.items.length).toBeGreaterThan(0);
    expect((await listDecisions(outsider, { pageSize: 200 })).total).toBe(0);
  });
});
