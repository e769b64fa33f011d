import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, employments } from '../../db/schema';
import { buildActor, buildPerson, buildTree, createTestEnv } from '../../test/harness';
import { newId } from '../../lib/ids';
import { addEmployment, endEmployment } from './add-employment';

const env = await createTestEnv({ today: '2026-10-01' });
const tree = await buildTree(env);
const clerk = await buildActor(env, 'UNIT_CLERK', tree.district);
const council = await buildActor(env, 'COUNCIL_MEMBER', tree.district);

const empsOf = (personId: string) =>
  env.database.db
    .select()
    .from(employments)
    .where(eq(employments.personId, personId))
    .orderBy(employments.dateFrom);
const audits = (action: string, personId: string) =>
  env.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, personId)));

describe('addEmployment', () => {
  it('thêm quá trình công tác mới; chức vụ hiện tại theo quá trình đang mở', async () => {
    const p = await buildPerson(env, { unit: tree.district, from: '2010-01-01' });
    const [first] = await empsOf(p.id);
    await endEmployment(env.ctx(clerk.actor), p.id, first!.id, { to: '2019-12-31' });
    const out = await addEmployment(env.ctx(clerk.actor), p.id, {
      unitId: tree.ward.id,
      from: '2020-01-01',
      position: 'Chủ tịch UBND',
      isLeader: true,
    });
    expect(out.currentUnitId).toBe(tree.ward.id);
    expect(out.currentPosition).toBe('Chủ tịch UBND');
    expect(out.employments.map((e) => [e.unitName, e.from, e.to])).toEqual([
      ['Phường Bến Nghé', '2020-01-01', null],
      ['Quận Một', '2010-01-01', '2019-12-31'],
    ]);
  });

  it('ghi nhật ký person.add_employment', async () => {
    const p = await buildPerson(env);
    await addEmployment(env.ctx(clerk.actor), p.id, {
      unitId: tree.ward.id,
      from: '2021-05-01',
      position: 'Kế toán',
    });
    const rows = await audits('person.add_employment', p.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after).toMatchObject({
      unitId: tree.ward.id,
      dateFrom: '2021-05-01',
      position: 'Kế toán',
    });
  });

  it('từ chối giai đoạn chồng lấn tại cùng đơn vị (INVALID_PERIOD) và không ghi gì', async () => {
    const p = await buildPerson(env, { unit: tree.ward, from: '2015-01-01' });
    await expect(
      addEmployment(env.ctx(clerk.actor), p.id, {
        unitId: tree.ward.id,
        from: '2018-01-01',
        position: 'Phó',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_PERIOD' });
    await expect(
      addEmployment(env.ctx(clerk.actor), p.id, {
        unitId: tree.ward.id,
        from: '2010-01-01',
        to: '2015-01-01',
        position: 'Phó',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_PERIOD' });
    expect(await empsOf(p.id)).toHaveLength(1);
    expect(await audits('person.add_employment', p.id)).toHaveLength(0);
    // a period that ends the day before is fine
    await addEmployment(env.ctx(clerk.actor), p.id, {
      unitId: tree.ward.id,
      from: '2010-01-01',
      to: '2014-12-31',
      position: 'Phó',
    });
    expect(await empsOf(p.id)).toHaveLength(2);
  });

  it('từ chối ngày kết thúc trước ngày bắt đầu và ngày không có thật', async () => {
    const p = await buildPerson(env);
    await expect(
      addEmployment(env.ctx(clerk.actor), p.id, {
        unitId: tree.ward.id,
        from: '2020-01-01',
        to: '2019-01-01',
        position: 'X',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_PERIOD' });
    await expect(
      addEmployment(env.ctx(clerk.actor), p.id, { unitId: tree.ward.id, from: '2020-02-30', position: 'X' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await empsOf(p.id)).toHaveLength(0);
  });

  it('từ chối vai trò không có quyền (FORBIDDEN) và đơn vị ngoài phạm vi (OUT_OF_SCOPE)', async () => {
    const p = await buildPerson(env);
    await expect(
      addEmployment(env.ctx(council.actor), p.id, {
        unitId: tree.ward.id,
        from: '2020-01-01',
        position: 'X',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      addEmployment(env.ctx(clerk.actor), p.id, { unitId: tree.other.id, from: '2020-01-01', position: 'X' }),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    expect(await empsOf(p.id)).toHaveLength(0);
  });

  it('trả NOT_FOUND cho cán bộ không tồn tại', async () => {
    await expect(
      addEmployment(env.ctx(clerk.actor), newId(), {
        unitId: tree.ward.id,
        from: '2020-01-01',
        position: 'X',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('endEmployment', () => {
  it('kết thúc quá trình công tác: người không còn đơn vị hiện tại, có nhật ký trước/sau', async () => {
    const p = await buildPerson(env, { unit: tree.ward, from: '2015-01-01' });
    const [e] = await empsOf(p.id);
    const out = await endEmployment(env.ctx(clerk.actor), p.id, e!.id, { to: '2026-06-30' });
    expect(out.currentUnitId).toBeNull();
    expect(out.employments[0]!.to).toBe('2026-06-30');
    const rows = await audits('person.end_employment', p.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.before).toEqual({ employmentId: e!.id, to: null });
    expect(rows[0]!.after).toEqual({ employmentId: e!.id, to: '2026-06-30' });
  });

  it('từ chối ngày kết thúc trước ngày bắt đầu (INVALID_PERIOD)', async () => {
    const p = await buildPerson(env, { unit: tree.ward, from: '2015-01-01' });
    const [e] = await empsOf(p.id);
    await expect(
      endEmployment(env.ctx(clerk.actor), p.id, e!.id, { to: '2014-12-31' }),
    ).rejects.toMatchObject({
      code: 'INVALID_PERIOD',
    });
    expect((await empsOf(p.id))[0]!.dateTo).toBeNull();
  });

  it('từ chối người ngoài phạm vi hoặc không có quyền', async () => {
    const p = await buildPerson(env, { unit: tree.other, from: '2015-01-01' });
    const [e] = await empsOf(p.id);
    await expect(
      endEmployment(env.ctx(clerk.actor), p.id, e!.id, { to: '2020-01-01' }),
    ).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    const q = await buildPerson(env, { unit: tree.ward, from: '2015-01-01' });
    const [f] = await empsOf(q.id);
    await expect(
      endEmployment(env.ctx(council.actor), q.id, f!.id, { to: '2020-01-01' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await empsOf(p.id))[0]!.dateTo).toBeNull();
    expect((await empsOf(q.id))[0]!.dateTo).toBeNull();
  });

  it('trả NOT_FOUND khi quá trình công tác không thuộc cán bộ này', async () => {
    const p = await buildPerson(env, { unit: tree.ward });
    const q = await buildPerson(env, { unit: tree.ward });
    const [e] = await empsOf(q.id);
    await expect(
      endEmployment(env.ctx(clerk.actor), p.id, e!.id, { to: '2020-01-01' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      endEmployment(env.ctx(clerk.actor), p.id, 'abc', { to: '2020-01-01' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
