import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, clusters } from '../../db/schema';
import { buildActor, buildTree, buildUnit, createTestEnv } from '../../test/harness';
import { newId } from '../../lib/ids';
import { createCluster, listClusters, updateCluster } from './clusters';

const env = await createTestEnv({ today: '2026-10-01' });
const tree = await buildTree(env);
const w2 = await buildUnit(env, { name: 'Phường Đa Kao', kind: 'XA', parent: tree.district });
const w3 = await buildUnit(env, { name: 'Phường Cầu Kho', kind: 'XA', parent: tree.district });
const wOther = await buildUnit(env, { name: 'Phường Thảo Điền', kind: 'XA', parent: tree.other });
const officer = await buildActor(env, 'OFFICER', tree.district);
const provinceOfficer = await buildActor(env, 'OFFICER', tree.province);
const clerk = await buildActor(env, 'UNIT_CLERK', tree.district);
const otherHead = await buildActor(env, 'CLUSTER_HEAD', tree.other);

const clusterCount = async () => (await env.database.db.select({ n: count() }).from(clusters))[0]!.n;

const input = (over: Record<string, unknown> = {}) => ({
  name: 'Cụm thi đua các phường Quận Một',
  kind: 'CUM',
  year: 2026,
  organiserId: tree.district.id,
  members: [
    { unitId: tree.ward.id, role: 'HEAD' },
    { unitId: w2.id, role: 'DEPUTY' },
    { unitId: w3.id, role: 'MEMBER' },
  ],
  ...over,
});

describe('createCluster', () => {
  it('lập cụm với đơn vị trưởng cụm, phó và thành viên', async () => {
    const c = await createCluster(env.ctx(officer.actor), input());
    expect(c).toMatchObject({
      name: 'Cụm thi đua các phường Quận Một',
      kind: 'CUM',
      year: 2026,
      organiserName: 'Quận Một',
      headUnitId: tree.ward.id,
    });
    expect(c.members.map((m) => [m.name, m.role])).toEqual([
      ['Phường Bến Nghé', 'HEAD'],
      ['Phường Đa Kao', 'DEPUTY'],
      ['Phường Cầu Kho', 'MEMBER'],
    ]);
    const list = await listClusters(env.ctx(officer.actor), {});
    expect(list.map((x) => x.id)).toContain(c.id);
  });

  it('ghi nhật ký cluster.create', async () => {
    const c = await createCluster(env.ctx(officer.actor), input({ name: 'Cụm ghi nhật ký' }));
    const rows = await env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'cluster.create'), eq(auditLog.entityId, c.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after).toMatchObject({ name: 'Cụm ghi nhật ký', headUnitId: tree.ward.id });
  });

  it('từ chối vai trò không có quyền lập cụm (FORBIDDEN)', async () => {
    const n = await clusterCount();
    await expect(createCluster(env.ctx(clerk.actor), input())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await clusterCount()).toBe(n);
  });

  it('từ chối thành viên ngoài phạm vi (OUT_OF_SCOPE)', async () => {
    const n = await clusterCount();
    await expect(
      createCluster(
        env.ctx(officer.actor),
        input({
          members: [
            { unitId: tree.ward.id, role: 'HEAD' },
            { unitId: wOther.id, role: 'MEMBER' },
          ],
        }),
      ),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    expect(await clusterCount()).toBe(n);
  });

  it('từ chối cụm không có đúng một trưởng cụm hoặc có đơn vị trùng (VALIDATION_FAILED)', async () => {
    const n = await clusterCount();
    const twoHeads = await createCluster(
      env.ctx(officer.actor),
      input({
        members: [
          { unitId: tree.ward.id, role: 'HEAD' },
          { unitId: w2.id, role: 'HEAD' },
        ],
      }),
    ).catch((e: unknown) => e);
    expect(twoHeads).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'Cụm/khối phải có đúng một đơn vị trưởng cụm/khối.',
    });
    await expect(
      createCluster(
        env.ctx(officer.actor),
        input({
          members: [
            { unitId: tree.ward.id, role: 'HEAD' },
            { unitId: tree.ward.id, role: 'MEMBER' },
          ],
        }),
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(
      createCluster(env.ctx(officer.actor), input({ members: [{ unitId: tree.ward.id, role: 'HEAD' }] })),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await clusterCount()).toBe(n);
  });
});

