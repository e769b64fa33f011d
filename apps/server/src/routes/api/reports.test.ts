import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import ExcelJS, { type Worksheet } from '../../lib/excel';
import { auditLog, awards, employments, persons, reportSnapshots } from '../../db/schema';
import { buildActor, buildPerson, buildTree, buildUnit, createTestApp, login } from '../../test/harness';
import { newId } from '../../lib/ids';
import { newVerifyCode } from '../../services/registry/verify-code';

const t = await createTestApp({ today: '2026-10-01' });
const tree = await buildTree(t);
const officer = await buildActor(t, 'OFFICER', tree.district);
const clerk = await buildActor(t, 'UNIT_CLERK', tree.district);
const h = await login(t.app, officer.username, officer.password);
const hClerk = await login(t.app, clerk.username, clerk.password);

const company = await buildUnit(t, {
  name: 'Công ty Cổ phần Bến Thành',
  kind: 'DOANH_NGHIEP',
  parent: tree.district,
});
const people: { id: string; fullName: string }[] = [];
for (let i = 0; i < 4; i++)
  people.push(await buildPerson(t, { unit: tree.ward, fullName: `Nguyễn Thị Mẫu ${i}` }));
await t.database.db.update(persons).set({ sex: 'NU', ethnicity: 'Tày' }).where(eq(persons.id, people[0]!.id));
await t.database.db
  .update(employments)
  .set({ isLeader: true, isDirectWorker: false })
  .where(eq(employments.personId, people[3]!.id));
let seq = 0;
const add = (v: { personId?: string; unitId?: string; code: string; on: string; type?: string }) =>
  t.database.db.insert(awards).values({
    id: newId(),
    recipientKind: v.personId ? 'INDIVIDUAL' : 'COLLECTIVE',
    personId: v.personId ?? null,
    unitId: v.unitId ?? null,
    recipientName: 'Người hoặc tập thể nhận (thử)',
    recipientUnitId: v.unitId ?? null,
    verifyCode: newVerifyCode(),
    code: v.code,
    decisionNumber: `${++seq}/QĐ-UBND`,
    decidedOn: v.on,
    type: v.type ?? 'THUONG_XUYEN',
  });
for (const p of people) await add({ personId: p.id, code: 'BANG_KHEN_BO_TINH', on: '2025-11-20' });
await add({ personId: people[0]!.id, code: 'CSTD_BO_TINH', on: '2025-11-20' });
await add({ unitId: company.id, code: 'BANG_KHEN_BO_TINH', on: '2025-05-02', type: 'DOT_XUAT' });
await add({ unitId: tree.ward.id, code: 'CO_THI_DUA_BO_TINH', on: '2025-12-25' });
await add({ personId: people[1]!.id, code: 'LDTT', on: '2025-12-01' });
await add({ personId: people[1]!.id, code: 'LDTT', on: '2024-12-01' });

/** The row of a worksheet whose column B (mã số) is `code`. */
function rowByCode(ws: Worksheet, code: string) {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 2).value === code) return ws.getRow(r);
  throw new Error(`no row ${code}`);
}
function textOf(ws: Worksheet): string {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(String(c.value ?? ''))));
  return out.join('\n');
}
async function load(payload: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}

const q = (form: string, unitId = tree.district.id) => `form=${form}&unitId=${unitId}&year=2025`;

