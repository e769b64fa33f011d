import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, persons } from '../../db/schema';
import { buildActor, buildPerson, buildTree, createTestEnv } from '../../test/harness';
import { newId } from '../../lib/ids';
import { updatePerson } from './update-person';

const env = await createTestEnv();
const tree = await buildTree(env);
const clerk = await buildActor(env, 'UNIT_CLERK', tree.district);
const otherClerk = await buildActor(env, 'UNIT_CLERK', tree.other);
const head = await buildActor(env, 'UNIT_HEAD', tree.district);

const row = async (id: string) =>
  (await env.database.db.select().from(persons).where(eq(persons.id, id)))[0]!;
const audits = (id: string) =>
  env.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'person.update'), eq(auditLog.entityId, id)));

describe('updatePerson', () => {
  it('sửa họ tên và số điện thoại, tăng version', async () => {
    const p = await buildPerson(env, {
      fullName: 'Hoàng Văn Nam',
      unit: tree.ward,
      nationalId: '001080000111',
    });
    const out = await updatePerson(env.ctx(clerk.actor), p.id, {
      version: 1,
      fullName: 'hoàng  văn   nam sơn',
      phone: '0901234567',
    });
    expect(out).toMatchObject({ fullName: 'Hoàng Văn Nam Sơn', phone: '0901234567', version: 2 });
    expect(await row(p.id)).toMatchObject({ fullName: 'Hoàng Văn Nam Sơn', version: 2 });
  });

  it('ghi nhật ký person.update với giá trị trước/sau (CCCD được che)', async () => {
    const p = await buildPerson(env, { fullName: 'Vũ Thị Lan', unit: tree.ward, nationalId: '001080000222' });
    await updatePerson(env.ctx(clerk.actor), p.id, { version: 1, nationalId: '001080000333' });
    const rows = await audits(p.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.before).toMatchObject({ nationalId: '********0222', version: 1 });
    expect(rows[0]!.after).toMatchObject({ nationalId: '********0333', version: 2 });
    expect(JSON.stringify(rows[0])).not.toContain('001080000333');
  });

  it('từ chối bản sửa dựa trên version cũ (CONFLICT) và không ghi đè', async () => {
    const p = await buildPerson(env, { fullName: 'Đỗ Văn Hùng', unit: tree.ward });
    await updatePerson(env.ctx(clerk.actor), p.id, { version: 1, phone: '0911111111' });
    await expect(
      updatePerson(env.ctx(clerk.actor), p.id, { version: 1, phone: '0922222222' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await row(p.id)).phone).toBe('0911111111');
    expect(await audits(p.id)).toHaveLength(1);
    expect((await audits(p.id))[0]!.after).toMatchObject({ phone: '0911111111' });
  });

  it('từ chối vai trò không có quyền sửa (FORBIDDEN)', async () => {
    const p = await buildPerson(env, { unit: tree.ward });
    await expect(updatePerson(env.ctx(head.actor), p.id, { version: 1, phone: '1' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await audits(p.id)).toHaveLength(0);
  });

  it('từ chối sửa cán bộ chưa từng công tác trong phạm vi (OUT_OF_SCOPE)', async () => {
    const p = await buildPerson(env, { unit: tree.ward });
    await expect(
      updatePerson(env.ctx(otherClerk.actor), p.id, { version: 1, phone: '1' }),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    expect((await row(p.id)).version).toBe(1);
  });

  it('từ chối dữ liệu sai (VALIDATION_FAILED) và không ghi gì', async () => {
    const p = await buildPerson(env, { unit: tree.ward });
    await expect(
      updatePerson(env.ctx(clerk.actor), p.id, { version: 1, nationalId: '123', dateOfBirth: '1990-02-30' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(updatePerson(env.ctx(clerk.actor), p.id, { phone: '1' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect((await row(p.id)).version).toBe(1);
    expect(await audits(p.id)).toHaveLength(0);
  });

  it('từ chối CCCD đã thuộc về người khác (DUPLICATE_NATIONAL_ID)', async () => {
    await buildPerson(env, { nationalId: '001080000444' });
    const p = await buildPerson(env, { unit: tree.ward });
    await expect(
      updatePerson(env.ctx(clerk.actor), p.id, { version: 1, nationalId: '001080000444' }),
    ).rejects.toMatchObject({ code: 'DUPLICATE_NATIONAL_ID' });
    expect((await row(p.id)).version).toBe(1);
  });

  it('trả NOT_FOUND cho cán bộ không tồn tại', async () => {
    await expect(updatePerson(env.ctx(clerk.actor), newId(), { version: 1 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(updatePerson(env.ctx(clerk.actor), 'xyz', { version: 1 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
