import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, scoringCriteria, scoringTemplates } from '../../db/schema';
import { buildActor, buildTree, createTestEnv } from '../../test/harness';
import { createScoringTemplate, listScoringTemplates, updateScoringTemplate } from './templates';

const env = await createTestEnv({ today: '2026-10-01' });
const tree = await buildTree(env);
const officer = await buildActor(env, 'OFFICER', tree.district);
const otherOfficer = await buildActor(env, 'OFFICER', tree.other);
const clerk = await buildActor(env, 'UNIT_CLERK', tree.district);

const templateCount = async () => (await env.database.db.select({ n: count() }).from(scoringTemplates))[0]!.n;

export const templateInput = (ownerUnitId: string, over: Record<string, unknown> = {}) => ({
  name: 'Bảng chấm điểm thi đua cụm phường 2026',
  ownerUnitId,
  groups: [
    {
      name: 'Thực hiện nhiệm vụ chính trị',
      criteria: [
        { name: 'Hoàn thành chỉ tiêu kinh tế – xã hội', maxPoints: 30, evidenceRequired: true },
        { name: 'Cải cách hành chính', maxPoints: 20 },
      ],
    },
    { name: 'Công tác thi đua, khen thưởng', criteria: [{ name: 'Tổ chức phong trào', maxPoints: 10.5 }] },
  ],
  ...over,
});

describe('createScoringTemplate', () => {
  it('lập mẫu với nhóm tiêu chí, điểm tối đa và yêu cầu minh chứng', async () => {
    const t = await createScoringTemplate(env.ctx(officer.actor), templateInput(tree.district.id));
    expect(t).toMatchObject({
      name: 'Bảng chấm điểm thi đua cụm phường 2026',
      ownerUnitName: 'Quận Một',
      maxTotal: 60.5,
    });
    expect(
      t.groups.map((g) => [g.name, g.criteria.map((c) => [c.name, c.maxPoints, c.evidenceRequired])]),
    ).toEqual([
      [
        'Thực hiện nhiệm vụ chính trị',
        [
          ['Hoàn thành chỉ tiêu kinh tế – xã hội', 30, true],
          ['Cải cách hành chính', 20, false],
        ],
      ],
      ['Công tác thi đua, khen thưởng', [['Tổ chức phong trào', 10.5, false]]],
    ]);
    expect((await listScoringTemplates(env.ctx(officer.actor))).map((x) => x.id)).toContain(t.id);
    expect((await listScoringTemplates(env.ctx(otherOfficer.actor))).map((x) => x.id)).not.toContain(t.id);
  });

  it('ghi nhật ký scoring_template.create', async () => {
    const t = await createScoringTemplate(
      env.ctx(officer.actor),
      templateInput(tree.district.id, { name: 'Mẫu nhật ký' }),
    );
    const rows = await env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'scoring_template.create'), eq(auditLog.entityId, t.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after).toMatchObject({ name: 'Mẫu nhật ký', maxTotal: 60.5 });
  });

  it('từ chối cán bộ đơn vị (FORBIDDEN) và đơn vị ngoài phạm vi (OUT_OF_SCOPE), không ghi gì', async () => {
    const n = await templateCount();
    await expect(
      createScoringTemplate(env.ctx(clerk.actor), templateInput(tree.district.id)),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      createScoringTemplate(env.ctx(otherOfficer.actor), templateInput(tree.district.id)),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    expect(await templateCount()).toBe(n);
  });

  it('từ chối điểm tối đa không hợp lệ và nhóm rỗng bằng lỗi tiếng Việt', async () => {
    const n = await templateCount();
    const bad = await createScoringTemplate(
      env.ctx(officer.actor),
      templateInput(tree.district.id, {
        groups: [
          { name: 'Nhóm', criteria: [{ name: 'Tiêu chí', maxPoints: 0 }] },
          { name: 'Rỗng', criteria: [] },
        ],
      }),
    ).catch((e: unknown) => e);
    expect(bad).toMatchObject({ code: 'VALIDATION_FAILED' });
    const details = (bad as { details: { path: string; message: string }[] }).details;
    expect(details).toContainEqual({
      path: 'groups.0.criteria.0.maxPoints',
      message: 'Điểm tối đa phải lớn hơn 0.',
    });
    expect(details).toContainEqual({
      path: 'groups.1.criteria',
      message: 'Mỗi nhóm cần ít nhất 1 tiêu chí.',
    });
    expect(await templateCount()).toBe(n);
  });
});

describe('updateScoringTemplate', () => {
  it('thay nhóm và tiêu chí, tăng phiên bản, ghi nhật ký trước/sau', async () => {
    const t = await createScoringTemplate(env.ctx(officer.actor), templateInput(tree.district.id));
    const u = await updateScoringTemplate(
      env.ctx(officer.actor),
      t.id,
      templateInput(tree.district.id, {
        groups: [{ name: 'Một nhóm', criteria: [{ name: 'Một tiêu chí', maxPoints: 100 }] }],
      }),
    );
    expect(u.version).toBe(2);
    expect(u.maxTotal).toBe(100);
    const left = await env.database.db
      .select()
      .from(scoringCriteria)
      .where(eq(scoringCriteria.templateId, t.id));
    expect(left.map((c) => c.name)).toEqual(['Một tiêu chí']);
    const [row] = await env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'scoring_template.update'), eq(auditLog.entityId, t.id)));
    expect(row!.before).toMatchObject({ maxTotal: 60.5, version: 1 });
    expect(row!.after).toMatchObject({ maxTotal: 100, version: 2 });
  });

  it('từ chối người ngoài phạm vi sửa mẫu', async () => {
    const t = await createScoringTemplate(env.ctx(officer.actor), templateInput(tree.district.id));
    await expect(
      updateScoringTemplate(env.ctx(otherOfficer.actor), t.id, templateInput(tree.other.id)),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
  });
});
