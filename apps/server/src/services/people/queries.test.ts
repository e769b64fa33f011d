import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { employments, persons } from '../../db/schema';
import { buildActor, buildPerson, buildTree, createTestEnv } from '../../test/harness';
import { newId } from '../../lib/ids';
import { getPerson, searchPeople } from './queries';

const env = await createTestEnv({ today: '2026-10-01' });
const tree = await buildTree(env);

const an = await buildPerson(env, {
  fullName: 'Nguyễn Văn An',
  unit: tree.ward,
  nationalId: '001085000001',
  staffCode: 'CB-0001',
});
const duc = await buildPerson(env, {
  fullName: 'Trần Minh Đức',
  unit: tree.district,
  nationalId: '001085000002',
});
const binh = await buildPerson(env, { fullName: 'Lê Thị Bình', unit: tree.ward, nationalId: '001085000003' });
const anh = await buildPerson(env, {
  fullName: 'Phạm Thị Ánh',
  unit: tree.other,
  nationalId: '001085000004',
});
// worked in the ward until 2019, now in the other district
const moved = await buildPerson(env, {
  fullName: 'Võ Văn Chuyển',
  unit: tree.ward,
  from: '2010-01-01',
  nationalId: '001085000005',
});
await env.database.db.update(persons).set({ sex: 'NU' }).where(eq(persons.id, binh.id));
await env.database.db.update(persons).set({ sex: 'NU' }).where(eq(persons.id, anh.id));
await env.database.db
  .update(employments)
  .set({ dateTo: '2019-12-31' })
  .where(eq(employments.personId, moved.id));
await env.database.db.insert(employments).values({
  id: newId(),
  personId: moved.id,
  unitId: tree.other.id,
  dateFrom: '2020-01-01',
  position: 'Chuyên viên',
});

const officer = await buildActor(env, 'OFFICER', tree.province);
const council = await buildActor(env, 'COUNCIL_MEMBER', tree.province);
const districtHead = await buildActor(env, 'UNIT_HEAD', tree.district);
const staff = await buildActor(env, 'STAFF', tree.province, an.id);
const staffNoPerson = await buildActor(env, 'STAFF', tree.province);

const names = (p: { items: { fullName: string }[] }) => p.items.map((i) => i.fullName);

