import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from '../../lib/excel';
import type { ImportResult } from '@vinhdanh/shared';
import { auditLog, employments, persons } from '../../db/schema';
import { newId } from '../../lib/ids';
import { buildActor, buildTree, createTestEnv } from '../../test/harness';
import { JobWorker } from '../../jobs/worker';
import { getJob } from '../../jobs/queue';
import { jobHandlers } from '../../app';
import { searchPeople } from '../people/queries';
import { PEOPLE_COLUMNS, buildPeopleTemplate } from './people-sheet';
import { startPeopleImport } from './import-people';

const env = await createTestEnv({ today: '2026-10-01' });
const tree = await buildTree(env);
const [wardCode, districtCode, otherCode] = await Promise.all(
  [tree.ward, tree.district, tree.other].map(async (u) => u.code),
);
const clerk = await buildActor(env, 'UNIT_CLERK', tree.district);
const council = await buildActor(env, 'COUNCIL_MEMBER', tree.district);
const officer = await buildActor(env, 'OFFICER', tree.province);
const worker = new JobWorker(env.database.db, jobHandlers(env.deps), env.deps.log);

type Row = Partial<Record<(typeof PEOPLE_COLUMNS)[number]['key'], string | number>>;

/** A workbook with the template's header row followed by `rows` (cells as the user would type them). */
async function xlsx(rows: Row[], headers: string[] = PEOPLE_COLUMNS.map((c) => c.header)): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Cán bộ');
  ws.addRow(headers);
  rows.forEach((r, i) =>
    ws.addRow(PEOPLE_COLUMNS.map((c) => (c.key === 'stt' ? i + 1 : (r[c.key] ?? null)))),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const person = (over: Row = {}): Row => ({
  fullName: 'Nguyễn Văn An',
  sex: 'Nam',
  dateOfBirth: '15/03/1985',
  ethnicity: 'Kinh',
  nationalId: '001085012345',
  staffCode: '',
  unitCode: wardCode,
  position: 'Chuyên viên',
  from: '01/01/2020',
  isLeader: 'Không',
  ...over,
});

async function runImport(actor: typeof clerk, bytes: Buffer) {
  const job = await startPeopleImport(env.ctx(actor.actor), { bytes, filename: 'can-bo.xlsx' });
  expect(job.status).toBe('QUEUED');
  await worker.drain();
  return getJob(env.ctx(actor.actor), job.id);
}

const goodRows = [
  person(),
  person({ fullName: 'Trần Thị Bích Ngọc', sex: 'Nữ', nationalId: '001190000001', staffCode: 'CB-002' }),
  person({
    fullName: 'lê   minh đức',
    nationalId: '',
    staffCode: 'CB-003',
    unitCode: districtCode.toLowerCase(),
    position: 'Trưởng phòng',
    isLeader: 'Có',
  }),
];

describe('startPeopleImport + job', () => {
  it('nhập tệp hợp lệ: đếm số người tạo mới, người mới tìm được', async () => {
    const job = await runImport(clerk, await xlsx(goodRows));
    expect(job.status).toBe('DONE');
    const result = job.result as ImportResult;
    expect(result).toEqual({ totalRows: 3, created: 3, updated: 0, unchanged: 0, errors: [] });
    const found = await searchPeople(env.ctx(clerk.actor), { q: 'le minh duc' });
    expect(found.items).toHaveLength(1);
    expect(found.items[0]).toMatchObject({
      fullName: 'Lê Minh Đức',
      staffCode: 'CB-003',
      currentUnitId: tree.district.id,
      currentPosition: 'Trưởng phòng',
    });
    const ngoc = await searchPeople(env.ctx(clerk.actor), { q: 'bich ngoc' });
    expect(ngoc.items[0]).toMatchObject({
      sex: 'NU',
      dateOfBirth: '1985-03-15',
      currentUnitId: tree.ward.id,
    });
  });

  it('nhập lại đúng tệp đó không tạo trùng: created 0, updated 0, unchanged 3', async () => {
    const before = await env.database.db.select().from(persons);
    const job = await runImport(clerk, await xlsx(goodRows));
    expect(job.result).toEqual({ totalRows: 3, created: 0, updated: 0, unchanged: 3, errors: [] });
    expect(await env.database.db.select().from(persons)).toHaveLength(before.length);
  });

  it('một dòng thay đổi: updated 1, thông tin được cập nhật và tăng version', async () => {
    const changed = [goodRows[0]!, { ...goodRows[1]!, phone: '0912345678' }, goodRows[2]!];
    const job = await runImport(clerk, await xlsx(changed));
    expect(job.result).toMatchObject({ created: 0, updated: 1, unchanged: 2, errors: [] });
    const [p] = await env.database.db.select().from(persons).where(eq(persons.nationalId, '001190000001'));
    expect(p).toMatchObject({ phone: '0912345678', version: 2 });
  });

  it('tệp có dòng lỗi: bảng lỗi có số dòng, tên cột, lời nhắn tiếng Việt; dòng hợp lệ vẫn được nhập', async () => {
    const rows = [
      person({ fullName: 'Đặng Hữu Phúc', nationalId: '001085099001' }), // row 2: ok
      person({ fullName: 'Ngày Sai', nationalId: '001085099002', dateOfBirth: '31/02/1990' }), // row 3
      person({ fullName: '', nationalId: '001085099003' }), // row 4
      person({ fullName: 'Mã Đơn Vị Lạ', nationalId: '001085099004', unitCode: 'KHONG_CO' }), // row 5
      person({ fullName: 'Cccd Ngắn', nationalId: '00108509900' }), // row 6
      person({ fullName: 'Trùng Cccd', nationalId: '001085099001' }), // row 7
      person({ fullName: 'Ngoài Phạm Vi', nationalId: '001085099007', unitCode: otherCode }), // row 8
      person({ fullName: 'Bùi Thị Hạnh', sex: 'Nữ', nationalId: '001085099008' }), // row 9: ok
    ];
    const job = await runImport(clerk, await xlsx(rows));
    expect(job.status).toBe('DONE');
    const result = job.result as ImportResult;
    expect(result).toMatchObject({ totalRows: 8, created: 2, updated: 0, unchanged: 0 });
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'Ngày sinh (dd/mm/yyyy)', 'INVALID_DATE'],
      [4, 'Họ và tên (*)', 'REQUIRED'],
      [5, 'Mã đơn vị (*)', 'UNKNOWN_UNIT'],
      [6, 'Số CCCD', 'INVALID_NATIONAL_ID'],
      [7, 'Số CCCD', 'DUPLICATE_IN_FILE'],
      [8, 'Mã đơn vị (*)', 'OUT_OF_SCOPE'],
    ]);
    const msg = Object.fromEntries(result.errors.map((e) => [e.row, e.message]));
    expect(msg[3]).toBe('Ngày sinh "31/02/1990" không hợp lệ (dd/mm/yyyy).');
    expect(msg[4]).toBe('Thiếu họ và tên.');
    expect(msg[5]).toBe('Không có đơn vị mã "KHONG_CO".');
    expect(msg[6]).toBe('Số CCCD phải gồm đúng 12 chữ số.');
    expect(msg[7]).toBe('Số CCCD trùng với dòng 2.');
    const ok = await searchPeople(env.ctx(clerk.actor), { q: 'dang huu phuc' });
    expect(ok.items).toHaveLength(1);
    expect((await searchPeople(env.ctx(officer.actor), { q: 'ngoai pham vi' })).items).toHaveLength(0);
    expect((await searchPeople(env.ctx(officer.actor), { q: 'ma don vi la' })).items).toHaveLength(0);
  });

  it('không ghi đè hồ sơ của người do đơn vị ngoài phạm vi quản lý (OUT_OF_SCOPE), người có phạm vi toàn bộ thì được', async () => {
    const [outsider] = await env.database.db
      .insert(persons)
      .values({
        id: newId(),
        fullName: 'Người Quận Hai',
        nameSort: 'hai nguoi quan hai',
        sex: 'NAM',
        nationalId: '001099000001',
      })
      .returning();
    await env.database.db.insert(employments).values({
      id: newId(),
      personId: outsider!.id,
      unitId: tree.other.id,
      dateFrom: '2015-01-01',
      position: 'Chuyên viên',
    });
    const file = await xlsx([
      person({ fullName: 'Tên Bị Đổi', nationalId: '001099000001', email: 'x@example.com' }),
    ]);
    const job = await runImport(clerk, file);
    expect(job.result).toMatchObject({ created: 0, updated: 0, unchanged: 0 });
    expect((job.result as ImportResult).errors).toEqual([
      expect.objectContaining({ row: 2, column: 'Số CCCD', code: 'OUT_OF_SCOPE' }),
    ]);
    const [after] = await env.database.db.select().from(persons).where(eq(persons.id, outsider!.id));
    expect(after).toMatchObject({ fullName: 'Người Quận Hai', email: null, version: 1 });
    const byOfficer = await runImport(officer, file);
    expect(byOfficer.result).toMatchObject({ updated: 1, errors: [] });
  });

  it('ghi nhật ký import.people với số liệu, không chứa số CCCD', async () => {
    const job = await startPeopleImport(env.ctx(clerk.actor), {
      bytes: await xlsx([person({ fullName: 'Hồ Văn Nhật', nationalId: '001085077001' })]),
      filename: 'nhat-ky.xlsx',
    });
    await worker.drain();
    const enq = await env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'job.enqueue'), eq(auditLog.entityId, job.id)));
    expect(enq).toHaveLength(1);
    const upload = await env.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'file.upload'))
      .orderBy(auditLog.seq);
    const fileId = upload.at(-1)!.entityId!;
    const rows = await env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'import.people'), eq(auditLog.entityId, fileId)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actorId).toBe(clerk.actor.accountId);
    expect(rows[0]!.after).toMatchObject({ totalRows: 1, created: 1, updated: 0, unchanged: 0, errors: 0 });
    expect(JSON.stringify(rows[0]!.after)).not.toContain('001085077001');
  });

  it('tệp từ mẫu tải về (có dòng ví dụ) được nhập', async () => {
    const bytes = await buildPeopleTemplate([{ code: wardCode, name: 'Phường Bến Nghé' }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Cán bộ')!;
    ws.getRow(2).getCell(2).value = 'Châu Văn Mẫu';
    ws.getRow(2).getCell(6).value = '001085066001';
    ws.getRow(2).getCell(7).value = 'CB-MAU';
    const job = await runImport(clerk, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(job.result).toMatchObject({ totalRows: 1, created: 1, errors: [] });
    expect((await searchPeople(env.ctx(clerk.actor), { q: 'chau van mau' })).items).toHaveLength(1);
  });

  it('tiêu đề cột sai: tác vụ thất bại với IMPORT_HEADER_MISMATCH, không nhập gì', async () => {
    const n = (await env.database.db.select().from(persons)).length;
    const headers: string[] = PEOPLE_COLUMNS.map((c) => c.header);
    headers[1] = 'Tên';
    const job = await runImport(clerk, await xlsx([person({ nationalId: '001085055001' })], headers));
    expect(job.status).toBe('FAILED');
    expect(job.error).toMatchObject({ code: 'IMPORT_HEADER_MISMATCH' });
    expect(job.error!.message).toMatch(/Tiêu đề cột/);
    expect(await env.database.db.select().from(persons)).toHaveLength(n);
  });

  it('tệp không phải xlsx: từ chối ngay với UNSUPPORTED_FILE_TYPE, không tạo tác vụ', async () => {
    await expect(
      startPeopleImport(env.ctx(clerk.actor), {
        bytes: Buffer.from('Họ và tên,Giới tính\nNguyễn Văn A,Nam\n'),
        filename: 'can-bo.xlsx',
      }),
    ).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE' });
    expect(await worker.drain()).toBe(0);
  });

  it('từ chối người không có quyền nhập (FORBIDDEN)', async () => {
    await expect(
      startPeopleImport(env.ctx(council.actor), { bytes: await xlsx(goodRows), filename: 'a.xlsx' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await worker.drain()).toBe(0);
  });

  it('người khác không xem được tác vụ của mình (JOB_NOT_FOUND)', async () => {
    const job = await startPeopleImport(env.ctx(clerk.actor), {
      bytes: await xlsx([person({ nationalId: '001085044001', fullName: 'Tác Vụ Riêng' })]),
      filename: 'a.xlsx',
    });
    await worker.drain();
    await expect(getJob(env.ctx(council.actor), job.id)).rejects.toMatchObject({ code: 'JOB_NOT_FOUND' });
    expect((await getJob(env.ctx(clerk.actor), job.id)).status).toBe('DONE');
  });
});
