import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, employments, lineageEvents, units, unitVersions } from '../../db/schema';
import { buildActor, buildPerson, buildTree, buildUnit, createTestEnv } from '../../test/harness';
import { recordLineageEvent } from './record-lineage-event';
import { getUnit, getUnitTree } from './queries';

const env = await createTestEnv();
const tree = await buildTree(env);
const officer = await buildActor(env, 'OFFICER', tree.province);
const districtOfficer = await buildActor(env, 'OFFICER', tree.district);
const clerk = await buildActor(env, 'UNIT_CLERK', tree.province);
const ctx = () => env.ctx(officer.actor);
const LEGAL = 'Nghị quyết 1656/NQ-UBTVQH15 ngày 16/6/2025';

const eventCount = async () => (await env.database.db.select({ n: count() }).from(lineageEvents))[0]!.n;
const versionCount = async () => (await env.database.db.select({ n: count() }).from(unitVersions))[0]!.n;
const lineageAudits = async () =>
  (
    await env.database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'lineage.record'))
  )[0]!.n;
const unitRow = async (id: string) =>
  (await env.database.db.select().from(units).where(eq(units.id, id)))[0]!;

/** Expects a refusal with `code` and that no event, version or audit row was written. */
async function refusedWithoutWriting(fn: () => Promise<unknown>, code: string) {
  const before = [await eventCount(), await versionCount(), await lineageAudits()];
  await expect(fn()).rejects.toMatchObject({ code });
  expect([await eventCount(), await versionCount(), await lineageAudits()]).toEqual(before);
}

describe('recordLineageEvent — đổi tên (RENAME)', () => {
  it('cây tổ chức trước ngày hiệu lực hiện tên cũ, từ ngày hiệu lực hiện tên mới', async () => {
    const unit = await buildUnit(env, { name: 'Phường Cũ', kind: 'XA', parent: tree.district });
    const ev = await recordLineageEvent(ctx(), {
      kind: 'RENAME',
      eventDate: '2024-03-01',
      legalBasis: LEGAL,
      fromUnitIds: [unit.id],
      newName: 'Phường Mới Đổi Tên',
    });
    expect(ev).toMatchObject({ kind: 'RENAME', eventDate: '2024-03-01', from: [{ id: unit.id }] });
    const before = await getUnitTree(ctx(), { asOf: '2024-02-29' });
    const after = await getUnitTree(ctx(), { asOf: '2024-03-01' });
    expect(before.units.find((u) => u.id === unit.id)?.name).toBe('Phường Cũ');
    expect(after.units.find((u) => u.id === unit.id)?.name).toBe('Phường Mới Đổi Tên');
    const detail = await getUnit(ctx(), unit.id, { asOf: '2024-03-01' });
    expect(detail.versions.map((v) => [v.name, v.validFrom, v.validTo])).toEqual([
      ['Phường Cũ', '2000-01-01', '2024-02-29'],
      ['Phường Mới Đổi Tên', '2024-03-01', null],
    ]);
    expect(detail.events.map((e) => e.kind)).toEqual(['RENAME']);
  });

  it('ghi nhật ký lineage.record với nội dung sự kiện', async () => {
    const unit = await buildUnit(env, { name: 'Phường Nhật Ký', kind: 'XA', parent: tree.district });
    const ev = await recordLineageEvent(ctx(), {
      kind: 'RENAME',
      eventDate: '2024-05-01',
      legalBasis: LEGAL,
      note: 'đổi tên',
      fromUnitIds: [unit.id],
      newName: 'Phường Nhật Ký Mới',
    });
    const rows = await env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'lineage.record'), eq(auditLog.entityId, ev.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actorId).toBe(officer.actor.accountId);
    expect(rows[0]!.after).toMatchObject({
      kind: 'RENAME',
      eventDate: '2024-05-01',
      legalBasis: LEGAL,
      from: [{ id: unit.id }],
    });
  });

  it('từ chối sự kiện ghi không theo thứ tự thời gian (trước một thay đổi đã ghi)', async () => {
    const unit = await buildUnit(env, { name: 'Phường Thứ Tự', kind: 'XA', parent: tree.district });
    await recordLineageEvent(ctx(), {
      kind: 'RENAME',
      eventDate: '2024-01-01',
      legalBasis: LEGAL,
      fromUnitIds: [unit.id],
      newName: 'Phường Thứ Tự Hai',
    });
    await refusedWithoutWriting(
      () =>
        recordLineageEvent(ctx(), {
          kind: 'RENAME',
          eventDate: '2023-06-01',
          legalBasis: LEGAL,
          fromUnitIds: [unit.id],
          newName: 'Phường Chen Ngang',
        }),
      'INVALID_LINEAGE_EVENT',
    );
  });

  it('từ chối đổi tên thiếu tên mới (INVALID_LINEAGE_EVENT)', async () => {
    await refusedWithoutWriting(
      () =>
        recordLineageEvent(ctx(), {
          kind: 'RENAME',
          eventDate: '2024-06-01',
          legalBasis: LEGAL,
          fromUnitIds: [tree.ward.id],
        }),
      'INVALID_LINEAGE_EVENT',
    );
  });

  it('từ chối dữ liệu sai (thiếu căn cứ pháp lý, ngày sai) với VALIDATION_FAILED', async () => {
    await refusedWithoutWriting(
      () =>
        recordLineageEvent(ctx(), {
          kind: 'RENAME',
          eventDate: '2024-13-01',
          legalBasis: 'x',
          fromUnitIds: [tree.ward.id],
          newName: 'Phường X',
        }),
      'VALIDATION_FAILED',
    );
  });

  it('từ chối vai trò không có quyền quản lý đơn vị (FORBIDDEN)', async () => {
    await refusedWithoutWriting(
      () =>
        recordLineageEvent(env.ctx(clerk.actor), {
          kind: 'RENAME',
          eventDate: '2024-06-01',
          legalBasis: LEGAL,
          fromUnitIds: [tree.ward.id],
          newName: 'Phường Văn Thư',
        }),
      'FORBIDDEN',
    );
  });

  it('từ chối đơn vị ngoài phạm vi (OUT_OF_SCOPE)', async () => {
    await refusedWithoutWriting(
      () =>
        recordLineageEvent(env.ctx(districtOfficer.actor), {
          kind: 'RENAME',
          eventDate: '2024-06-01',
          legalBasis: LEGAL,
          fromUnitIds: [tree.other.id],
          newName: 'Quận Hai Mới',
        }),
      'OUT_OF_SCOPE',
    );
  });
});

