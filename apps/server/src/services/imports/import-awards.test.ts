import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from '../../lib/excel';
import type { ImportResult } from '@vinhdanh/shared';
import { auditLog, awards } from '../../db/schema';
import { buildActor, buildPerson, buildTree, createTestEnv } from '../../test/harness';
import { JobWorker } from '../../jobs/worker';
import { getJob } from '../../jobs/queue';
import { jobHandlers } from '../../app';
import { pdfText } from '../../documents/testing';
import { personRecordPdf } from '../registry/record-pdf';
import { AWARD_COLUMNS } from './awards-sheet';
import { awardsImportTemplate, startAwardsImport } from './import-awards';

const env = await createTestEnv({ today: '2026-10-01' });
const tree = await buildTree(env);
const db = env.database.db;
const officer = await buildActor(env, 'OFFICER', tree.district);
const outsider = await buildActor(env, 'OFFICER', tree.other);
const council = await buildActor(env, 'COUNCIL_MEMBER', tree.district);
const worker = new JobWorker(db, jobHandlers(env.deps), env.deps.log);
const huong = await buildPerson(env, {
  fullName: 'Nguyễn Thị Hương',
  unit: tree.ward,
  nationalId: '001180000111',
});
await buildPerson(env, { fullName: 'Trần Văn Đức', unit: tree.ward, staffCode: 'CB-0042' });
const far = await buildPerson(env, { fullName: 'Lê Văn Xa', unit: tree.other, nationalId: '001180000999' });

type Row = Partial<Record<(typeof AWARD_COLUMNS)[number]['key'], string | number>>;
async function xlsx(rows: Row[], headers: string[] = AWARD_COLUMNS.map((c) => c.header)): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Khen thưởng');
  ws.addRow(headers);
  rows.forEach((r, i) => ws.addRow(AWARD_COLUMNS.map((c) => (c.key === 'stt' ? i + 1 : (r[c.key] ?? null)))));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
async function runImport(actor: typeof officer, bytes: Buffer) {
  const job = await startAwardsImport(env.ctx(actor.actor), { bytes, filename: 'khen-thuong.xlsx' });
  expect(job.status).toBe('QUEUED');
  await worker.drain();
  return getJob(env.ctx(actor.actor), job.id);
}
const good: Row[] = [
  {
    name: 'Nguyễn Thị Hương',
    nationalId: '001180000111',
    code: 'Chiến sĩ thi đua cơ sở',
    decisionNumber: '45/QĐ-UBND',
    decidedOn: '15/01/2019',
    issuer: 'UBND quận Một',
    periodFrom: 2018,
    periodTo: 2018,
    type: 'Thường xuyên',
  },
  {
    name: 'Trần Văn Đức',
    staffCode: 'CB-0042',
    code: 'GIAY_KHEN',
    decisionNumber: '46/QĐ-UBND',
    decidedOn: '2019-01-16',
  },
  {
    name: 'Tập thể Phường Bến Nghé',
    unitCode: tree.ward.code,
    code: 'giay khen',
    decisionNumber: '46/QĐ-UBND',
    decidedOn: '16/01/2019',
    type: 'Đột xuất',
  },
];

