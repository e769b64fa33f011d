import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '@vinhdanh/shared';
import { eq } from 'drizzle-orm';
import { unitVersions } from '../db/schema';
import { buildActor, buildTree, buildUnit, createTestEnv } from '../test/harness';
import { PERMISSIONS, ROLE_PERMISSIONS } from './permissions';
import { allowed, authorize, hasPermission, scopeFor, subtreeUnitIds } from './scope';
import { newId } from '../lib/ids';

const env = await createTestEnv();
const tree = await buildTree(env);

// A ward that sat under Quận Một until 2019 and was then moved under Quận Hai (two versions).
const moved = await buildUnit(env, { name: 'Phường Đã Chuyển', kind: 'XA', parent: tree.district });
// the factory's single version becomes the historical one
await env.database.db
  .update(unitVersions)
  .set({ validTo: '2019-12-31' })
  .where(eq(unitVersions.unitId, moved.id));
await env.database.db.insert(unitVersions).values({
  id: newId(),
  unitId: moved.id,
  validFrom: '2020-01-01',
  validTo: null,
  name: 'Phường Đã Chuyển',
  parentId: tree.other.id,
});

const actors = new Map<Role, Awaited<ReturnType<typeof buildActor>>>();
for (const role of ROLES) actors.set(role, await buildActor(env, role, tree.district));
// A second database where one root unit lies outside the granted tree.
const local = await createTestEnv();

const ctxOf = (role: Role) => env.ctx(actors.get(role)!.actor);

const matrix = ROLES.flatMap((role) =>
  PERMISSIONS.map((perm) => ({ role, perm, granted: ROLE_PERMISSIONS[role].includes(perm) })),
);

describe('ma trận vai trò × quyền × phạm vi (cấp quyền tại Quận Một)', () => {
  it.each(matrix.filter((c) => c.granted))(
    '$role được $perm với phường bên trong quận',
    async ({ role, perm }) => {
      await expect(authorize(ctxOf(role), perm, [tree.ward.id])).resolves.toBeUndefined();
      await expect(authorize(ctxOf(role), perm, [tree.district.id])).resolves.toBeUndefined();
      expect(await allowed(ctxOf(role), perm, [tree.ward.id])).toBe(true);
    },
  );

  it.each(matrix.filter((c) => c.granted))(
    '$role bị từ chối $perm với quận khác (OUT_OF_SCOPE)',
    async ({ role, perm }) => {
      await expect(authorize(ctxOf(role), perm, [tree.other.id])).rejects.toMatchObject({
        code: 'OUT_OF_SCOPE',
      });
      await expect(authorize(ctxOf(role), perm, [tree.province.id])).rejects.toMatchObject({
        code: 'OUT_OF_SCOPE',
      });
      // one unit outside is enough to refuse the whole request
      await expect(authorize(ctxOf(role), perm, [tree.ward.id, tree.other.id])).rejects.toMatchObject({
        code: 'OUT_OF_SCOPE',
      });
      expect(await allowed(ctxOf(role), perm, [tree.other.id])).toBe(false);
    },
  );

  it.each(matrix.filter((c) => !c.granted))(
    '$role không có quyền $perm ở bất cứ đâu (FORBIDDEN)',
    async ({ role, perm }) => {
      expect(hasPermission(ctxOf(role), perm)).toBe(false);
      await expect(authorize(ctxOf(role), perm, [tree.ward.id])).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(authorize(ctxOf(role), perm, [tree.other.id])).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(authorize(ctxOf(role), perm)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(await scopeFor(ctxOf(role), perm)).toEqual(new Set());
    },
  );
});

describe('phạm vi theo cây tổ chức có lịch sử', () => {
  it('vẫn coi đơn vị đã chuyển ra khỏi quận là thuộc phạm vi quận (theo lịch sử)', async () => {
    const ids = await subtreeUnitIds(env.ctx(), tree.district.id);
    expect(ids.has(moved.id)).toBe(true);
    await expect(authorize(ctxOf('OFFICER'), 'unit.manage', [moved.id])).resolves.toBeUndefined();
  });

  it('đơn vị đã chuyển cũng thuộc phạm vi của đơn vị cấp trên mới', async () => {
    const officerOther = await buildActor(env, 'OFFICER', tree.other);
    await expect(authorize(env.ctx(officerOther.actor), 'unit.manage', [moved.id])).resolves.toBeUndefined();
    await expect(authorize(env.ctx(officerOther.actor), 'unit.manage', [tree.ward.id])).rejects.toMatchObject(
      { code: 'OUT_OF_SCOPE' },
    );
  });

  it('phạm vi cấp tại quận là tập hợp quận và các đơn vị từng trực thuộc, không gồm tỉnh và quận khác', async () => {
    const scope = await scopeFor(ctxOf('OFFICER'), 'unit.manage');
    expect(scope).not.toBe('ALL');
    const set = scope as Set<string>;
    expect([...set].sort()).toEqual([tree.district.id, tree.ward.id, moved.id].sort());
  });

  it("nhận ra phạm vi 'ALL' khi quyền được cấp tại gốc của toàn bộ cây", async () => {
    const admin = await buildActor(env, 'SYSTEM_ADMIN', tree.province);
    expect(await scopeFor(env.ctx(admin.actor), 'account.manage')).toBe('ALL');
    const staff = await buildActor(env, 'STAFF', tree.province);
    expect(await scopeFor(env.ctx(staff.actor), 'unit.read')).toBe('ALL');
    // STAFF at the root still has no person.read anywhere
    expect(await scopeFor(env.ctx(staff.actor), 'person.read')).toEqual(new Set());
  });

  it('không coi là ALL khi có đơn vị gốc khác nằm ngoài cây được cấp', async () => {
    const t = await buildTree(local);
    const stray = await buildUnit(local, { name: 'Bộ Khác', kind: 'CO_QUAN' });
    const officer = await buildActor(local, 'OFFICER', t.province);
    const scope = await scopeFor(local.ctx(officer.actor), 'unit.manage');
    expect(scope).not.toBe('ALL');
    expect((scope as Set<string>).has(stray.id)).toBe(false);
    expect((scope as Set<string>).has(t.ward.id)).toBe(true);
  });

  it('gộp phạm vi của nhiều vai trò: mỗi quyền chỉ theo vai trò mang quyền đó', async () => {
    const a = await buildActor(env, 'UNIT_CLERK', tree.district);
    const actor = {
      ...a.actor,
      grants: [...a.actor.grants, { role: 'OFFICER' as const, unitId: tree.other.id }],
    };
    const ctx = env.ctx(actor);
    await expect(authorize(ctx, 'person.manage', [tree.ward.id, tree.other.id])).resolves.toBeUndefined();
    await expect(authorize(ctx, 'unit.manage', [tree.other.id])).resolves.toBeUndefined();
    await expect(authorize(ctx, 'unit.manage', [tree.ward.id])).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
  });

  it('từ chối mã đơn vị sai định dạng (VALIDATION_FAILED) kể cả với phạm vi toàn bộ', async () => {
    const admin = await buildActor(env, 'SYSTEM_ADMIN', tree.province);
    await expect(authorize(env.ctx(admin.actor), 'unit.manage', ['abc'])).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(authorize(ctxOf('OFFICER'), 'unit.manage', [tree.ward.id, 'abc'])).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('từ chối khi chưa đăng nhập (UNAUTHENTICATED)', async () => {
    await expect(authorize(env.ctx(null), 'unit.read', [tree.ward.id])).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await expect(scopeFor(env.ctx(null), 'unit.read')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await allowed(env.ctx(null), 'unit.read', [tree.ward.id])).toBe(false);
  });
});
