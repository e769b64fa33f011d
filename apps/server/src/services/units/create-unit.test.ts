import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, units } from '../../db/schema';
import { buildActor, buildTree, buildUnit, createTestEnv } from '../../test/harness';
import { createUnit } from './create-unit';
import { getUnitTree } from './queries';

const env = await createTestEnv();
const tree = await buildTree(env);
const officer = await buildActor(env, 'OFFICER', tree.district);
const clerk = await buildActor(env, 'UNIT_CLERK', tree.district);
const rootOfficer = await buildActor(env, 'OFFICER', tree.province);

const auditFor = (action: string, entityId: string) =>
  env.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
const unitCount = async () => (await env.database.db.select({ n: count() }).from(units))[0]!.n;
const unitCreateAudits = async () =>
  (await env.database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'unit.create')))[0]!
    .n;

const input = (over: Record<string, unknown> = {}) => ({
  code: 'P_TAN_DINH',
  name: 'Phường Tân Định',
  kind: 'XA',
  parentId: tree.district.id,
  hasLegalPersonality: true,
  validFrom: '2024-01-01',
  ...over,
});

/** Runs `fn`, expects it to fail with `code`, and checks that no unit and no audit row was written. */
async function refusedWithoutWriting(fn: () => Promise<unknown>, code: string) {
  const [u, a] = [await unitCount(), await unitCreateAudits()];
  await expect(fn()).rejects.toMatchObject({ code });
  expect(await unitCount()).toBe(u);
  expect(await unitCreateAudits()).toBe(a);
}

