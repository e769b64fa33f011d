import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { employments, persons } from '../db/schema';
import { buildActor, buildPerson, buildTree, createTestApp, login } from '../test/harness';
import { searchPeople } from '../services/people/queries';
import { readDataVersion, VersionedCache } from './versioned-cache';

describe('VersionedCache', () => {
  it('hits only under the same version, evicts the least recently used and expires old entries', () => {
    const c = new VersionedCache<string>(2, 1000);
    c.set('a', 1, 'A', 0);
    expect(c.get('a', 1, 10)).toBe('A');
    expect(c.get('a', 2, 10)).toBeUndefined(); // another version: a miss, and the entry is dropped
    expect(c.get('a', 1, 10)).toBeUndefined();
    c.set('a', 1, 'A', 0);
    c.set('b', 1, 'B', 0);
    c.get('a', 1, 1); // a is now the most recently used
    c.set('c', 1, 'C', 2);
    expect(c.get('b', 1, 3)).toBeUndefined();
    expect(c.get('a', 1, 3)).toBe('A');
    expect(c.get('c', 1, 1003)).toBeUndefined(); // older than the maximum age
    expect(c.size).toBe(1);
  });
});

const t = await createTestApp({ today: '2026-10-01' });
const tree = await buildTree(t);
const an = await buildPerson(t, {
  fullName: 'Nguyễn Văn Cache',
  unit: tree.ward,
  nationalId: '001085000101',
});
const officer = await buildActor(t, 'OFFICER', tree.province);
const districtHead = await buildActor(t, 'UNIT_HEAD', tree.district);
const db = t.database.db;
const version = () => readDataVersion(db, 'people');

describe('phiên bản dữ liệu cán bộ (data_versions)', () => {
  it('mọi thay đổi bảng cán bộ, quá trình công tác, đơn vị đều tăng phiên bản trong cùng giao dịch', async () => {
    const v0 = await version();
    await db.update(persons).set({ ethnicity: 'Kinh' }).where(eq(persons.id, an.id));
    const v1 = await version();
    expect(v1).toBeGreaterThan(v0);
    await db.execute(sql`UPDATE unit_versions SET name = name WHERE unit_id = ${tree.ward.id}`);
    expect(await version()).toBeGreaterThan(v1);
  });

  it('giao dịch bị hủy không tăng phiên bản', async () => {
    const v0 = await version();
    await expect(
      db.transaction(async (tx) => {
        await tx.update(persons).set({ ethnicity: 'Tày' }).where(eq(persons.id, an.id));
        throw new Error('hủy');
      }),
    ).rejects.toThrow('hủy');
    expect(await version()).toBe(v0);
  });
});

describe('tìm kiếm cán bộ dùng bộ nhớ đệm theo phiên bản, không bao giờ trả dữ liệu cũ', () => {
  it('tìm lại cùng câu hỏi trả đúng kết quả đã lưu; dữ liệu đổi thì tính lại', async () => {
    const first = await searchPeople(t.ctx(officer.actor), { q: 'nguyen van cache' });
    const again = await searchPeople(t.ctx(officer.actor), { q: 'nguyen van cache' });
    expect(again).toBe(first); // served from the cache
    await db.update(persons).set({ fullName: 'Nguyễn Văn Cache Mới' }).where(eq(persons.id, an.id));
    const after = await searchPeople(t.ctx(officer.actor), { q: 'nguyen van cache' });
    expect(after).not.toBe(first);
    expect(after.items.map((i) => i.fullName)).toEqual(['Nguyễn Văn Cache Mới']);
  });

  it('người khác hoặc phạm vi khác không dùng chung kết quả; chuyển công tác ra khỏi phạm vi thấy ngay', async () => {
    const p = await buildPerson(t, {
      fullName: 'Đỗ Thị Phạm Vi',
      unit: tree.ward,
      nationalId: '001085000102',
    });
    const byHead = await searchPeople(t.ctx(districtHead.actor), { q: 'do thi pham vi' });
    expect(byHead.items.map((i) => i.id)).toEqual([p.id]);
    // Moved to the other district: the district head no longer sees the person.
    await db.delete(employments).where(eq(employments.personId, p.id));
    await db.insert(employments).values({
      id: '00000000-0000-7000-8000-00000000c0de',
      personId: p.id,
      unitId: tree.other.id,
      dateFrom: '2020-01-01',
      position: 'Chuyên viên',
    });
    const afterMove = await searchPeople(t.ctx(districtHead.actor), { q: 'do thi pham vi' });
    expect(afterMove.items).toEqual([]);
    const byOfficer = await searchPeople(t.ctx(officer.actor), { q: 'do thi pham vi' });
    expect(byOfficer.items.map((i) => i.id)).toEqual([p.id]);
  });

  it('qua HTTP: phiên đọc phiên bản cùng lúc với phiên đăng nhập; sửa tên rồi tìm lại thấy tên mới', async () => {
    const h = await login(t.app, officer.username, officer.password);
    const search = async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/people?q=tran+thi+mai+lan', headers: h });
      expect(res.statusCode).toBe(200);
      return (res.json() as { items: { fullName: string; id: string }[] }).items;
    };
    const p = await buildPerson(t, {
      fullName: 'Trần Thị Mai Lan',
      unit: tree.ward,
      nationalId: '001085000103',
    });
    expect((await search()).map((i) => i.fullName)).toEqual(['Trần Thị Mai Lan']);
    expect((await search()).map((i) => i.fullName)).toEqual(['Trần Thị Mai Lan']);
    const got = await t.app.inject({ method: 'GET', url: `/api/v1/people/${p.id}`, headers: h });
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/people/${p.id}`,
      headers: h,
      payload: { version: (got.json() as { version: number }).version, fullName: 'Trần Thị Mai Lan Anh' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await search()).map((i) => i.fullName)).toEqual(['Trần Thị Mai Lan Anh']);
  });
});
