import { describe, expect, it } from 'vitest';
import ExcelJS from '../../lib/excel';
import { docxText } from '../../documents/testing';
import { buildActor, buildPerson, buildTree, createTestApp, login } from '../../test/harness';

const t = await createTestApp({ today: '2021-03-01' });
const tree = await buildTree(t);
const huong = await buildPerson(t, { fullName: 'Nguyễn Thị Hương', unit: tree.ward });
const officer = await buildActor(t, 'OFFICER', tree.district);
const outsider = await buildActor(t, 'OFFICER', tree.other);
const h = await login(t.app, officer.username, officer.password);
const ho = await login(t.app, outsider.username, outsider.password);

describe('decisions over HTTP', () => {
  it('opens a register, drafts, previews the number, issues, and downloads DOCX, PDF and the payment list', async () => {
    const reg = await t.app.inject({
      method: 'POST',
      url: '/api/v1/decision-registers',
      headers: h,
      payload: {
        issuerUnitId: tree.district.id,
        symbol: 'QĐ-UBND',
        name: 'Sổ quyết định',
        issuingBody: 'ỦY BAN NHÂN DÂN QUẬN MỘT',
        place: 'Quận Một',
        authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN MỘT',
        signerOffice: 'CHU_TICH_UBND',
        signerLevel: 'HUYEN',
      },
    });
    expect(reg.statusCode).toBe(201);
    const draft = await t.app.inject({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: h,
      payload: {
        registerId: reg.json().id,
        kind: 'KHEN_THUONG',
        subject: 'Về việc tặng Giấy khen năm 2020',
        signerTitle: 'CHỦ TỊCH',
        signerName: 'Lê Văn Bình',
        recipients: [{ personId: huong.id, code: 'GIAY_KHEN', periodFrom: 2020, periodTo: 2020 }],
      },
    });
    expect(draft.statusCode).toBe(201);
    const id = draft.json().id as string;
    const preview = await t.app.inject({
      method: 'GET',
      url: `/api/v1/decision-registers/${reg.json().id}/next-number?year=2021`,
      headers: h,
    });
    expect(preview.json()).toMatchObject({ nextNumber: 1, numberText: '01/QĐ-UBND' });
    const forbidden = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${id}/issue`,
      headers: ho,
      payload: { decidedOn: '2021-01-05' },
    });
    expect(forbidden.statusCode).toBe(403);
    const issued = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${id}/issue`,
      headers: h,
      payload: { decidedOn: '2021-01-05' },
    });
    expect(issued.statusCode).toBe(200);
    expect(issued.json()).toMatchObject({ numberText: '01/QĐ-UBND', status: 'ISSUED', totalVnd: 450_000 });

    const docx = await t.app.inject({ method: 'GET', url: `/api/v1/decisions/${id}/docx`, headers: h });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.headers['content-disposition']).toContain("filename*=UTF-8''quyet-dinh-01-Q%C4%90-UBND.docx");
    expect(docxText(docx.rawPayload)).toContain('Số: 01/QĐ-UBND');

    const pdf = await t.app.inject({ method: 'GET', url: `/api/v1/decisions/${id}/pdf`, headers: h });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api/v1/decisions/${id}/payment-list`,
      headers: h,
    });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect((wb.worksheets[0]!.getRow(7).values as unknown[]).slice(1, 3)).toEqual([1, 'Nguyễn Thị Hương']);

    const list = await t.app.inject({ method: 'GET', url: '/api/v1/decisions?status=ISSUED', headers: h });
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(id);
  });

  it('answers 422 with the Vietnamese reason when the signer lacks authority; 401 without a session', async () => {
    const regs = await t.app.inject({ method: 'GET', url: '/api/v1/decision-registers', headers: h });
    const draft = await t.app.inject({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: h,
      payload: {
        registerId: regs.json()[0].id,
        kind: 'KHEN_THUONG',
        subject: 'Về việc tặng Bằng khen',
        signerTitle: 'CHỦ TỊCH',
        signerName: 'Lê Văn Bình',
        recipients: [{ personId: huong.id, code: 'BANG_KHEN_BO_TINH' }],
      },
    });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${draft.json().id}/issue`,
      headers: h,
      payload: { decidedOn: '2021-01-06' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: 'SIGNER_NOT_AUTHORIZED' });
    expect(res.json().message).toContain('không có thẩm quyền');
    const anon = await t.app.inject({ method: 'GET', url: '/api/v1/decisions' });
    expect(anon.statusCode).toBe(401);
  });
});
