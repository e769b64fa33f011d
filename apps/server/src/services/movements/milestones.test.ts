import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, jobs, movementFiles, notifications } from '../../db/schema';
import { buildActor, buildTree, createTestEnv } from '../../test/harness';
import { fixedClock } from '../../lib/clock';
import { createMovement } from './create-movement';
import { launchMovement } from './launch-movement';
import { getMovement } from './queries';
import { advanceMovement, MOVEMENT_MILESTONE_JOB, runMilestoneJob } from './milestone-jobs';
import { attachMovementFile } from './attach-file';
import { campaignInput } from './testing';

const env = await createTestEnv({ today: '2020-02-20' });
const tree = await buildTree(env);
const officer = await buildActor(env, 'OFFICER', tree.district);
const clerk = await buildActor(env, 'UNIT_CLERK', tree.ward);
const on = (day: string) => ({ ...env.ctx(null), clock: fixedClock(`${day}T03:00:00Z`) });
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

describe('mốc thời gian chạy bằng tác vụ nền', () => {
  it('phát động lên lịch tác vụ cho từng mốc và từng lời nhắc hạn (00:00 giờ Việt Nam)', async () => {
    const m = await createMovement(
      env.ctx(officer.actor),
      campaignInput(tree.district.id, [{ kind: 'UNIT', id: tree.ward.id }]),
    );
    await launchMovement(env.ctx(officer.actor), m.id, {});
    const rows = await env.database.db.select().from(jobs).where(eq(jobs.kind, MOVEMENT_MILESTONE_JOB));
    const mine = rows.filter((j) => (j.payload as { movementId: string }).movementId === m.id);
    expect(mine.map((j) => (j.payload as { day: string }).day).sort()).toEqual([
      '2020-03-12', // nhắc hạn đăng ký 15/03
      '2020-04-02', // nhắc hạn báo cáo quý I (05/04)
      '2020-06-30', // sơ kết
      '2020-07-02', // nhắc hạn báo cáo 6 tháng (05/07)
      '2020-07-15', // Đại hội XXVI
      '2020-12-20', // tổng kết
    ]);
    const soKet = mine.find((j) => (j.payload as { day: string }).day === '2020-06-30')!;
    expect(soKet.runAfter.toISOString()).toBe('2020-06-29T17:00:00.000Z');
  });

  it('đến ngày sơ kết/tổng kết thì giai đoạn tự chuyển, mỗi thay đổi ghi nhật ký và báo các đơn vị', async () => {
    const m = await createMovement(
      env.ctx(officer.actor),
      campaignInput(tree.district.id, [{ kind: 'UNIT', id: tree.ward.id }], {
        name: 'Đợt thi đua kiểm tra mốc',
      }),
    );
    await launchMovement(env.ctx(officer.actor), m.id, {});
    expect(await advanceMovement(on('2020-06-29'), m.id)).toMatchObject({ advanced: [] });
    expect((await getMovement(env.ctx(officer.actor), m.id)).status).toBe('LAUNCHED');
    const [job] = (
      await env.database.db.select().from(jobs).where(eq(jobs.kind, MOVEMENT_MILESTONE_JOB))
    ).filter((j) => (j.payload as { movementId: string }).movementId === m.id);
    expect(await runMilestoneJob(on('2020-07-01'), job!)).toMatchObject({ advanced: ['SO_KET'] });
    let got = await getMovement(env.ctx(officer.actor), m.id);
    expect(got.status).toBe('SO_KET');
    expect(got.steps.at(-1)).toMatchObject({
      kind: 'SO_KET',
      onDate: '2020-06-30',
      auto: true,
      actorName: 'Hệ thống',
      note: 'Sơ kết 6 tháng',
    });
    expect(got.milestones.find((x) => x.kind === 'SO_KET')!.reachedAt).not.toBeNull();
    expect(got.milestones.find((x) => x.kind === 'SU_KIEN')!.reachedAt).toBeNull();
    // Running again the same day changes nothing (idempotent).
    expect(await advanceMovement(on('2020-07-01'), m.id)).toMatchObject({ advanced: [] });
    expect(await advanceMovement(on('2020-12-25'), m.id)).toMatchObject({ advanced: ['TONG_KET'] });
    got = await getMovement(env.ctx(officer.actor), m.id);
    expect(got.status).toBe('TONG_KET');
    const logs = await env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'movement.advance_phase'), eq(auditLog.entityId, m.id)));
    expect(logs.map((l) => (l.after as { kind: string }).kind)).toEqual(['SO_KET', 'SU_KIEN', 'TONG_KET']);
    const notes = await env.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.entityId, m.id), eq(notifications.kind, 'MOVEMENT_PHASE')));
    expect(notes.map((n) => n.title)).toEqual([`Sơ kết: ${m.name}`, `Tổng kết: ${m.name}`]);
  });

  it('nhắc hạn đăng ký một lần cho đơn vị chưa gửi, trong 3 ngày trước hạn', async () => {
    const m = await createMovement(
      env.ctx(officer.actor),
      campaignInput(tree.district.id, [{ kind: 'UNIT', id: tree.ward.id }], {
        name: 'Đợt thi đua kiểm tra nhắc hạn',
      }),
    );
    await launchMovement(env.ctx(officer.actor), m.id, {});
    const count = async () =>
      (
        await env.database.db
          .select()
          .from(notifications)
          .where(and(eq(notifications.entityId, m.id), eq(notifications.kind, 'REMINDER_REGISTRATION')))
      ).length;
    await advanceMovement(on('2020-03-11'), m.id);
    expect(await count()).toBe(0);
    expect(await advanceMovement(on('2020-03-12'), m.id)).toMatchObject({ reminders: 1 });
    await advanceMovement(on('2020-03-14'), m.id);
    expect(await count()).toBe(1);
  });
});

describe('attachMovementFile', () => {
  it('đính kèm công văn phát động, ghi nhật ký; cán bộ đơn vị không đính kèm được', async () => {
    const m = await createMovement(
      env.ctx(officer.actor),
      campaignInput(tree.district.id, [{ kind: 'UNIT', id: tree.ward.id }], {
        name: 'Đợt thi đua có công văn',
      }),
    );
    const out = await attachMovementFile(env.ctx(officer.actor), m.id, {
      bytes: PDF,
      filename: 'cong-van.pdf',
      kind: 'CONG_VAN',
      title: 'Công văn phát động',
    });
    expect(out.attachments).toMatchObject([{ kind: 'CONG_VAN', filename: 'cong-van.pdf' }]);
    const logs = await env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'movement.attach_file'), eq(auditLog.entityId, m.id)));
    expect(logs).toHaveLength(1);
    await expect(
      attachMovementFile(env.ctx(clerk.actor), m.id, { bytes: PDF, filename: 'x.pdf', kind: 'CONG_VAN' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      attachMovementFile(env.ctx(officer.actor), m.id, { bytes: PDF, filename: 'x.pdf', kind: 'LA' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(
      await env.database.db.select().from(movementFiles).where(eq(movementFiles.movementId, m.id)),
    ).toHaveLength(1);
  });
});