describe('import historical awards (sổ vàng) from Excel', () => {
  it('records valid rows with verify codes in one transaction (audited); re-import adds nothing', async () => {
    const job = await runImport(officer, await xlsx(good));
    expect(job.status).toBe('DONE');
    const r = job.result as ImportResult;
    expect(r).toMatchObject({ totalRows: 3, created: 3, unchanged: 0, errors: [] });
    const rows = await db.select().from(awards).where(eq(awards.source, 'IMPORT'));
    expect(rows.map((a) => [a.recipientName, a.code, a.decisionNumber, a.decidedOn, a.type]).sort()).toEqual([
      ['Nguyễn Thị Hương', 'CSTD_CO_SO', '45/QĐ-UBND', '2019-01-15', 'THUONG_XUYEN'],
      ['Trần Văn Đức', 'GIAY_KHEN', '46/QĐ-UBND', '2019-01-16', 'THUONG_XUYEN'],
      ['Tập thể Phường Bến Nghé', 'GIAY_KHEN', '46/QĐ-UBND', '2019-01-16', 'DOT_XUAT'],
    ]);
    expect(rows.every((a) => /^[0-9A-Z]{12}$/.test(a.verifyCode))).toBe(true);
    expect(rows.find((a) => a.personId === huong.id)?.issuerName).toBe('UBND quận Một');
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'import.awards'));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ created: 3, unchanged: 0 });

    const again = await runImport(officer, await xlsx(good));
    expect(again.result).toMatchObject({ totalRows: 3, created: 0, unchanged: 3, errors: [] });
    expect(await db.select().from(awards).where(eq(awards.source, 'IMPORT'))).toHaveLength(3);
  });

  it('reports bad rows by row, column and Vietnamese message; valid rows still go in', async () => {
    const job = await runImport(
      officer,
      await xlsx([
        {
          name: 'Nguyễn Thị Hương',
          nationalId: '001180000111',
          code: 'LDTT',
          decisionNumber: '9/QĐ-UBND',
          decidedOn: '10/01/2020',
          periodFrom: 2019,
          periodTo: 2019,
        },
        {
          name: 'Người lạ',
          nationalId: '001199999999',
          code: 'LDTT',
          decisionNumber: '9/QĐ-UBND',
          decidedOn: '10/01/2020',
        },
        {
          name: 'Trần Văn Đức',
          staffCode: 'CB-0042',
          code: 'Huân chương Mặt Trời',
          decisionNumber: '9/QĐ-UBND',
          decidedOn: '31/02/2020',
        },
        {
          name: 'Lê Văn Xa',
          nationalId: '001180000999',
          code: 'LDTT',
          decisionNumber: '9/QĐ-UBND',
          decidedOn: '10/01/2020',
        },
        {
          name: 'Nguyễn Thị Hương',
          nationalId: '001180000111',
          code: 'LDTT',
          decisionNumber: '9/qđ-ubnd',
          decidedOn: '10/01/2020',
        },
      ]),
    );
    const r = job.result as ImportResult;
    expect(r.created).toBe(1);
    expect(r.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'Số CCCD', 'UNKNOWN_PERSON'],
      [4, 'Danh hiệu, hình thức (*)', 'UNKNOWN_CODE'],
      [4, 'Ngày quyết định (*)', 'INVALID_DATE'],
      [5, 'Số CCCD', 'OUT_OF_SCOPE'],
      [6, 'Số quyết định (*)', 'DUPLICATE_IN_FILE'],
    ]);
    expect(r.errors[1]!.message).toContain('không có trong danh mục');
    expect(await db.select().from(awards).where(eq(awards.personId, far.id))).toHaveLength(0);
  });

  it('refuses a file with the wrong header and writes nothing; refuses actors without the import right', async () => {
    const before = (await db.select().from(awards)).length;
    const job = await runImport(officer, await xlsx(good, ['A', 'B']));
    expect(job.status).toBe('FAILED');
    expect(job.error?.code).toBe('IMPORT_HEADER_MISMATCH');
    expect((await db.select().from(awards)).length).toBe(before);
    await expect(
      startAwardsImport(env.ctx(council.actor), { bytes: await xlsx(good), filename: 'x.xlsx' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // An officer of another district imports nothing for people outside their scope.
    const other = await runImport(outsider, await xlsx(good));
    expect((other.result as ImportResult).created).toBe(0);
    expect((other.result as ImportResult).errors.map((e) => e.code)).toEqual([
      'OUT_OF_SCOPE',
      'OUT_OF_SCOPE',
      'OUT_OF_SCOPE',
    ]);
    expect((await db.select().from(awards)).length).toBe(before);
  });

  it('offers a template whose header the import accepts, listing codes and units in scope', async () => {
    const bytes = await awardsImportTemplate(env.ctx(officer.actor));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Khen thưởng',
      'Danh mục khen thưởng',
      'Danh mục đơn vị',
      'Hướng dẫn',
    ]);
    const header = (wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(AWARD_COLUMNS.map((c) => c.header));
    const units: string[] = [];
    wb.worksheets[2]!.eachRow((row, n) => n > 1 && units.push(String(row.getCell(1).value)));
    expect(units).toContain(tree.ward.code);
    expect(units).not.toContain(tree.other.code);
  });

  it("prints a person's lifelong record as PDF (read back); an officer of another district is refused", async () => {
    const f = await personRecordPdf(env.ctx(officer.actor), huong.id);
    const back = await pdfText(f.bytes);
    expect(back.text).toContain('HỒ SƠ KHEN THƯỞNG (SỔ VÀNG)');
    expect(back.text).toContain('Họ và tên: Nguyễn Thị Hương');
    expect(back.text).toContain('Chiến sĩ thi đua cơ sở năm 2018');
    expect(back.text).toContain('Quyết định số 45/QĐ-UBND ngày 15/01/2019 của UBND quận Một');
    expect(back.text).toContain('Lao động tiên tiến năm 2019');
    const code = (
      await db
        .select()
        .from(awards)
        .where(and(eq(awards.personId, huong.id), eq(awards.code, 'LDTT')))
    )[0]!.verifyCode;
    expect(back.text).toContain(`Mã xác minh: ${code}`);
    expect(f.filename).toBe('so-vang-nguyen-thi-huong.pdf');
    await expect(personRecordPdf(env.ctx(outsider.actor), huong.id)).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
  });
});