describe('GET /api/v1/reports/statistics', () => {
  it('trả số liệu Biểu 0603 của quận', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/statistics?${q('0603')}`,
      headers: h,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.values.TONG).toEqual({
      TONG: 7,
      BANG_KHEN_BO_TINH: 5,
      CSTD_BO_TINH: 1,
      CO_THI_DUA_BO_TINH: 1,
      KY_NIEM_CHUONG_BO_TINH: 0,
    });
  });

  it('đơn vị ngoài phạm vi: 403 OUT_OF_SCOPE', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/statistics?${q('0603', tree.other.id)}`,
      headers: h,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('OUT_OF_SCOPE');
  });

  it('chưa đăng nhập: 401', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/reports/statistics?${q('0603')}` });
    expect(res.statusCode).toBe(401);
  });
});

describe('GET /api/v1/reports/statistics.xlsx (bản nháp theo mẫu)', () => {
  it('tệp mở được, có khối tiêu đề, mã cột, mã dòng và số liệu khớp', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/statistics.xlsx?${q('0603')}`,
      headers: h,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(res.headers['content-disposition']).toContain('bieu-0603-N-2025-ban-nhap.xlsx');
    const ws = await load(res.rawPayload);
    const text = textOf(ws);
    expect(text).toContain('Biểu số: 0603.N/BNV-TĐKT');
    expect(text).toContain('Đơn vị báo cáo: Quận Một');
    expect(text).toContain('Đơn vị nhận báo cáo: Thành phố Thử');
    expect(text).toContain('Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023');
    expect(text).toContain('SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH');
    expect(text).toContain('Năm 2025');
    expect(text).toContain('BẢN NHÁP');
    expect(text).toContain('NGƯỜI LẬP BIỂU');
    expect(text).toContain('THỦ TRƯỞNG ĐƠN VỊ');
    // column code row: A B C 1 2 3 4 5
    const codeRow = rowByCode(ws, 'B');
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((c) => String(codeRow.getCell(c).value))).toEqual([
      'A',
      'B',
      'C',
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    // columns: D Tổng, E Bằng khen, F CSTĐ, G Cờ, H KNC
    const total = rowByCode(ws, '01');
    expect([4, 5, 6, 7, 8].map((c) => total.getCell(c).value)).toEqual([7, 5, 1, 1, 0]);
    expect(rowByCode(ws, '02').getCell(4).value).toBe(2); // tập thể
    expect(rowByCode(ws, '03').getCell(4).value).toBe(1); // doanh nghiệp
    expect(rowByCode(ws, '05').getCell(4).value).toBe(5); // cá nhân
    expect(rowByCode(ws, '09').getCell(4).value).toBe(1); // lãnh đạo khác
    expect(rowByCode(ws, '10').getCell(4).value).toBe(4); // trực tiếp
    expect(rowByCode(ws, '11').getCell(4).value).toBe(6); // thường xuyên
    expect(rowByCode(ws, '13').getCell(4).value).toBe(1); // đột xuất
    expect(rowByCode(ws, '04').getCell(4).value).toBe(0); // hộ gia đình: none
    // a figure the system cannot compute is "..." with a cell note, never 0 (0602: Giải thưởng HCM column)
    // sums hold in the file too
    const sum = (codes: string[]) =>
      codes.map((c) => Number(rowByCode(ws, c).getCell(4).value)).reduce((a, b) => a + b, 0);
    expect(sum(['02', '05'])).toBe(7);
    expect(sum(['11', '12', '13', '14', '15', '16', '17'])).toBe(7);
  });

  it('mọi biểu 0601–0605 đều xuất được theo mẫu', async () => {
    for (const form of ['0601', '0602', '0604', '0605']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/reports/statistics.xlsx?${q(form)}`,
        headers: h,
      });
      expect(res.statusCode).toBe(200);
      const ws = await load(res.rawPayload);
      expect(textOf(ws)).toContain(`Biểu số: ${form}.N/BNV-TĐKT`);
      expect(rowByCode(ws, '01')).toBeTruthy();
      if (form === '0602') {
        // column "Giải thưởng Hồ Chí Minh" (A, B, C, Tổng, 10 medal columns, then it): no catalogue code yet
        const hcm = rowByCode(ws, '01').getCell(15);
        expect(hcm.value).toBe('...');
        expect(JSON.stringify(hcm.note)).toContain('Giải thưởng Hồ Chí Minh');
      }
    }
  });
});

describe('POST /api/v1/reports/snapshots (chốt số liệu)', () => {
  const body = {
    form: '0603',
    unitId: tree.district.id,
    year: 2025,
    preparerName: 'Lê Thị Lập Biểu',
    signerName: 'Trần Văn Thủ Trưởng',
    signerTitle: 'Chủ tịch Ủy ban nhân dân quận',
    place: 'Hà Nội',
  };
  const snapshotCount = async () => (await t.database.db.select({ n: count() }).from(reportSnapshots))[0]!.n;

  it('chốt được, ghi nhật ký report.finalize, tệp có khối chữ ký và số liệu đã chốt', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports/snapshots',
      headers: h,
      payload: body,
    });
    expect(res.statusCode).toBe(201);
    const snap = res.json();
    expect(snap).toMatchObject({ form: '0603', unitName: 'Quận Một', signerName: 'Trần Văn Thủ Trưởng' });
    expect(snap.result.values.TONG.TONG).toBe(7);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'report.finalize'), eq(auditLog.entityId, snap.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({
      form: '0603',
      year: 2025,
      total: 7,
      signerName: 'Trần Văn Thủ Trưởng',
    });
    expect(audit[0]!.actorId).toBe(officer.actor.accountId);

    // data changes later; the finalised report does not
    await add({ personId: people[2]!.id, code: 'CSTD_BO_TINH', on: '2025-12-30' });
    const live = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/statistics?${q('0603')}`,
      headers: h,
    });
    expect(live.json().values.TONG.TONG).toBe(8);
    const file = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/snapshots/${snap.id}/xlsx`,
      headers: h,
    });
    expect(file.statusCode).toBe(200);
    const ws = await load(file.rawPayload);
    expect(rowByCode(ws, '01').getCell(4).value).toBe(7);
    const text = textOf(ws);
    expect(text).not.toContain('BẢN NHÁP');
    expect(text).toContain('Trần Văn Thủ Trưởng');
    expect(text).toContain('Lê Thị Lập Biểu');
    expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN');
    expect(text).toContain('Hà Nội, ngày 01 tháng 10 năm 2026');
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/reports/snapshots?year=2025',
      headers: h,
    });
    expect(list.json().map((s: { id: string }) => s.id)).toContain(snap.id);
  });

  it('vai trò không có quyền chốt (cán bộ TĐKT đơn vị): 403 FORBIDDEN, không ghi gì', async () => {
    const n = await snapshotCount();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports/snapshots',
      headers: hClerk,
      payload: body,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('FORBIDDEN');
    expect(await snapshotCount()).toBe(n);
  });

  it('đơn vị ngoài phạm vi: 403 OUT_OF_SCOPE, không ghi gì', async () => {
    const n = await snapshotCount();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports/snapshots',
      headers: h,
      payload: { ...body, unitId: tree.other.id },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('OUT_OF_SCOPE');
    expect(await snapshotCount()).toBe(n);
  });

  it('thiếu người ký: 400 VALIDATION_FAILED với thông báo tiếng Việt, không ghi gì', async () => {
    const n = await snapshotCount();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports/snapshots',
      headers: h,
      payload: { ...body, signerName: '  ' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(res.json().details)).toContain('Nhập họ tên thủ trưởng đơn vị.');
    expect(await snapshotCount()).toBe(n);
  });

  it('báo cáo đã chốt của đơn vị khác không xem được (403), mã sai: 404', async () => {
    const other = await buildActor(t, 'OFFICER', tree.other);
    const ho = await login(t.app, other.username, other.password);
    const snap = (
      await t.app.inject({ method: 'POST', url: '/api/v1/reports/snapshots', headers: h, payload: body })
    ).json();
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/snapshots/${snap.id}/xlsx`,
      headers: ho,
    });
    expect(res.statusCode).toBe(403);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/reports/snapshots', headers: ho });
    expect(list.json()).toEqual([]);
    const missing = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/snapshots/${newId()}`,
      headers: h,
    });
    expect(missing.statusCode).toBe(404);
  });
});

describe('GET /api/v1/reports/dashboard', () => {
  it('biểu đồ theo năm, cấp, hình thức, giới tính, dân tộc, tỷ lệ người trực tiếp lao động', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/dashboard?unitId=${tree.district.id}&fromYear=2024&toYear=2025`,
      headers: h,
    });
    expect(res.statusCode).toBe(200);
    const charts = new Map(
      (
        res.json().charts as {
          id: string;
          data: { key: string; value: number }[];
          unavailable: string | null;
        }[]
      ).map((c) => [c.id, c]),
    );
    const val = (id: string, key: string) => charts.get(id)!.data.find((d) => d.key === key)?.value;
    // 2025: 8 bộ/tỉnh awards (incl. the CSTĐ added above) + 1 LĐTT; 2024: 1 LĐTT
    expect(val('by-year', '2024')).toBe(1);
    expect(val('by-year', '2025')).toBe(9);
    expect(val('by-level', 'BO_TINH')).toBe(8);
    expect(val('by-level', 'CO_SO')).toBe(2);
    expect(val('by-form', 'LDTT')).toBe(2);
    expect(val('by-sex', 'NU')).toBe(2);
    expect(val('by-ethnicity', 'Tày')).toBe(2);
    expect(val('direct-workers', 'TRUC_TIEP')).toBe(7);
    expect(val('direct-workers', 'L_KHAC')).toBe(1);
    expect(charts.get('movements-duration')!.unavailable).toBeTruthy();
  });

  it('dữ liệu biểu đồ tải về dạng .xlsx đọc lại đúng số liệu', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/dashboard.xlsx?unitId=${tree.district.id}&fromYear=2024&toYear=2025&chart=by-year`,
      headers: h,
    });
    expect(res.statusCode).toBe(200);
    const ws = await load(res.rawPayload);
    expect(ws.getCell(1, 1).value).toBe('Số lượt khen thưởng theo năm');
    const rows = new Map<string, unknown>();
    ws.eachRow((r) => rows.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(rows.get('2024')).toBe(1);
    expect(rows.get('2025')).toBe(9);
    expect(rows.get('Tổng cộng')).toBe(10);
    const bad = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/dashboard.xlsx?unitId=${tree.district.id}&fromYear=2024&toYear=2025&chart=khong-co`,
      headers: h,
    });
    expect(bad.statusCode).toBe(404);
  });

  it('đơn vị ngoài phạm vi: 403', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/dashboard?unitId=${tree.other.id}&fromYear=2024&toYear=2025`,
      headers: h,
    });
    expect(res.statusCode).toBe(403);
  });
});
