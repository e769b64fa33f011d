import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, councilMembers, councils } from '../../db/schema';
import { buildActor, buildPerson, buildTree, createTestEnv } from '../../test/harness';
import { addCouncilMember, createCouncil, endCouncilMember, getCouncil, listCouncils } from './councils';

const env = await createTestEnv({ today: '2026-10-01' });
const tree = await buildTree(env);
const officer = await buildActor(env, 'OFFICER', tree.district);
const otherOfficer = await buildActor(env, 'OFFICER', tree.other);
const clerk = await buildActor(env, 'UNIT_CLERK', tree.district);
const p1 = await buildPerson(env, { unit: tree.district, fullName: 'Trần Văn Chủ' });
const p2 = await buildPerson(env, { unit: tree.district, fullName: 'Lê Thị Phó' });
const p3 = await buildPerson(env, { unit: tree.district, fullName: 'Phạm Văn Thư' });
const memberActor = await buildActor(env, 'STAFF', tree.ward, p2.id);

const input = (over: Record<string, unknown> = {}) => ({
  unitId: tree.district.id,
  name: 'Hội đồng Thi đua – Khen thưởng Quận Một',
  termFrom: '2021-06-01',
  termTo: '2026-05-31',
  basis: 'Quyết định số 15/QĐ-UBND ngày 01/06/2021 của UBND Quận Một',
  ...over,
});
const n = async () => (await env.database.db.select({ n: count() }).from(councils))[0]!.n;

describe('createCouncil', () => {
  it('thành lập Hội đồng của một cơ quan cho một nhiệm kỳ, ghi nhật ký council.create', async () => {
    const c = await createCouncil(env.ctx(officer.actor), input());
    expect(c).toMatchObject({
      unitName: 'Quận Một',
      termFrom: '2021-06-01',
      termTo: '2026-05-31',
      members: [],
    });
    const rows = await env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'council.create'), eq(auditLog.entityId, c.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after).toMatchObject({ name: 'Hội đồng Thi đua – Khen thưởng Quận Một' });
  });

  it('từ chối vai trò không có quyền (FORBIDDEN) và đơn vị ngoài phạm vi (OUT_OF_SCOPE)', async () => {
    const before = await n();
    await expect(createCouncil(env.ctx(clerk.actor), input())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createCouncil(env.ctx(otherOfficer.actor), input())).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    expect(await n()).toBe(before);
  });

  it('từ chối nhiệm kỳ ngược và dữ liệu thiếu bằng lỗi tiếng Việt', async () => {
    const before = await n();
    await expect(
      createCouncil(env.ctx(officer.actor), input({ termFrom: '2026-01-01', termTo: '2021-01-01' })),
    ).rejects.toMatchObject({ code: 'INVALID_PERIOD' });
    const e = await createCouncil(env.ctx(officer.actor), input({ basis: '  ' })).catch((x: unknown) => x);
    expect(e).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'basis', message: 'Không được để trống.' }],
    });
    expect(await n()).toBe(before);
  });
});

describe('thành viên Hội đồng theo nhiệm kỳ', () => {
  it('thêm Chủ tịch, Phó Chủ tịch, Thư ký; thành viên đương nhiệm theo ngày; miễn nhiệm giữ lịch sử', async () => {
    const c = await createCouncil(env.ctx(officer.actor), input({ name: 'Hội đồng có thành viên' }));
    await addCouncilMember(env.ctx(officer.actor), c.id, {
      personId: p1.id,
      role: 'CHU_TICH',
      position: 'Chủ tịch UBND Quận',
      fromDate: '2021-06-01',
    });
    await addCouncilMember(env.ctx(officer.actor), c.id, {
      personId: p3.id,
      role: 'THU_KY',
      fromDate: '2021-06-01',
    });
    const after = await addCouncilMember(env.ctx(officer.actor), c.id, {
      personId: p2.id,
      role: 'PHO_CHU_TICH',
      fromDate: '2022-01-01',
      toDate: '2025-12-31',
    });
    expect(after.members.map((m) => [m.fullName, m.role, m.inOffice])).toEqual([
      ['Trần Văn Chủ', 'CHU_TICH', true],
      ['Lê Thị Phó', 'PHO_CHU_TICH', false],
      ['Phạm Văn Thư', 'THU_KY', true],
    ]);
    const secretary = after.members.find((m) => m.personId === p3.id)!;
    const ended = await endCouncilMember(env.ctx(officer.actor), c.id, secretary.id, {
      toDate: '2026-03-31',
    });
    expect(ended.members.find((m) => m.id === secretary.id)).toMatchObject({
      toDate: '2026-03-31',
      inOffice: false,
    });
    const audit = await env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, c.id)));
    expect(audit.map((a) => a.action)).toEqual([
      'council.create',
      'council.add_member',
      'council.add_member',
      'council.add_member',
      'council.end_member',
    ]);
    // a seat that overlaps an existing seat of the same person is refused
    await expect(
      addCouncilMember(env.ctx(officer.actor), c.id, {
        personId: p1.id,
        role: 'UY_VIEN',
        fromDate: '2024-01-01',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    // the member sees the council they sit on, another district's officer does not
    expect((await listCouncils(env.ctx(memberActor.actor), {})).map((x) => x.id)).toContain(c.id);
    expect((await listCouncils(env.ctx(otherOfficer.actor), {})).map((x) => x.id)).not.toContain(c.id);
    await expect(getCouncil(env.ctx(otherOfficer.actor), c.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('từ chối người không có quyền thêm/miễn nhiệm thành viên; ngày ngoài nhiệm kỳ bị từ chối', async () => {
    const c = await createCouncil(env.ctx(officer.actor), input({ name: 'Hội đồng được bảo vệ' }));
    await expect(
      addCouncilMember(env.ctx(clerk.actor), c.id, {
        personId: p1.id,
        role: 'UY_VIEN',
        fromDate: '2021-06-01',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      addCouncilMember(env.ctx(otherOfficer.actor), c.id, {
        personId: p1.id,
        role: 'UY_VIEN',
        fromDate: '2021-06-01',
      }),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    await expect(
      addCouncilMember(env.ctx(officer.actor), c.id, {
        personId: p1.id,
        role: 'UY_VIEN',
        fromDate: '2020-01-01',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(
      addCouncilMember(env.ctx(officer.actor), c.id, {
        personId: p1.id,
        role: 'VUA',
        fromDate: '2021-06-01',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const seats = await env.database.db
      .select()
      .from(councilMembers)
      .where(eq(councilMembers.councilId, c.id));
    expect(seats).toHaveLength(0);
    const ok = await addCouncilMember(env.ctx(officer.actor), c.id, {
      personId: p1.id,
      role: 'UY_VIEN',
      fromDate: '2021-06-01',
    });
    await expect(
      endCouncilMember(env.ctx(clerk.actor), c.id, ok.members[0]!.id, { toDate: '2025-01-01' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
