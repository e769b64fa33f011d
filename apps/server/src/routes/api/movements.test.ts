import { describe, expect, it } from 'vitest';
import { buildActor, buildTree, createTestApp, login } from '../../test/harness';
import { campaignInput } from '../../services/movements/testing';

const t = await createTestApp({ today: '2020-02-20' });
const tree = await buildTree(t);
const officer = await buildActor(t, 'OFFICER', tree.district);
const clerk = await buildActor(t, 'UNIT_CLERK', tree.ward);
const h = await login(t.app, officer.username, officer.password);
const hc = await login(t.app, clerk.username, clerk.password);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

function multipart(fields: Record<string, string>, file: { name: string; bytes: Buffer; type: string }) {
  const boundary = '----vd' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('API phong trào', () => {
  let id = '';
  it('POST /movements tạo dự thảo; GET /movements?q= tìm không dấu; GET /movements/:id trả nội dung, mốc, đơn vị', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/movements',
      headers: h,
      payload: campaignInput(tree.district.id, [{ kind: 'SUBTREE', id: tree.district.id }]),
    });
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/movements?q=dai%20hoi%20dang%20bo',
      headers: h,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, items: [{ id, status: 'DRAFT' }] });
    const one = await t.app.inject({ method: 'GET', url: `/api/v1/movements/${id}`, headers: h });
    expect(one.statusCode).toBe(200);
    const m = one.json();
    expect(m.items).toHaveLength(4);
    expect(m.milestones.map((x: { kind: string }) => x.kind)).toEqual(['SO_KET', 'SU_KIEN', 'TONG_KET']);
    expect(m.participants.map((p: { name: string }) => p.name)).toContain('Phường Bến Nghé');
    expect(m.startDate).toBe('2020-02-27');
  });

  it('POST /movements/:id/files đính kèm kế hoạch (PDF), tải lại đúng nội dung; tệp không phải PDF/DOCX bị từ chối', async () => {
    const mp = multipart(
      { kind: 'KE_HOACH', title: 'Kế hoạch 25/KH-UBND' },
      { name: 'ke-hoach.pdf', bytes: PDF, type: 'application/pdf' },
    );
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/movements/${id}/files`,
      headers: { ...h, 'content-type': mp.contentType },
      payload: mp.payload,
    });
    expect(res.statusCode).toBe(201);
    const att = res.json().attachments;
    expect(att).toMatchObject([{ kind: 'KE_HOACH', title: 'Kế hoạch 25/KH-UBND', filename: 'ke-hoach.pdf' }]);
    const dl = await t.app.inject({
      method: 'GET',
      url: `/api/v1/movements/${id}/files/${att[0].fileId}`,
      headers: h,
    });
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(PDF)).toBe(true);
    const bad = multipart(
      { kind: 'KE_HOACH' },
      { name: 'x.pdf', bytes: Buffer.from('not a pdf'), type: 'application/pdf' },
    );
    const r2 = await t.app.inject({
      method: 'POST',
      url: `/api/v1/movements/${id}/files`,
      headers: { ...h, 'content-type': bad.contentType },
      payload: bad.payload,
    });
    expect(r2.statusCode).toBe(415);
  });

  it('POST /movements/:id/launch: 400 MOVEMENT_INCOMPLETE liệt kê phần thiếu; sau khi đủ thì phát động, đơn vị thấy trong hộp thư', async () => {
    const draft = await t.app.inject({
      method: 'POST',
      url: '/api/v1/movements',
      headers: h,
      payload: campaignInput(tree.district.id, [{ kind: 'UNIT', id: tree.ward.id }], {
        criteria: null,
        name: 'Phong trào thiếu tiêu chí',
      }),
    });
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/v1/movements/${draft.json().id}/launch`,
      headers: h,
      payload: {},
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      error: 'MOVEMENT_INCOMPLETE',
      details: [{ code: 'MISSING_CRITERIA', path: 'criteria' }],
    });
    expect(bad.json().message).toContain('Chưa có tiêu chí thi đua');

    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/v1/movements/${id}/launch`,
      headers: h,
      payload: {},
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().status).toBe('LAUNCHED');
    const badge = await t.app.inject({
      method: 'GET',
      url: '/api/v1/notifications/unread-count',
      headers: hc,
    });
    expect(badge.json()).toEqual({ unread: 1 });
    const inbox = await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: hc });
    expect(inbox.json().items[0]).toMatchObject({ kind: 'MOVEMENT_LAUNCHED', link: `/phong-trao/${id}` });
    const read = await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read',
      headers: hc,
      payload: {},
    });
    expect(read.json()).toEqual({ marked: 1 });
    const forbidden = await t.app.inject({
      method: 'POST',
      url: '/api/v1/movements',
      headers: hc,
      payload: campaignInput(tree.ward.id, []),
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('OpenAPI mô tả các đường dẫn phong trào và thông báo', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/movements',
        '/api/v1/movements/{id}',
        '/api/v1/movements/{id}/launch',
        '/api/v1/notifications',
      ]),
    );
    expect(doc.paths['/api/v1/movements'].get.parameters.map((p: { name: string }) => p.name)).toContain('q');
  });
});
