import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, units } from '../../db/schema';
import { buildActor, buildTree, createTestEnv } from '../../test/harness';
import { newId } from '../../lib/ids';
import { updateUnit } from './update-unit';

const env = await createTestEnv();
const tree = await buildTree(env);
const officer = await buildActor(env, 'OFFICER', tree.district);
const head = await buildActor(env, 'UNIT_HEAD', tree.district);
const admin = await buildActor(env, 'SYSTEM_ADMIN', tree.province);

const unitRow = async (id: string) =>
  (await env.database.db.select().from(units).where(eq(units.id, id)))[0]!;
const audits = (id: string) =>
  env.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'unit.update'), eq(auditLog.entityId, id)));

describe('updateUnit', () => {
  it('sửa địa chỉ, lĩnh vực và tư cách pháp nhân của phường trong phạm vi', async () => {
    const out = await updateUnit(env.ctx(officer.actor), tree.ward.id, {
      address: '45 Lê Duẩn',
      field: 'Hành chính',
      hasLegalPersonality: false,
    });
    expect(out).toMatchObject({
      id: tree.ward.id,
      name: 'Phường Bến Nghé',
      address: '45 Lê Duẩn',
      field: 'Hành chính',
      hasLegalPersonality: false,
    });
    expect(await unitRow(tree.ward.id)).toMatchObject({ address: '45 Lê Duẩn', hasLegalPersonality: false });
  });

  it('ghi nhật ký unit.update với giá trị trước và sau', async () => {
    await updateUnit(env.ctx(officer.actor), tree.ward.id, { address: '99 Nguyễn Huệ' });
    const rows = await audits(tree.ward.id);
    const last = rows.at(-1)!;
    expect(last.before).toMatchObject({ address: '45 Lê Duẩn' });
    expect(last.after).toMatchObject({ address: '99 Nguyễn Huệ', field: 'Hành chính' });
  });

  it('đổi tên viết tắt trên phiên bản đang hiệu lực và ghi vào nhật ký', async () => {
    const out = await updateUnit(env.ctx(officer.actor), tree.ward.id, { shortName: 'P. Bến Nghé' });
    expect(out.shortName).toBe('P. Bến Nghé');
    expect(out.name).toBe('Phường Bến Nghé');
    const last = (await audits(tree.ward.id)).at(-1)!;
    expect(last.before).toMatchObject({ shortName: null });
    expect(last.after).toMatchObject({ shortName: 'P. Bến Nghé' });
  });

  it('chỉ đổi trường được gửi lên, giữ nguyên trường khác', async () => {
    await updateUnit(env.ctx(officer.actor), tree.ward.id, { field: 'Y tế' });
    expect(await unitRow(tree.ward.id)).toMatchObject({ address: '99 Nguyễn Huệ', field: 'Y tế' });
  });

  it('từ chối vai trò chỉ được xem (FORBIDDEN) và không ghi gì', async () => {
    const n = (await audits(tree.ward.id)).length;
    await expect(updateUnit(env.ctx(head.actor), tree.ward.id, { address: 'X' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await unitRow(tree.ward.id)).address).toBe('99 Nguyễn Huệ');
    expect(await audits(tree.ward.id)).toHaveLength(n);
  });

  it('từ chối sửa đơn vị ngoài phạm vi (OUT_OF_SCOPE)', async () => {
    await expect(updateUnit(env.ctx(officer.actor), tree.other.id, { address: 'X' })).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    expect((await unitRow(tree.other.id)).address).toBeNull();
    expect(await audits(tree.other.id)).toHaveLength(0);
  });

  it('từ chối dữ liệu sai (VALIDATION_FAILED) và không ghi gì', async () => {
    const n = (await audits(tree.ward.id)).length;
    await expect(
      updateUnit(env.ctx(officer.actor), tree.ward.id, {
        hasLegalPersonality: 'có',
        address: 'x'.repeat(301),
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await unitRow(tree.ward.id)).address).toBe('99 Nguyễn Huệ');
    expect(await audits(tree.ward.id)).toHaveLength(n);
  });

  it('trả NOT_FOUND cho đơn vị không tồn tại hoặc mã không phải uuid', async () => {
    await expect(updateUnit(env.ctx(admin.actor), newId(), { address: 'X' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(updateUnit(env.ctx(admin.actor), 'khong-phai-uuid', { address: 'X' })).rejects.toMatchObject(
      {
        code: 'NOT_FOUND',
      },
    );
  });
});