describe('recordLineageEvent — sáp nhập (MERGE)', () => {
  it('hai phường sáp nhập vào phường mới: phường cũ kết thúc hôm trước, tiền thân/kế thừa, công tác chuyển theo', async () => {
    const a = await buildUnit(env, { name: 'Phường Sáp Nhập A', kind: 'XA', parent: tree.district });
    const b = await buildUnit(env, { name: 'Phường Sáp Nhập B', kind: 'XA', parent: tree.district });
    const pa = await buildPerson(env, { fullName: 'Lê Thị Hoa', unit: a, from: '2015-01-01' });
    const pb = await buildPerson(env, { fullName: 'Trần Văn Bình', unit: b, from: '2018-04-01' });
    const ev = await recordLineageEvent(ctx(), {
      kind: 'MERGE',
      eventDate: '2025-07-01',
      legalBasis: LEGAL,
      fromUnitIds: [a.id, b.id],
      newUnits: [
        {
          code: 'P_HOP_NHAT',
          name: 'Phường Hợp Nhất',
          kind: 'XA',
          parentId: tree.province.id,
          hasLegalPersonality: true,
        },
      ],
    });
    expect(ev.to).toHaveLength(1);
    const successorId = ev.to[0]!.id;
    expect(ev.to[0]!.name).toBe('Phường Hợp Nhất');
    expect((await unitRow(a.id)).validTo).toBe('2025-06-30');
    expect((await unitRow(b.id)).validTo).toBe('2025-06-30');
    expect((await unitRow(successorId)).validFrom).toBe('2025-07-01');

    const succ = await getUnit(ctx(), successorId);
    expect(succ.predecessors.map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
    expect(succ.predecessors.every((p) => p.validTo === '2025-06-30')).toBe(true);
    const pred = await getUnit(ctx(), a.id);
    expect(pred.successors).toEqual([{ id: successorId, name: 'Phường Hợp Nhất', validFrom: '2025-07-01' }]);

    const treeBefore = await getUnitTree(ctx(), { asOf: '2025-06-30' });
    const treeAfter = await getUnitTree(ctx(), { asOf: '2025-07-01' });
    expect(treeBefore.units.map((u) => u.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(treeBefore.units.some((u) => u.id === successorId)).toBe(false);
    expect(treeAfter.units.some((u) => u.id === a.id || u.id === b.id)).toBe(false);
    expect(treeAfter.units.find((u) => u.id === successorId)?.parentId).toBe(tree.province.id);

    for (const [p, oldUnit, from] of [
      [pa, a, '2015-01-01'],
      [pb, b, '2018-04-01'],
    ] as const) {
      const emps = await env.database.db
        .select()
        .from(employments)
        .where(eq(employments.personId, p.id))
        .orderBy(employments.dateFrom);
      expect(emps.map((e) => [e.unitId, e.dateFrom, e.dateTo])).toEqual([
        [oldUnit.id, from, '2025-06-30'],
        [successorId, '2025-07-01', null],
      ]);
      expect(emps[1]!.position).toBe('Chuyên viên');
    }
  });

  it('từ chối sáp nhập đơn vị đã hết hiệu lực trước ngày sự kiện', async () => {
    const gone = await buildUnit(env, {
      name: 'Phường Đã Hết',
      kind: 'XA',
      parent: tree.district,
      validTo: '2019-12-31',
    });
    await refusedWithoutWriting(
      () =>
        recordLineageEvent(ctx(), {
          kind: 'MERGE',
          eventDate: '2024-01-01',
          legalBasis: LEGAL,
          fromUnitIds: [gone.id],
          toUnitIds: [tree.ward.id],
        }),
      'UNIT_NOT_VALID_ON_DATE',
    );
  });

  it('từ chối sáp nhập không có đúng một đơn vị tiếp nhận', async () => {
    const x = await buildUnit(env, { name: 'Phường X', kind: 'XA', parent: tree.district });
    await refusedWithoutWriting(
      () =>
        recordLineageEvent(ctx(), {
          kind: 'MERGE',
          eventDate: '2024-01-01',
          legalBasis: LEGAL,
          fromUnitIds: [x.id],
        }),
      'INVALID_LINEAGE_EVENT',
    );
  });
});

describe('recordLineageEvent — giải thể (DISSOLVE) và chuyển (TRANSFER)', () => {
  it('từ chối giải thể quận còn phường trực thuộc (UNIT_HAS_ACTIVE_CHILDREN), không ghi gì', async () => {
    await refusedWithoutWriting(
      () =>
        recordLineageEvent(ctx(), {
          kind: 'DISSOLVE',
          eventDate: '2025-07-01',
          legalBasis: LEGAL,
          fromUnitIds: [tree.district.id],
        }),
      'UNIT_HAS_ACTIVE_CHILDREN',
    );
    expect((await unitRow(tree.district.id)).validTo).toBeNull();
  });

  it('giải thể đơn vị không còn đơn vị trực thuộc: kết thúc hôm trước, công tác đang mở kết thúc theo', async () => {
    const team = await buildUnit(env, { name: 'Tổ Giải Thể', kind: 'PHONG_BAN', parent: tree.other });
    const p = await buildPerson(env, { unit: team, from: '2020-01-01' });
    await recordLineageEvent(ctx(), {
      kind: 'DISSOLVE',
      eventDate: '2024-10-01',
      legalBasis: LEGAL,
      fromUnitIds: [team.id],
    });
    expect((await unitRow(team.id)).validTo).toBe('2024-09-30');
    const emps = await env.database.db.select().from(employments).where(eq(employments.personId, p.id));
    expect(emps.map((e) => [e.unitId, e.dateTo])).toEqual([[team.id, '2024-09-30']]);
  });

  it('chuyển phường sang quận khác: cấp trên đổi từ ngày hiệu lực, lịch sử giữ nguyên', async () => {
    const w = await buildUnit(env, { name: 'Phường Chuyển Quận', kind: 'XA', parent: tree.district });
    await recordLineageEvent(ctx(), {
      kind: 'TRANSFER',
      eventDate: '2024-01-01',
      legalBasis: LEGAL,
      fromUnitIds: [w.id],
      newParentId: tree.other.id,
    });
    const before = await getUnitTree(ctx(), { asOf: '2023-12-31' });
    const after = await getUnitTree(ctx(), { asOf: '2024-01-01' });
    expect(before.units.find((u) => u.id === w.id)?.parentId).toBe(tree.district.id);
    expect(after.units.find((u) => u.id === w.id)?.parentId).toBe(tree.other.id);
    expect(after.units.find((u) => u.id === w.id)?.name).toBe('Phường Chuyển Quận');
    const detail = await getUnit(ctx(), w.id);
    expect(detail.versions.map((v) => v.parentName)).toEqual(['Quận Một', 'Quận Hai']);
  });

  it('từ chối chuyển đơn vị vào chính nó (PARENT_CYCLE)', async () => {
    await refusedWithoutWriting(
      () =>
        recordLineageEvent(ctx(), {
          kind: 'TRANSFER',
          eventDate: '2024-02-01',
          legalBasis: LEGAL,
          fromUnitIds: [tree.district.id],
          newParentId: tree.district.id,
        }),
      'PARENT_CYCLE',
    );
  });

  it('từ chối chuyển quận vào dưới phường trực thuộc của chính nó (PARENT_CYCLE)', async () => {
    await refusedWithoutWriting(
      () =>
        recordLineageEvent(ctx(), {
          kind: 'TRANSFER',
          eventDate: '2024-02-01',
          legalBasis: LEGAL,
          fromUnitIds: [tree.district.id],
          newParentId: tree.ward.id,
        }),
      'PARENT_CYCLE',
    );
  });

  it('từ chối chuyển sang đơn vị cấp trên chưa/không còn hiệu lực', async () => {
    const late = await buildUnit(env, {
      name: 'Quận Sau',
      kind: 'HUYEN',
      parent: tree.province,
      validFrom: '2024-06-01',
    });
    await refusedWithoutWriting(
      () =>
        recordLineageEvent(ctx(), {
          kind: 'TRANSFER',
          eventDate: '2024-02-01',
          legalBasis: LEGAL,
          fromUnitIds: [tree.ward.id],
          newParentId: late.id,
        }),
      'UNIT_NOT_VALID_ON_DATE',
    );
  });
});
