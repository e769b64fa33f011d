import { describe, expect, it } from 'vitest';
import ExcelJS from '../../lib/excel';
import { buildActor, buildPerson, buildTree, createTestApp, login } from '../../test/harness';
import { newId } from '../../lib/ids';
import { PEOPLE_COLUMNS } from '../../services/imports/people-sheet';

const t = await createTestApp({ today: '2026-10-01' });
const tree = await buildTree(t);
const an = await buildPerson(t, { fullName: 'Nguyễn Văn An', unit: tree.ward, nationalId: '001085000001' });
await buildPerson(t, { fullName: 'Trần Minh Đức', unit: tree.ward, nationalId: '001085000002' });
const clerk = await buildActor(t, 'UNIT_CLERK', tree.district);
const council = await buildActor(t, 'COUNCIL_MEMBER', tree.district);
const h = await login(t.app, clerk.username, clerk.password);
const hc = await login(t.app, council.username, council.password);

/** Error bodies carry a code and a Vietnamese message, never a stack trace or SQL. */
function expectCleanError(body: string) {
  expect(body).not.toMatch(/"stack"|\bat [\w.<>]+ \(|node_modules|select |insert into/i);
}

function multipart(filename: string, bytes: Buffer, contentType: string) {
  const boundary = `----vd${Date.now()}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('GET /api/v1/people', () => {
  it('tìm không dấu qua query ?q=', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/people?q=${encodeURIComponent('nguyen van an')}`,
      headers: h,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.map((p: { fullName: string }) => p.fullName)).toEqual(['Nguyễn Văn An']);
    expect(body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(body.items[0].nationalId).toBe('001085000001');
  });

  it('thành viên hội đồng thấy CCCD đã che', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/people?q=duc', headers: hc });
    expect(res.json().items[0].nationalId).toBe('********0002');
  });

  it('tham số sai: 400 VALIDATION_FAILED', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/people?pageSize=5000&sex=X', headers: h });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('VALIDATION_FAILED');
    expectCleanError(res.body);
  });
});

describe('GET /api/v1/people/:id', () => {
  it('trả hồ sơ kèm quá trình công tác', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/people/${an.id}`, headers: h });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: an.id,
      version: 1,
      employments: [{ unitName: 'Phường Bến Nghé' }],
    });
  });

  it('404 NOT_FOUND cho mã không tồn tại và cho mã không phải uuid', async () => {
    for (const id of [newId(), 'khong-phai-uuid', "1' OR '1'='1"]) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/people/${encodeURIComponent(id)}`,
        headers: h,
      });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: 'NOT_FOUND', message: 'Không tìm thấy cán bộ.' });
      expectCleanError(res.body);
    }
  });
});

describe('POST/PATCH /api/v1/people', () => {
  it('201 khi thêm cán bộ hợp lệ', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: h,
      payload: {
        fullName: 'Lý Thị Thu',
        sex: 'NU',
        nationalId: '001190000777',
        employment: { unitId: tree.ward.id, from: '2021-01-01', position: 'Kế toán' },
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ fullName: 'Lý Thị Thu', currentUnitId: tree.ward.id });
  });

  it('400 VALIDATION_FAILED với lời nhắn tiếng Việt và chi tiết theo trường', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: h,
      payload: { fullName: 'X', sex: 'NAM', nationalId: '123', dateOfBirth: '1990-02-30' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error).toBe('VALIDATION_FAILED');
    expect(body.message).toBe('Dữ liệu gửi lên không hợp lệ.');
    expect(body.details).toEqual(
      expect.arrayContaining([
        { path: 'nationalId', message: 'Số CCCD gồm đúng 12 chữ số.' },
        { path: 'fullName', message: 'Nhập họ và tên.' },
        { path: 'dateOfBirth', message: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật.' },
      ]),
    );
    expectCleanError(res.body);
  });

  it('403 FORBIDDEN cho vai trò chỉ được xem', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: hc,
      payload: {
        fullName: 'Không Được',
        sex: 'NAM',
        employment: { unitId: tree.ward.id, from: '2021-01-01', position: 'X' },
      },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('FORBIDDEN');
  });

  it('409 CONFLICT khi sửa với version cũ', async () => {
    const ok = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/people/${an.id}`,
      headers: h,
      payload: { version: 1, phone: '0900000001' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(2);
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/people/${an.id}`,
      headers: h,
      payload: { version: 1, phone: '0900000002' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'CONFLICT' });
  });

  it('404 khi sửa cán bộ có mã không phải uuid', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/people/abc',
      headers: h,
      payload: { version: 1 },
    });
    expect(res.statusCode).toBe(404);
    expectCleanError(res.body);
  });
});

describe('POST /api/v1/imports/people', () => {
  it('nhận tệp .xlsx qua multipart: 202, tác vụ chạy xong và người mới tìm được', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Cán bộ');
    ws.addRow(PEOPLE_COLUMNS.map((c) => c.header));
    ws.addRow([
      1,
      'Quách Văn Nhập',
      'Nam',
      '02/09/1980',
      'Tày',
      '001080123456',
      '',
      tree.ward.code,
      'Chuyên viên',
      '01/01/2022',
      'Không',
    ]);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const mp = multipart(
      'can-bo.xlsx',
      file,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports/people',
      headers: { ...h, ...mp.headers },
      payload: mp.payload,
    });
    expect(res.statusCode).toBe(202);
    const { job } = res.json();
    expect(job).toMatchObject({ kind: 'import.people', status: 'QUEUED' });
    await t.worker.drain();
    const done = await t.app.inject({ method: 'GET', url: `/api/v1/jobs/${job.id}`, headers: h });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'DONE',
      result: { totalRows: 1, created: 1, updated: 0, unchanged: 0, errors: [] },
    });
    const found = await t.app.inject({ method: 'GET', url: '/api/v1/people?q=quach van nhap', headers: h });
    expect(found.json().items).toHaveLength(1);
    expect(found.json().items[0].ethnicity).toBe('Tày');
  });

  it('tệp không phải xlsx: 415 UNSUPPORTED_FILE_TYPE', async () => {
    const mp = multipart('x.xlsx', Buffer.from('%PDF-1.4 giả'), 'application/pdf');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports/people',
      headers: { ...h, ...mp.headers },
      payload: mp.payload,
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error).toBe('UNSUPPORTED_FILE_TYPE');
  });

  it('không gửi multipart: 400 VALIDATION_FAILED', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports/people',
      headers: h,
      payload: { a: 1 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('VALIDATION_FAILED');
  });

  it('tác vụ không tồn tại: 404 JOB_NOT_FOUND', async () => {
    for (const id of [newId(), 'abc']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/jobs/${id}`, headers: h });
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toBe('JOB_NOT_FOUND');
    }
  });

  it('tải mẫu nhập: tệp xlsx có dòng tiêu đề đúng mẫu', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/imports/people/template', headers: h });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const header = (wb.getWorksheet('Cán bộ')!.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(PEOPLE_COLUMNS.map((c) => c.header));
    const codes = wb.getWorksheet('Danh mục đơn vị')!.getColumn(1).values.slice(2);
    expect(codes).toEqual(expect.arrayContaining([tree.ward.code, tree.district.code]));
    expect(codes).not.toContain(tree.other.code);
  });
});
