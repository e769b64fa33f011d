import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, progressReports } from '../../db/schema';
import { buildActor, buildTree, buildUnit, createTestEnv } from '../../test/harness';
import { fixedClock } from '../../lib/clock';
import { createMovement } from '../movements/create-movement';
import { launchMovement } from '../movements/launch-movement';
import { campaignInput } from '../movements/testing';
import { saveRegistration } from '../registrations/save-registration';
import { saveProgressReport } from './save-progress';
import { attachProgressEvidence } from './attach-evidence';
import { getProgressReport, movementDashboard } from './dashboard';

const env = await createTestEnv({ today: '2020-03-01' });
const tree = await buildTree(env);
const ward2 = await buildUnit(env, { name: 'Phường Đa Kao', kind: 'XA', parent: tree.district });
const ward3 = await buildUnit(env, { name: 'Phường Cầu Kho', kind: 'XA', parent: tree.district });
const officer = await buildActor(env, 'OFFICER', tree.district);
const clerk = await buildActor(env, 'UNIT_CLERK', tree.ward);
const clerk2 = await buildActor(env, 'UNIT_CLERK', ward2);
const head = await buildActor(env, 'UNIT_HEAD', tree.ward);
const m = await createMovement(
  env.ctx(officer.actor),
  campaignInput(tree.district.id, [
    { kind: 'UNIT', id: tree.ward.id },
    { kind: 'UNIT', id: ward2.id },
    { kind: 'UNIT', id: ward3.id },
  ]),
);
await launchMovement(env.ctx(officer.actor), m.id, {});
const [pct, day, num, yes] = m.items.map((i) => i.id) as [string, string, string, string];
const [q1] = m.reportPeriods.map((p) => p.id) as [string, string];
const at = (actor: typeof clerk.actor, d: string) => ({
  ...env.ctx(actor),
  clock: fixedClock(`${d}T03:00:00Z`),
});
// Phường Bến Nghé pledges its own target for content 3: 10 đảng viên (the movement's is 5).
await saveRegistration(env.ctx(clerk.actor), m.id, {
  unitId: tree.ward.id,
  targets: [{ itemId: num, value: 10 }],
});

describe('saveProgressReport', () => {
  it('đơn vị báo cáo giá trị từng chỉ tiêu; ghi nhật ký; nộp trước hạn thì không muộn', async () => {
    const r = await saveProgressReport(at(clerk.actor, '2020-04-03'), m.id, {
      periodId: q1,
      unitId: tree.ward.id,
      values: [
        { itemId: pct, value: 100 },
        { itemId: day, value: '2020-06-01' },
        { itemId: num, value: 5 },
        { itemId: yes, value: true },
      ],
    });
    expect(r).toMatchObject({ submittedOn: '2020-04-03', late: false, periodName: 'Quý I/2020' });
    expect(r.values.map((v) => v.value)).toEqual([100, '2020-06-01', 5, true]);
    const logs = await env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'progress.report'), eq(auditLog.entityId, r.id!)));
    expect(logs).toHaveLength(1);
  });

  it('từ chối người không có quyền, đơn vị của người khác, giá trị sai kiểu — không ghi gì', async () => {
    const count = async () => (await env.database.db.select().from(progressReports)).length;
    const n = await count();
    const input = { periodId: q1, unitId: ward2.id, values: [{ itemId: pct, value: 50 }] };
    await expect(saveProgressReport(env.ctx(head.actor), m.id, input)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(saveProgressReport(env.ctx(clerk.actor), m.id, input)).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    await expect(
      saveProgressReport(env.ctx(clerk2.actor), m.id, { ...input, values: [{ itemId: yes, value: 1 }] }),
    ).rejects.toMatchObject({ code: 'TARGET_TYPE_MISMATCH', details: [{ path: 'values.0.value' }] });
    expect(await count()).toBe(n);
  });

  it('minh chứng đính kèm được đọc lại; nộp sau hạn bị đánh dấu muộn', async () => {
    const r = await saveProgressReport(at(clerk2.actor, '2020-04-09'), m.id, {
      periodId: q1,
      unitId: ward2.id,
      values: [
        { itemId: pct, value: 50 },
        { itemId: yes, value: false },
      ],
    });
    expect(r.late).toBe(true);
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const withFile = await attachProgressEvidence(env.ctx(clerk2.actor), r.id!, {
      bytes: pdf,
      filename: 'bien-ban.pdf',
      itemId: pct,
    });
    expect(withFile.evidence).toMatchObject([{ filename: 'bien-ban.pdf', itemId: pct }]);
    await expect(
      attachProgressEvidence(env.ctx(clerk.actor), r.id!, { bytes: pdf, filename: 'x.pdf' }),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    const logs = await env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'progress.attach_evidence'), eq(auditLog.entityId, r.id!)));
    expect(logs).toHaveLength(1);
    expect((await getProgressReport(env.ctx(officer.actor), m.id, q1, ward2.id)).evidence).toHaveLength(1);
  });
});

describe('movementDashboard', () => {
  it('tiến độ theo đơn vị (chậm nhất trước, đơn vị chưa nộp bị đánh dấu muộn) và theo nội dung', async () => {
    const d = await movementDashboard(at(officer.actor, '2020-04-10'), m.id, {});
    expect(d.period).toMatchObject({ id: q1, name: 'Quý I/2020' });
    // Bến Nghé: 100% + đúng hạn + 5/10 + có = (1 + 1 + 0.5 + 1) / 4 = 87.5 %
    // Đa Kao: 50/100 = 0.5, không có, chưa báo cáo 2 nội dung → 0.5 / 4 = 12.5 %; Cầu Kho chưa nộp: 0 %
    expect(d.units.map((u) => [u.unitName, u.achievement, u.reported, u.late])).toEqual([
      ['Phường Cầu Kho', 0, false, true],
      ['Phường Đa Kao', 12.5, true, true],
      ['Phường Bến Nghé', 87.5, true, false],
    ]);
    expect(d.totals).toEqual({ units: 3, reported: 2, late: 2, achievement: 33.3 });
    expect(d.items.map((i) => [i.seq, i.achievement, i.unitsReported, i.unitsAchieved])).toEqual([
      [1, 50, 2, 1],
      [2, 33.3, 1, 1],
      [3, 16.7, 1, 0],
      [4, 33.3, 2, 1],
    ]);
    await expect(movementDashboard(env.ctx(clerk.actor), m.id, {})).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