describe('createCluster — đơn vị không tồn tại', () => {
  it('từ chối thành viên không tồn tại bằng VALIDATION_FAILED (không phải lỗi 500)', async () => {
    const n = await clusterCount();
    await expect(
      createCluster(
        env.ctx(provinceOfficer.actor),
        input({
          members: [
            { unitId: tree.ward.id, role: 'HEAD' },
            { unitId: newId(), role: 'MEMBER' },
          ],
        }),
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await clusterCount()).toBe(n);
  });
});

describe('updateCluster', () => {
  it('đổi trưởng cụm (luân phiên) và ghi nhật ký trước/sau', async () => {
    const c = await createCluster(env.ctx(officer.actor), input({ name: 'Cụm luân phiên' }));
    const out = await updateCluster(
      env.ctx(officer.actor),
      c.id,
      input({
        name: 'Cụm luân phiên',
        members: [
          { unitId: tree.ward.id, role: 'MEMBER' },
          { unitId: w2.id, role: 'HEAD' },
        ],
      }),
    );
    expect(out.headUnitId).toBe(w2.id);
    expect(out.members).toHaveLength(2);
    const rows = await env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'cluster.update'), eq(auditLog.entityId, c.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.before).toMatchObject({ headUnitId: tree.ward.id });
    expect(rows[0]!.after).toMatchObject({ headUnitId: w2.id });
  });

  it('từ chối người ngoài phạm vi sửa cụm (không đổi gì)', async () => {
    const c = await createCluster(env.ctx(officer.actor), input({ name: 'Cụm được bảo vệ' }));
    const provinceOnly = await buildActor(env, 'OFFICER', tree.other);
    await expect(
      updateCluster(env.ctx(provinceOnly.actor), c.id, input({ name: 'Bị sửa trộm' })),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    await expect(
      updateCluster(env.ctx(clerk.actor), c.id, input({ name: 'Bị sửa trộm' })),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const [row] = await env.database.db.select().from(clusters).where(eq(clusters.id, c.id));
    expect(row!.name).toBe('Cụm được bảo vệ');
  });

  it('trả NOT_FOUND cho cụm không tồn tại', async () => {
    await expect(updateCluster(env.ctx(officer.actor), newId(), input())).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(updateCluster(env.ctx(officer.actor), 'abc', input())).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('listClusters', () => {
  it('chỉ liệt kê cụm do đơn vị trong phạm vi tổ chức, theo năm', async () => {
    const c2025 = await createCluster(
      env.ctx(provinceOfficer.actor),
      input({ name: 'Cụm năm 2025', year: 2025 }),
    );
    const otherC = await createCluster(
      env.ctx(provinceOfficer.actor),
      input({
        name: 'Cụm Quận Hai',
        organiserId: tree.other.id,
        members: [
          { unitId: wOther.id, role: 'HEAD' },
          { unitId: tree.other.id, role: 'MEMBER' },
        ],
      }),
    );
    const mine = await listClusters(env.ctx(officer.actor), {});
    expect(mine.map((c) => c.id)).not.toContain(otherC.id);
    expect(mine.map((c) => c.id)).not.toContain(c2025.id);
    expect((await listClusters(env.ctx(officer.actor), { year: 2025 })).map((c) => c.id)).toEqual([c2025.id]);
    expect((await listClusters(env.ctx(otherHead.actor), {})).map((c) => c.id)).toEqual([otherC.id]);
  });
});
