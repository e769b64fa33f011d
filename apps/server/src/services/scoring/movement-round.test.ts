import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, scoringRounds } from '../../db/schema';
import { createTestEnv } from '../../test/harness';
import { createMovement } from '../movements/create-movement';
import { launchMovement } from '../movements/launch-movement';
import { campaignInput } from '../movements/testing';
import { createScoringRound } from './create-round';
import { listScoringRounds } from './queries';
import { buildScoringWorld } from './test-fixtures';

const env = await createTestEnv({ today: '2026-03-01' });
const w = await buildScoringWorld(env);
const officer = env.ctx(w.officer.actor);
const dates = {
  launchDate: '2026-03-01',
  startDate: '2026-03-01',
  endDate: '2026-12-31',
  registrationDeadline: '2026-03-20',
  milestones: [{ kind: 'TONG_KET' as const, name: 'Tổng kết', date: '2026-12-20' }],
  reportPeriods: [{ name: 'Quý I/2026', asOf: '2026-03-31', dueDate: '2026-04-05' }],
};
// The movement reaches the whole district: every ward of the cluster takes part.
const m = await createMovement(
  officer,
  campaignInput(w.tree.district.id, [{ kind: 'SUBTREE', id: w.tree.district.id }], dates),
);
await launchMovement(officer, m.id, {});
// A movement of one ward only: the cluster is not inside it.
const small = await createMovement(
  officer,
  campaignInput(w.tree.district.id, [{ kind: 'UNIT', id: w.tree.ward.id }], {
    ...dates,
    name: 'Phong trào một phường',
  }),
);
await launchMovement(officer, small.id, {});
const input = (movementId: string) => ({
  name: 'Chấm điểm cụm phường của phong trào',
  templateId: w.template.id,
  clusterId: w.cluster.id,
  movementId,
});

describe('createScoringRound gắn với phong trào', () => {
  it('lập đợt chấm điểm cho cụm các đơn vị tham gia; phong trào liệt kê đợt của mình; ghi nhật ký', async () => {
    const r = await createScoringRound(officer, input(m.id));
    expect(r.movementId).toBe(m.id);
    expect((await listScoringRounds(officer, { movementId: m.id })).map((x) => x.id)).toEqual([r.id]);
    expect(await listScoringRounds(officer, { movementId: small.id })).toEqual([]);
    const logs = await env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'scoring_round.create'), eq(auditLog.entityId, r.id)));
    expect(logs).toHaveLength(1);
    expect(logs[0]!.after).toMatchObject({ movementId: m.id });
  });

  it('cụm có đơn vị không tham gia phong trào, phong trào chưa phát động, người không có quyền: từ chối, không ghi gì', async () => {
    const count = async () => (await env.database.db.select().from(scoringRounds)).length;
    const n = await count();
    await expect(createScoringRound(officer, input(small.id))).rejects.toMatchObject({
      code: 'UNIT_NOT_IN_MOVEMENT',
      details: [{ path: 'clusterId' }],
      message: expect.stringContaining('Phường Đa Kao'),
    });
    const draft = await createMovement(
      officer,
      campaignInput(w.tree.district.id, [{ kind: 'SUBTREE', id: w.tree.district.id }], {
        ...dates,
        name: 'Phong trào còn dự thảo',
      }),
    );
    await expect(createScoringRound(officer, input(draft.id))).rejects.toMatchObject({
      code: 'MOVEMENT_NOT_ACTIVE',
    });
    await expect(createScoringRound(env.ctx(w.clerks.w1.actor), input(m.id))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(createScoringRound(env.ctx(w.otherOfficer.actor), input(m.id))).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    expect(await count()).toBe(n);
  });
});
