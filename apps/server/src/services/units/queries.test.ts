import { describe, expect, it } from 'vitest';
import { buildActor, buildTree, buildUnit, createTestEnv } from '../../test/harness';
import { newId } from '../../lib/ids';
import { getUnit, getUnitTree, searchUnits } from './queries';

const env = await createTestEnv({ today: '2026-10-01' });
const tree = await buildTree(env);
const oldWard = await buildUnit(env, {
  name: 'Phường Đa Kao',
  kind: 'XA',
  parent: tree.district,
  validFrom: '2000-01-01',
  validTo: '2025-06-30',
});
const newWard = await buildUnit(env, {
  name: 'Phường Sài Gòn',
  kind: 'XA',
  parent: tree.province,
  validFrom: '2025-07-01',
});
const admin = await buildActor(env, 'SYSTEM_ADMIN', tree.province);
const scoped = await buildActor(env, 'UNIT_HEAD', tree.district);
const staffOther = await buildActor(env, 'STAFF', tree.other);

const ids = (t: { units: { id: string }[] }) => t.units.map((u) => u.id);

describe('getUnitTree', () => {
  it('năm 2020 có phường đã kết thúc ngày 30/06/2025, chưa có phường mới', async () => {
    const t = await getUnitTree(env.ctx(admin.actor), { asOf: '2020-06-01' });
    expect(t.asOf).toBe('2020-06-01');
    expect(ids(t)).toEqual(expect.arrayContaining([oldWard.id, tree.ward.id, tree.district.id]));
    expect(ids(t)).not.toContain(newWard.id);
  });

  it('hôm nay (mặc định) không còn phường đã kết thúc, có phường mới', async () => {
    const t = await getUnitTree(env.ctx(admin.actor), {});
    expect(t.asOf).toBe('2026-10-01');
    expect(ids(t)).toContain(newWard.id);
    expect(ids(t)).not.toContain(oldWard.id);
  });

  it('đơn vị còn hiệu lực đúng ngày cuối cùng và hết hiệu lực ngày hôm sau', async () => {
    expect(ids(await getUnitTree(env.ctx(admin.actor), { asOf: '2025-06-30' }))).toContain(oldWard.id);
    expect(ids(await getUnitTree(env.ctx(admin.actor), { asOf: '2025-07-01' }))).not.toContain(oldWard.id);
  });

  it('người được phân quyền tại quận chỉ thấy quận và đơn vị trực thuộc, quận là gốc', async () => {
    const t = await getUnitTree(env.ctx(scoped.actor), { asOf: '2020-06-01' });
    expect(ids(t).sort()).toEqual([tree.district.id, tree.ward.id, oldWard.id].sort());
    expect(t.units.find((u) => u.id === tree.district.id)?.parentId).toBeNull();
    expect(t.units.find((u) => u.id === tree.ward.id)?.parentId).toBe(tree.district.id);
  });

  it('từ chối khi chưa đăng nhập', async () => {
    await expect(getUnitTree(env.ctx(null), {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('searchUnits', () => {
  it('tìm không dấu: "phuong ben nghe" ra "Phường Bến Nghé"', async () => {
    const page = await searchUnits(env.ctx(admin.actor), { q: 'phuong ben nghe' });
    expect(page.items.map((u) => u.name)).toEqual(['Phường Bến Nghé']);
    expect(page.total).toBe(1);
  });

  it('tìm theo một phần tên, lọc theo cấp, sắp xếp theo tên', async () => {
    const page = await searchUnits(env.ctx(admin.actor), { q: 'PHUONG', kind: 'XA', sort: 'name' });
    expect(page.items.map((u) => u.name)).toEqual(['Phường Bến Nghé', 'Phường Đa Kao', 'Phường Sài Gòn']);
    const desc = await searchUnits(env.ctx(admin.actor), { q: 'phuong', sort: '-name' });
    expect(desc.items.map((u) => u.name)).toEqual(['Phường Sài Gòn', 'Phường Đa Kao', 'Phường Bến Nghé']);
  });

  it('lọc theo ngày: năm 2020 không có phường thành lập năm 2025', async () => {
    const page = await searchUnits(env.ctx(admin.actor), { q: 'phuong', asOf: '2020-01-01' });
    expect(page.items.map((u) => u.id)).not.toContain(newWard.id);
    expect(page.items.map((u) => u.id)).toContain(oldWard.id);
  });

  it('phân trang: tổng không đổi, mỗi trang một phần', async () => {
    const p1 = await searchUnits(env.ctx(admin.actor), { q: 'phuong', pageSize: 2, page: 1 });
    const p2 = await searchUnits(env.ctx(admin.actor), { q: 'phuong', pageSize: 2, page: 2 });
    expect(p1.total).toBe(3);
    expect(p2.total).toBe(3);
    expect(p1.items).toHaveLength(2);
    expect(p2.items).toHaveLength(1);
    expect(new Set([...p1.items, ...p2.items].map((u) => u.id)).size).toBe(3);
  });

  it('người được phân quyền tại quận chỉ tìm thấy đơn vị trong quận', async () => {
    const page = await searchUnits(env.ctx(scoped.actor), { q: 'phuong' });
    expect(page.items.map((u) => u.id).sort()).toEqual([tree.ward.id, oldWard.id].sort());
    const none = await searchUnits(env.ctx(staffOther.actor), { q: 'ben nghe' });
    expect(none.items).toHaveLength(0);
  });

  it('từ chối tham số sai (VALIDATION_FAILED)', async () => {
    await expect(searchUnits(env.ctx(admin.actor), { kind: 'LANG', pageSize: 1000 })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});

describe('getUnit', () => {
  it('trả chi tiết đơn vị với tên cấp trên', async () => {
    const d = await getUnit(env.ctx(admin.actor), tree.ward.id);
    expect(d).toMatchObject({ id: tree.ward.id, name: 'Phường Bến Nghé', parentId: tree.district.id });
    expect(d.versions[0]!.parentName).toBe('Quận Một');
  });

  it('trả NOT_FOUND cho mã không tồn tại hoặc không phải uuid', async () => {
    await expect(getUnit(env.ctx(admin.actor), newId())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getUnit(env.ctx(admin.actor), 'abc')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('từ chối xem đơn vị ngoài phạm vi (OUT_OF_SCOPE)', async () => {
    await expect(getUnit(env.ctx(scoped.actor), tree.other.id)).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
  });
});