describe('searchPeople — tìm kiếm', () => {
  it('tìm không dấu: "nguyen van an" ra "Nguyễn Văn An"', async () => {
    const page = await searchPeople(env.ctx(officer.actor), { q: 'nguyen van an' });
    expect(names(page)).toEqual(['Nguyễn Văn An']);
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      currentUnitId: tree.ward.id,
      currentUnitName: 'Phường Bến Nghé',
      currentPosition: 'Chuyên viên',
      dateOfBirth: '1980-05-01',
    });
  });

  it('"DUC" ra "Đức" (đ → d, không phân biệt hoa thường)', async () => {
    const page = await searchPeople(env.ctx(officer.actor), { q: 'DUC' });
    expect(names(page)).toEqual(['Trần Minh Đức']);
  });

  it('tìm đúng theo số CCCD và theo mã cán bộ', async () => {
    expect(names(await searchPeople(env.ctx(officer.actor), { q: '001085000003' }))).toEqual(['Lê Thị Bình']);
    expect(names(await searchPeople(env.ctx(officer.actor), { q: 'CB-0001' }))).toEqual(['Nguyễn Văn An']);
    // a partial CCCD does not match anyone
    expect(names(await searchPeople(env.ctx(officer.actor), { q: '00108500' }))).toEqual([]);
  });

  it('lọc theo giới tính', async () => {
    const page = await searchPeople(env.ctx(officer.actor), { sex: 'NU' });
    expect(names(page).sort()).toEqual(['Lê Thị Bình', 'Phạm Thị Ánh']);
  });

  it('lọc theo đơn vị gồm cả đơn vị trực thuộc, chỉ người đang công tác hôm nay', async () => {
    const sub = await searchPeople(env.ctx(officer.actor), { unitId: tree.district.id });
    expect(names(sub).sort()).toEqual(['Lê Thị Bình', 'Nguyễn Văn An', 'Trần Minh Đức']);
    const only = await searchPeople(env.ctx(officer.actor), {
      unitId: tree.district.id,
      includeSubunits: 'false',
    });
    expect(names(only)).toEqual(['Trần Minh Đức']);
    const other = await searchPeople(env.ctx(officer.actor), { unitId: tree.other.id });
    expect(names(other).sort()).toEqual(['Phạm Thị Ánh', 'Võ Văn Chuyển']);
  });

  it('sắp xếp theo tên (tên gọi trước, rồi họ đệm) và đảo chiều', async () => {
    const asc = await searchPeople(env.ctx(officer.actor), { sort: 'name' });
    expect(names(asc)).toEqual([
      'Nguyễn Văn An',
      'Phạm Thị Ánh',
      'Lê Thị Bình',
      'Võ Văn Chuyển',
      'Trần Minh Đức',
    ]);
    const desc = await searchPeople(env.ctx(officer.actor), { sort: '-name' });
    expect(names(desc)).toEqual([...names(asc)].reverse());
  });

  it('phân trang: mỗi trang một phần, tổng số không đổi', async () => {
    const p1 = await searchPeople(env.ctx(officer.actor), { pageSize: 2, page: 1 });
    const p3 = await searchPeople(env.ctx(officer.actor), { pageSize: 2, page: 3 });
    expect(names(p1)).toEqual(['Nguyễn Văn An', 'Phạm Thị Ánh']);
    expect(names(p3)).toEqual(['Trần Minh Đức']);
    expect([p1.total, p3.total]).toEqual([5, 5]);
  });

  it('từ chối tham số sai (VALIDATION_FAILED)', async () => {
    await expect(searchPeople(env.ctx(officer.actor), { sort: 'tuoi', pageSize: 0 })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});

describe('searchPeople — quyền xem', () => {
  it('che CCCD với thành viên hội đồng, hiện đủ với cán bộ thi đua', async () => {
    const c = await searchPeople(env.ctx(council.actor), { q: 'nguyen van an' });
    expect(c.items[0]!.nationalId).toBe('********0001');
    const o = await searchPeople(env.ctx(officer.actor), { q: 'nguyen van an' });
    expect(o.items[0]!.nationalId).toBe('001085000001');
    const pc = await getPerson(env.ctx(council.actor), an.id);
    expect(pc.nationalId).toBe('********0001');
  });

  it('không cho tra cứu theo số CCCD khi vai trò không được xem CCCD', async () => {
    const c = await searchPeople(env.ctx(council.actor), { q: '001085000001' });
    expect(c.items).toHaveLength(0);
    const o = await searchPeople(env.ctx(officer.actor), { q: '001085000001' });
    expect(names(o)).toEqual(['Nguyễn Văn An']);
  });

  it('người được phân quyền tại quận thấy người từng công tác trong quận, không thấy quận khác', async () => {
    const page = await searchPeople(env.ctx(districtHead.actor), {});
    expect(names(page).sort()).toEqual(['Lê Thị Bình', 'Nguyễn Văn An', 'Trần Minh Đức', 'Võ Văn Chuyển']);
    await expect(getPerson(env.ctx(districtHead.actor), anh.id)).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
  });

  it('STAFF chỉ thấy chính mình, kể cả CCCD của mình', async () => {
    const page = await searchPeople(env.ctx(staff.actor), {});
    expect(names(page)).toEqual(['Nguyễn Văn An']);
    const none = await searchPeople(env.ctx(staff.actor), { q: 'duc' });
    expect(none.items).toEqual([]);
    const me = await getPerson(env.ctx(staff.actor), an.id);
    expect(me.nationalId).toBe('001085000001');
    await expect(getPerson(env.ctx(staff.actor), duc.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('STAFF không gắn với hồ sơ cán bộ nào bị từ chối (FORBIDDEN)', async () => {
    await expect(searchPeople(env.ctx(staffNoPerson.actor), {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('từ chối khi chưa đăng nhập', async () => {
    await expect(searchPeople(env.ctx(null), {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('getPerson trả NOT_FOUND cho mã không tồn tại hoặc không phải uuid', async () => {
    await expect(getPerson(env.ctx(officer.actor), newId())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getPerson(env.ctx(officer.actor), 'abc')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
