import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, employments, persons } from '../../db/schema';
import { buildActor, buildPerson, buildTree, buildUnit, createTestEnv } from '../../test/harness';
import { createPerson } from './create-person';
import { searchPeople } from './queries';

const env = await createTestEnv();
const tree = await buildTree(env);
const clerk = await buildActor(env, 'UNIT_CLERK', tree.district);
const council = await buildActor(env, 'COUNCIL_MEMBER', tree.district);
const admin = await buildActor(env, 'SYSTEM_ADMIN', tree.province);

const personCount = async () => (await env.database.db.select({ n: count() }).from(persons))[0]!.n;
const createAudits = async () =>
  (
    await env.database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'person.create'))
  )[0]!.n;

async function refusedWithoutWriting(fn: () => Promise<unknown>, code: string) {
  const before = [await personCount(), await createAudits()];
  await expect(fn()).rejects.toMatchObject({ code });
  expect([await personCount(), await createAudits()]).toEqual(before);
}

const input = (over: Record<string, unknown> = {}) => ({
  fullName: '  nguyễn   thị   mai ',
  sex: 'NU',
  dateOfBirth: '1990-04-12',
  nationalId: '079190001234',
  staffCode: 'CB-MAI',
  employment: { unitId: tree.ward.id, from: '2020-01-01', position: 'Chuyên viên' },
  ...over,
});

describe('createPerson', () => {
  it('thêm cán bộ với quá trình công tác đầu tiên, chuẩn hóa họ tên', async () => {
    const p = await createPerson(env.ctx(clerk.actor), input());
    expect(p).toMatchObject({
      fullName: 'Nguyễn Thị Mai',
      sex: 'NU',
      dateOfBirth: '1990-04-12',
      ethnicity: 'Kinh',
      status: 'DANG_CONG_TAC',
      nationalId: '079190001234',
      currentUnitId: tree.ward.id,
      currentUnitName: 'Phường Bến Nghé',
      currentPosition: 'Chuyên viên',
      version: 1,
    });
    expect(p.employments).toHaveLength(1);
    const found = await searchPeople(env.ctx(clerk.actor), { q: 'nguyen thi mai' });
    expect(found.items.map((x) => x.id)).toEqual([p.id]);
  });

  it('ghi nhật ký person.create, CCCD được che trong nhật ký', async () => {
    const p = await createPerson(
      env.ctx(clerk.actor),
      input({ fullName: 'Phạm Văn Đông', nationalId: '079085005678', staffCode: null }),
    );
    const rows = await env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'person.create'), eq(auditLog.entityId, p.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actorId).toBe(clerk.actor.accountId);
    expect(rows[0]!.after).toMatchObject({
      fullName: 'Phạm Văn Đông',
      nationalId: '********5678',
      employment: { unitId: tree.ward.id, from: '2020-01-01' },
    });
    expect(JSON.stringify(rows[0]!.after)).not.toContain('079085005678');
  });

  it('từ chối vai trò không có quyền quản lý cán bộ (FORBIDDEN)', async () => {
    await refusedWithoutWriting(
      () => createPerson(env.ctx(council.actor), input({ nationalId: '079190009999', staffCode: null })),
      'FORBIDDEN',
    );
  });

  it('từ chối đơn vị công tác ngoài phạm vi (OUT_OF_SCOPE)', async () => {
    await refusedWithoutWriting(
      () =>
        createPerson(
          env.ctx(clerk.actor),
          input({
            nationalId: '079190009998',
            staffCode: null,
            employment: { unitId: tree.other.id, from: '2020-01-01', position: 'Chuyên viên' },
          }),
        ),
      'OUT_OF_SCOPE',
    );
  });

  it('từ chối dữ liệu sai (CCCD 11 số, email sai, thiếu tên) với chi tiết tiếng Việt', async () => {
    const before = [await personCount(), await createAudits()];
    const err = await createPerson(
      env.ctx(clerk.actor),
      input({ fullName: 'A', nationalId: '07919000123', email: 'khong-phai-email' }),
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'VALIDATION_FAILED' });
    const details = (err as { details: { path: string; message: string }[] }).details;
    expect(details).toEqual(
      expect.arrayContaining([
        { path: 'nationalId', message: 'Số CCCD gồm đúng 12 chữ số.' },
        { path: 'fullName', message: 'Nhập họ và tên.' },
        { path: 'email', message: 'Email không hợp lệ.' },
      ]),
    );
    expect([await personCount(), await createAudits()]).toEqual(before);
  });

  it('từ chối CCCD hoặc mã cán bộ đã có (DUPLICATE_NATIONAL_ID, DUPLICATE_STAFF_CODE)', async () => {
    await buildPerson(env, { nationalId: '001200000001', staffCode: 'CB-TRUNG' });
    await refusedWithoutWriting(
      () => createPerson(env.ctx(clerk.actor), input({ nationalId: '001200000001', staffCode: null })),
      'DUPLICATE_NATIONAL_ID',
    );
    await refusedWithoutWriting(
      () => createPerson(env.ctx(clerk.actor), input({ nationalId: '001200000002', staffCode: 'CB-TRUNG' })),
      'DUPLICATE_STAFF_CODE',
    );
  });

  it('từ chối công tác tại đơn vị chưa có hiệu lực vào ngày bắt đầu, không để lại cán bộ', async () => {
    const late = await buildUnit(env, {
      name: 'Phòng Mới Lập',
      kind: 'PHONG_BAN',
      parent: tree.district,
      validFrom: '2023-01-01',
    });
    await refusedWithoutWriting(
      () =>
        createPerson(
          env.ctx(clerk.actor),
          input({
            nationalId: '001200000003',
            staffCode: null,
            employment: { unitId: late.id, from: '2022-12-31', position: 'Chuyên viên' },
          }),
        ),
      'UNIT_NOT_VALID_ON_DATE',
    );
    const rows = await env.database.db.select().from(persons).where(eq(persons.nationalId, '001200000003'));
    expect(rows).toHaveLength(0);
  });

  it('từ chối ngày kết thúc trước ngày bắt đầu (INVALID_PERIOD)', async () => {
    await refusedWithoutWriting(
      () =>
        createPerson(
          env.ctx(clerk.actor),
          input({
            nationalId: '001200000004',
            staffCode: null,
            employment: {
              unitId: tree.ward.id,
              from: '2020-01-01',
              to: '2019-01-01',
              position: 'Chuyên viên',
            },
          }),
        ),
      'INVALID_PERIOD',
    );
  });

  it('cán bộ không kèm đơn vị: chỉ người có phạm vi toàn bộ mới được thêm', async () => {
    await refusedWithoutWriting(
      () =>
        createPerson(
          env.ctx(clerk.actor),
          input({ nationalId: '001200000005', staffCode: null, employment: undefined }),
        ),
      'VALIDATION_FAILED',
    );
    const p = await createPerson(
      env.ctx(admin.actor),
      input({ nationalId: '001200000005', staffCode: null, employment: undefined }),
    );
    expect(p.employments).toEqual([]);
    const emps = await env.database.db.select().from(employments).where(eq(employments.personId, p.id));
    expect(emps).toHaveLength(0);
  });
});