describe('createUnit', () => {
  it('thêm phường dưới quận thuộc phạm vi và phường xuất hiện trên cây tổ chức', async () => {
    const unit = await createUnit(env.ctx(officer.actor), input({ address: '1 Hai Bà Trưng' }));
    expect(unit).toMatchObject({
      code: 'P_TAN_DINH',
      name: 'Phường Tân Định',
      kind: 'XA',
      parentId: tree.district.id,
      validFrom: '2024-01-01',
      validTo: null,
      address: '1 Hai Bà Trưng',
    });
    const t = await getUnitTree(env.ctx(officer.actor), { asOf: '2024-01-01' });
    expect(t.units.find((u) => u.id === unit.id)?.parentId).toBe(tree.district.id);
    const before = await getUnitTree(env.ctx(officer.actor), { asOf: '2023-12-31' });
    expect(before.units.some((u) => u.id === unit.id)).toBe(false);
  });

  it('ghi nhật ký unit.create với nội dung đơn vị mới', async () => {
    const unit = await createUnit(env.ctx(officer.actor), input({ code: 'P_DA_KAO', name: 'Phường Đa Kao' }));
    const rows = await auditFor('unit.create', unit.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actorId).toBe(officer.actor.accountId);
    expect(rows[0]!.before).toBeNull();
    expect(rows[0]!.after).toMatchObject({
      id: unit.id,
      code: 'P_DA_KAO',
      name: 'Phường Đa Kao',
      parentId: tree.district.id,
    });
  });

  it('từ chối vai trò không có quyền quản lý đơn vị (FORBIDDEN) và không ghi gì', async () => {
    await refusedWithoutWriting(
      () => createUnit(env.ctx(clerk.actor), input({ code: 'P_CLERK' })),
      'FORBIDDEN',
    );
  });

  it('từ chối thêm đơn vị dưới quận ngoài phạm vi (OUT_OF_SCOPE)', async () => {
    await refusedWithoutWriting(
      () => createUnit(env.ctx(officer.actor), input({ code: 'P_OUT', parentId: tree.other.id })),
      'OUT_OF_SCOPE',
    );
  });

  it('từ chối thêm đơn vị gốc khi phạm vi không bao trùm toàn bộ cây', async () => {
    await refusedWithoutWriting(
      () => createUnit(env.ctx(officer.actor), input({ code: 'ROOT_X', kind: 'TINH', parentId: null })),
      'OUT_OF_SCOPE',
    );
  });

  it('từ chối dữ liệu sai (VALIDATION_FAILED) với chi tiết theo trường, không ghi gì', async () => {
    const [u, a] = [await unitCount(), await unitCreateAudits()];
    const err = await createUnit(
      env.ctx(officer.actor),
      input({ code: 'ma thuong', name: 'X', validFrom: '2024-02-30' }),
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'VALIDATION_FAILED' });
    const paths = (err as { details: { path: string; message: string }[] }).details.map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['code', 'name', 'validFrom']));
    expect(await unitCount()).toBe(u);
    expect(await unitCreateAudits()).toBe(a);
  });

  it('từ chối đơn vị cấp huyện bắt đầu từ 01/07/2025 (DISTRICT_LEVEL_ABOLISHED)', async () => {
    await refusedWithoutWriting(
      () =>
        createUnit(
          env.ctx(rootOfficer.actor),
          input({
            code: 'Q_MOI',
            name: 'Quận Mới',
            kind: 'HUYEN',
            parentId: tree.province.id,
            validFrom: '2025-07-01',
          }),
        ),
      'DISTRICT_LEVEL_ABOLISHED',
    );
  });

  it('vẫn cho thêm đơn vị cấp huyện bắt đầu ngày 30/06/2025', async () => {
    const unit = await createUnit(
      env.ctx(rootOfficer.actor),
      input({
        code: 'Q_CU',
        name: 'Quận Cũ',
        kind: 'HUYEN',
        parentId: tree.province.id,
        validFrom: '2025-06-30',
      }),
    );
    expect(unit.kind).toBe('HUYEN');
  });

  it('từ chối mã đơn vị đã tồn tại (DUPLICATE_CODE)', async () => {
    await refusedWithoutWriting(
      () => createUnit(env.ctx(officer.actor), input({ code: 'P_TAN_DINH', name: 'Phường Trùng Mã' })),
      'DUPLICATE_CODE',
    );
  });

  it('từ chối khi đơn vị cấp trên không còn hiệu lực vào ngày bắt đầu', async () => {
    const ended = await buildUnit(env, {
      name: 'Phòng Đã Giải Thể',
      kind: 'PHONG_BAN',
      parent: tree.district,
      validFrom: '2010-01-01',
      validTo: '2020-12-31',
    });
    await refusedWithoutWriting(
      () =>
        createUnit(
          env.ctx(officer.actor),
          input({ code: 'TO_SAU', kind: 'PHONG_BAN', parentId: ended.id, validFrom: '2021-01-01' }),
        ),
      'UNIT_NOT_VALID_ON_DATE',
    );
    await refusedWithoutWriting(
      () =>
        createUnit(
          env.ctx(officer.actor),
          input({ code: 'TO_TRUOC', kind: 'PHONG_BAN', parentId: ended.id, validFrom: '2009-12-31' }),
        ),
      'UNIT_NOT_VALID_ON_DATE',
    );
    const ok = await createUnit(
      env.ctx(officer.actor),
      input({ code: 'TO_TRONG', kind: 'PHONG_BAN', parentId: ended.id, validFrom: '2020-12-31' }),
    );
    expect(ok.parentId).toBe(ended.id);
  });

  it('cho phép thêm đơn vị gốc khi phạm vi bao trùm toàn bộ cây', async () => {
    const unit = await createUnit(
      env.ctx(rootOfficer.actor),
      input({ code: 'TINH_KHAC', name: 'Tỉnh Khác', kind: 'TINH', parentId: null }),
    );
    expect(unit.parentId).toBeNull();
    // the province officer no longer covers every unit, so a second root is refused
    await refusedWithoutWriting(
      () =>
        createUnit(
          env.ctx(rootOfficer.actor),
          input({ code: 'TINH_BA', name: 'Tỉnh Ba', kind: 'TINH', parentId: null }),
        ),
      'OUT_OF_SCOPE',
    );
  });
});
