import { describe, expect, it } from 'vitest';
import { createTestApp, login } from '../../test/harness';
import { buildScoringWorld, PDF_BYTES, sheet } from '../../services/scoring/test-fixtures';

const t = await createTestApp({ today: '2026-10-01' });
const w = await buildScoringWorld(t);
const officer = await login(t.app, w.officer.username, w.officer.password);
const clerk1 = await login(t.app, w.clerks.w1.username, w.clerks.w1.password);
const clerk2 = await login(t.app, w.clerks.w2.username, w.clerks.w2.password);
const { units: u, criteria } = w;

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

describe('/api/v1/scoring', () => {
  let roundId = '';

  it('chuyên viên lập và mở đợt chấm điểm (201, 200); không đăng nhập thì 401', async () => {
    const anon = await t.app.inject({ method: 'GET', url: '/api/v1/scoring/rounds' });
    expect(anon.statusCode).toBe(401);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/scoring/rounds',
      headers: officer,
      payload: { name: 'Chấm điểm cụm phường 2026', templateId: w.template.id, clusterId: w.cluster.id },
    });
    expect(res.statusCode).toBe(201);
    roundId = res.json().id;
    expect(res.json()).toMatchObject({ status: 'DRAFT', method: 'DROP_HIGH_LOW', appealDays: 5 });
    const open = await t.app.inject({
      method: 'POST',
      url: `/api/v1/scoring/rounds/${roundId}/open`,
      headers: officer,
    });
    expect(open.statusCode).toBe(200);
    expect(open.json().status).toBe('OPEN');
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/scoring/rounds/${roundId}/open`,
      headers: officer,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toBe('SCORING_ROUND_STATE');
  });

  it('cán bộ đơn vị không lập được mẫu chấm điểm (403 FORBIDDEN)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/scoring/templates',
      headers: clerk1,
      payload: {
        name: 'Mẫu',
        ownerUnitId: u.w1.id,
        groups: [{ name: 'N', criteria: [{ name: 'T', maxPoints: 1 }] }],
      },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('FORBIDDEN');
  });

  it('tải minh chứng (multipart), tự chấm và chấm chéo; điểm vượt tối đa → 400 SCORE_ABOVE_MAX', async () => {
    const mp = multipart('bao-cao-ket-qua.pdf', PDF_BYTES, 'application/pdf');
    const up = await t.app.inject({
      method: 'POST',
      url: `/api/v1/scoring/rounds/${roundId}/evidence?unitId=${u.w1.id}`,
      headers: { ...clerk1, ...mp.headers },
      payload: mp.payload,
    });
    expect(up.statusCode).toBe(201);
    const fileId = up.json().id as string;
    const self = await t.app.inject({
      method: 'POST',
      url: `/api/v1/scoring/rounds/${roundId}/sheets`,
      headers: clerk1,
      payload: sheet(u.w1.id, u.w1.id, criteria, [29, 19, 9], [fileId]),
    });
    expect(self.statusCode).toBe(201);
    expect(self.json()).toMatchObject({ self: true, version: 1 });
    const above = await t.app.inject({
      method: 'POST',
      url: `/api/v1/scoring/rounds/${roundId}/sheets`,
      headers: clerk2,
      payload: sheet(u.w2.id, u.w1.id, criteria, [29, 21, 9]),
    });
    expect(above.statusCode).toBe(400);
    expect(above.json()).toMatchObject({
      error: 'SCORE_ABOVE_MAX',
      message: 'Điểm 21 vượt quá điểm tối đa 20 của tiêu chí "Cải cách hành chính".',
    });
    const cross = await t.app.inject({
      method: 'POST',
      url: `/api/v1/scoring/rounds/${roundId}/sheets`,
      headers: clerk2,
      payload: sheet(u.w2.id, u.w1.id, criteria, [27, 18, 8]),
    });
    expect(cross.statusCode).toBe(201);
    // The cross-scorer downloads the target's evidence.
    const dl = await t.app.inject({
      method: 'GET',
      url: `/api/v1/scoring/rounds/${roundId}/evidence/${fileId}`,
      headers: clerk2,
    });
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/v1/scoring/rounds/${roundId}/sheet?scorerUnitId=${u.w2.id}&targetUnitId=${u.w1.id}`,
      headers: clerk2,
    });
    expect(view.statusCode).toBe(200);
    expect(view.json().scores).toHaveLength(3);
    expect(view.json().targetEvidence[0].files[0].filename).toBe('bao-cao-ket-qua.pdf');
  });

  it('công bố và xem xếp hạng kèm giải thích; bản xem trước chỉ cho chuyên viên', async () => {
    const pre = await t.app.inject({
      method: 'GET',
      url: `/api/v1/scoring/rounds/${roundId}/results`,
      headers: clerk1,
    });
    expect(pre.statusCode).toBe(409);
    const pub = await t.app.inject({
      method: 'POST',
      url: `/api/v1/scoring/rounds/${roundId}/publish`,
      headers: officer,
    });
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({ status: 'PUBLISHED', appealUntil: '2026-10-06' });
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/scoring/rounds/${roundId}/results`,
      headers: clerk1,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().ranking[0]).toMatchObject({ name: 'Phường Bến Nghé', rank: 1, total: 53 });
    const ex = await t.app.inject({
      method: 'GET',
      url: `/api/v1/scoring/rounds/${roundId}/results/${u.w1.id}`,
      headers: clerk1,
    });
    expect(ex.statusCode).toBe(200);
    expect(ex.json().criteria[0]).toMatchObject({
      value: 27,
      crossScores: [{ scorerName: 'Phường Đa Kao', points: 27, status: 'USED' }],
      selfScore: 29,
    });
  });

  it('phúc khảo: lý do quá ngắn → 400 với lỗi tiếng Việt; hợp lệ → 201; chuyên viên giải quyết', async () => {
    const short = await t.app.inject({
      method: 'POST',
      url: `/api/v1/scoring/rounds/${roundId}/appeals`,
      headers: clerk2,
      payload: { unitId: u.w2.id, reason: 'Sai' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().details).toContainEqual({
      path: 'reason',
      message: 'Nêu rõ lý do phúc khảo (ít nhất 10 ký tự).',
    });
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/v1/scoring/rounds/${roundId}/appeals`,
      headers: clerk2,
      payload: { unitId: u.w2.id, reason: 'Đơn vị chưa được chấm chéo tiêu chí nào' },
    });
    expect(ok.statusCode).toBe(201);
    const resolved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/scoring/appeals/${ok.json().id}/resolve`,
      headers: officer,
      payload: { outcome: 'REJECTED', response: 'Các đơn vị được phân công đã không chấm trong thời hạn.' },
    });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json().status).toBe('REJECTED');
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/scoring/rounds/${roundId}/appeals`,
      headers: officer,
    });
    expect(list.json().map((a: { status: string }) => a.status)).toEqual(['REJECTED']);
  });

  it('các đường dẫn có trong tài liệu OpenAPI', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    const paths = Object.keys(res.json().paths);
    for (const p of [
      '/api/v1/scoring/templates',
      '/api/v1/scoring/rounds/{id}/sheets',
      '/api/v1/scoring/rounds/{id}/results/{unitId}',
      '/api/v1/scoring/appeals/{id}/resolve',
      '/api/v1/scoring/proposals',
    ])
      expect(paths).toContain(p);
  });
});
