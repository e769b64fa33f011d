import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  awards,
  employments,
  lineageEventUnits,
  lineageEvents,
  persons,
  unitVersions,
} from '../../db/schema';
import {
  buildActor,
  buildPerson,
  buildTree,
  buildUnit,
  createTestEnv,
  type TestEnv,
} from '../../test/harness';
import { newId } from '../../lib/ids';
import { getReport } from './get-report';
import { newVerifyCode } from '../registry/verify-code';
import { createMovement } from '../movements/create-movement';
import { launchMovement } from '../movements/launch-movement';
import { campaignInput } from '../movements/testing';

const env = await createTestEnv({ today: '2026-10-01' });
const tree = await buildTree(env);
const officer = await buildActor(env, 'OFFICER', tree.district);
const provinceOfficer = await buildActor(env, 'OFFICER', tree.province);

async function award(
  e: TestEnv,
  a: { person?: { id: string }; unit?: { id: string }; code: string; on: string; type?: string },
) {
  await e.database.db.insert(awards).values({
    id: newId(),
    recipientKind: a.person ? 'INDIVIDUAL' : 'COLLECTIVE',
    personId: a.person?.id ?? null,
    unitId: a.unit?.id ?? null,
    recipientName: 'Người hoặc tập thể nhận (thử)',
    recipientUnitId: a.unit?.id ?? null,
    verifyCode: newVerifyCode(),
    code: a.code,
    decisionNumber: `${Math.floor(Math.random() * 9000) + 1000}/QĐ-UBND`,
    decidedOn: a.on,
    type: a.type ?? 'THUONG_XUYEN',
  });
}

async function setEmployment(personId: string, set: Partial<typeof employments.$inferInsert>) {
  await env.database.db.update(employments).set(set).where(eq(employments.personId, personId));
}

// People in the ward: a direct worker, a ward chairman (leader of an XA unit → "lãnh đạo khác"), and a
// district chairman (leader of a HUYEN unit → "cấp vụ, sở").
const worker = await buildPerson(env, { unit: tree.ward, fullName: 'Lê Thị Công Nhân' });
const wardHead = await buildPerson(env, { unit: tree.ward, fullName: 'Trần Văn Chủ Tịch' });
await setEmployment(wardHead.id, { isLeader: true, isDirectWorker: false, position: 'Chủ tịch UBND phường' });
const districtHead = await buildPerson(env, { unit: tree.district, fullName: 'Phạm Văn Quận' });
await setEmployment(districtHead.id, {
  isLeader: true,
  isDirectWorker: false,
  position: 'Chủ tịch UBND quận',
});
const enterprise = await buildUnit(env, {
  name: 'Công ty Cổ phần Thử',
  kind: 'DOANH_NGHIEP',
  parent: tree.district,
});
const director = await buildPerson(env, { unit: enterprise, fullName: 'Võ Văn Giám Đốc' });
await setEmployment(director.id, { isLeader: true, isDirectWorker: false, position: 'Giám đốc' });
// Someone in the other district: never in Quận Một's report.
const outsider = await buildPerson(env, { unit: tree.other, fullName: 'Ngô Văn Ngoài' });

// A person who moved from the ward to the other district on 2025-07-01: an award in March counts for
// Quận Một, one in September for Quận Hai.
const mover = await buildPerson(env, { unit: tree.ward, fullName: 'Đỗ Thị Chuyển' });
await setEmployment(mover.id, { dateTo: '2025-06-30' });
await env.database.db.insert(employments).values({
  id: newId(),
  personId: mover.id,
  unitId: tree.other.id,
  dateFrom: '2025-07-01',
  position: 'Chuyên viên',
});

// A ward merged into Phường Bến Nghé on 2025-07-01 though it sat under the other district before:
// its first-half awards belong to its successor's body.
const mergedWard = await buildUnit(env, {
  name: 'Phường Sáp Nhập',
  kind: 'XA',
  parent: tree.other,
  validTo: '2025-06-30',
});
const ev = newId();
await env.database.db
  .insert(lineageEvents)
  .values({ id: ev, kind: 'MERGE', eventDate: '2025-07-01', legalBasis: 'Nghị quyết thử' });
await env.database.db.insert(lineageEventUnits).values([
  { eventId: ev, unitId: mergedWard.id, side: 'FROM' },
  { eventId: ev, unitId: tree.ward.id, side: 'TO' },
]);
// A unit that joined Quận Một only on 2025-10-01 (transferred from Quận Hai).
const transferred = await buildUnit(env, {
  name: 'Trường Chuyển Về',
  kind: 'DON_VI_SU_NGHIEP',
  parent: tree.other,
});
await env.database.db
  .update(unitVersions)
  .set({ validTo: '2025-09-30' })
  .where(eq(unitVersions.unitId, transferred.id));
await env.database.db.insert(unitVersions).values({
  id: newId(),
  unitId: transferred.id,
  validFrom: '2025-10-01',
  name: 'Trường Chuyển Về',
  parentId: tree.district.id,
});

await award(env, { person: worker, code: 'BANG_KHEN_BO_TINH', on: '2025-03-10' });
await award(env, { person: worker, code: 'CSTD_BO_TINH', on: '2025-04-02' });
await award(env, { person: wardHead, code: 'BANG_KHEN_BO_TINH', on: '2025-05-05', type: 'CHUYEN_DE' });
await award(env, {
  person: districtHead,
  code: 'KY_NIEM_CHUONG_BO_TINH',
  on: '2025-06-01',
  type: 'CONG_HIEN',
});
await award(env, { person: director, code: 'BANG_KHEN_BO_TINH', on: '2025-06-15', type: 'DOT_XUAT' });
await award(env, { unit: tree.ward, code: 'CO_THI_DUA_BO_TINH', on: '2025-12-20' });
await award(env, { unit: tree.ward, code: 'BANG_KHEN_BO_TINH', on: '2025-12-20' });
await award(env, { unit: enterprise, code: 'BANG_KHEN_BO_TINH', on: '2025-08-08' });
await award(env, { person: mover, code: 'BANG_KHEN_BO_TINH', on: '2025-03-01' }); // counts (in ward then)
await award(env, { person: mover, code: 'BANG_KHEN_BO_TINH', on: '2025-09-01' }); // Quận Hai's
await award(env, { unit: mergedWard, code: 'BANG_KHEN_BO_TINH', on: '2025-02-02' }); // successor's body
await award(env, { unit: transferred, code: 'BANG_KHEN_BO_TINH', on: '2025-05-05' }); // before it joined
await award(env, { unit: transferred, code: 'BANG_KHEN_BO_TINH', on: '2025-11-05' }); // after: counts
await award(env, { person: outsider, code: 'BANG_KHEN_BO_TINH', on: '2025-03-03' });
await award(env, { person: worker, code: 'BANG_KHEN_BO_TINH', on: '2024-12-31' }); // other year
await award(env, { person: worker, code: 'LDTT', on: '2025-03-03' }); // not a 0603 form
await award(env, { person: districtHead, code: 'BANG_KHEN_THU_TUONG', on: '2025-09-09' }); // 0602
await award(env, { unit: tree.ward, code: 'HCLD_HANG_BA', on: '2025-09-02' }); // 0602

describe('Biểu 0603.N – khen thưởng cấp bộ, tỉnh (tính từ sổ khen thưởng)', () => {
  it('đếm theo hình thức, đối tượng, phương thức cho Quận Một năm 2025', async () => {
    const r = await getReport(env.ctx(officer.actor), { form: '0603', unitId: tree.district.id, year: 2025 });
    expect(r).toMatchObject({ unitName: 'Quận Một', from: '2025-01-01', to: '2025-12-31' });
    const v = r.values;
    // 5 individual BK/CSTĐ/KNC in Quận Một + mover's March + ward's Cờ & BK + enterprise BK + merged ward
    // + transferred school (November)
    expect(v.TONG).toEqual({
      TONG: 11,
      BANG_KHEN_BO_TINH: 8,
      CSTD_BO_TINH: 1,
      CO_THI_DUA_BO_TINH: 1,
      KY_NIEM_CHUONG_BO_TINH: 1,
    });
    expect(v.TAP_THE).toMatchObject({ TONG: 5, BANG_KHEN_BO_TINH: 4, CO_THI_DUA_BO_TINH: 1 });
    expect(v.DOANH_NGHIEP).toMatchObject({ TONG: 1, BANG_KHEN_BO_TINH: 1 });
    expect(v.CA_NHAN).toMatchObject({
      TONG: 6,
      BANG_KHEN_BO_TINH: 4,
      CSTD_BO_TINH: 1,
      KY_NIEM_CHUONG_BO_TINH: 1,
    });
    expect(v.TRUC_TIEP).toMatchObject({ TONG: 3, BANG_KHEN_BO_TINH: 2, CSTD_BO_TINH: 1 });
    expect(v.L_KHAC).toMatchObject({ TONG: 1, BANG_KHEN_BO_TINH: 1 });
    expect(v.L_VU_SO).toMatchObject({ TONG: 1, KY_NIEM_CHUONG_BO_TINH: 1 });
    expect(v.DOANH_NHAN).toMatchObject({ TONG: 1, BANG_KHEN_BO_TINH: 1 });
    expect(v.L_BO_TINH).toMatchObject({ TONG: 0 });
    expect(v.THUONG_XUYEN!.TONG).toBe(8);
    expect(v.CHUYEN_DE!.TONG).toBe(1);
    expect(v.DOT_XUAT!.TONG).toBe(1);
    expect(v.CONG_HIEN).toMatchObject({ TONG: 1, KY_NIEM_CHUONG_BO_TINH: 1 });
    expect(v.NIEN_HAN!.TONG).toBe(0);
    // no household award in Quận Một this year: a computed zero
    expect(v.HO_GIA_DINH!.TONG).toBe(0);
  });

  it('tổng theo đối tượng và theo phương thức đều bằng dòng Tổng số', async () => {
    const r = await getReport(env.ctx(provinceOfficer.actor), {
      form: '0603',
      unitId: tree.province.id,
      year: 2025,
    });
    const v = r.values;
    for (const col of [
      'TONG',
      'BANG_KHEN_BO_TINH',
      'CSTD_BO_TINH',
      'CO_THI_DUA_BO_TINH',
      'KY_NIEM_CHUONG_BO_TINH',
    ]) {
      expect(v.TAP_THE![col]! + v.CA_NHAN![col]!).toBe(v.TONG![col]);
      const byMethod = [
        'THUONG_XUYEN',
        'CHUYEN_DE',
        'DOT_XUAT',
        'DOI_NGOAI',
        'CONG_HIEN',
        'NIEN_HAN',
        'KHANG_CHIEN',
      ]
        .map((k) => v[k]![col]!)
        .reduce((a, b) => a + b, 0);
      expect(byMethod).toBe(v.TONG![col]);
    }
    // the whole province: everything of 2025 with a 0603 code (14 awards)
    expect(v.TONG!.TONG).toBe(14);
  });

  it('Quận Hai nhận phần của mình: người chuyển đến từ 01/07, đơn vị chuyển đi trước 01/10', async () => {
    const other = await buildActor(env, 'OFFICER', tree.other);
    const r = await getReport(env.ctx(other.actor), { form: '0603', unitId: tree.other.id, year: 2025 });
    // outsider + mover (September) + transferred school (May) + the merged ward (February: it sat under
    // Quận Hai then, and it also counts for its successor's body).
    expect(r.values.TONG!.TONG).toBe(4);
    expect(r.values.TAP_THE!.TONG).toBe(2);
  });

  it('khoảng thời gian tùy chọn trong năm', async () => {
    const r = await getReport(env.ctx(officer.actor), {
      form: '0603',
      unitId: tree.district.id,
      year: 2025,
      from: '2025-01-01',
      to: '2025-06-30',
    });
    // worker ×2, ward head, district head, director, mover (March); the merged ward's February award does
    // not count: on 30/06 the merge (01/07) had not happened, so it was not yet Quận Một's predecessor.
    expect(r.values.TONG!.TONG).toBe(6);
  });

  it('từ chối đơn vị ngoài phạm vi (OUT_OF_SCOPE) và vai trò không được xem báo cáo (FORBIDDEN)', async () => {
    await expect(
      getReport(env.ctx(officer.actor), { form: '0603', unitId: tree.other.id, year: 2025 }),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    await expect(
      getReport(env.ctx(officer.actor), { form: '0603', unitId: tree.province.id, year: 2025 }),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    const staff = await buildActor(env, 'STAFF', tree.district);
    await expect(
      getReport(env.ctx(staff.actor), { form: '0603', unitId: tree.district.id, year: 2025 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('dữ liệu sai: mã biểu, năm, khoảng ngày (VALIDATION_FAILED, thông báo tiếng Việt)', async () => {
    const ctx = env.ctx(officer.actor);
    await expect(
      getReport(ctx, { form: '0699', unitId: tree.district.id, year: 2025 }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(
      getReport(ctx, { form: '0603', unitId: tree.district.id, year: 'abc' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    const bad = await getReport(ctx, {
      form: '0603',
      unitId: tree.district.id,
      year: 2025,
      from: '2025-06-01',
      to: '2025-01-01',
    }).catch((e: unknown) => e);
    expect(bad).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(JSON.stringify((bad as { details: unknown }).details)).toContain(
      'Ngày kết thúc phải sau ngày bắt đầu',
    );
  });
});

describe('Biểu 0602.N – khen thưởng cấp Nhà nước', () => {
  it('đếm Bằng khen Thủ tướng (cá nhân) và Huân chương Lao động hạng Ba (tập thể); dòng tờ trình: tỉnh', async () => {
    const r = await getReport(env.ctx(officer.actor), { form: '0602', unitId: tree.district.id, year: 2025 });
    const v = r.values;
    expect(v.TONG).toMatchObject({
      TONG: 2,
      'BANG_KHEN_THU_TUONG:CN': 1,
      'HCLD_HANG_BA:TT': 1,
      'HCLD_HANG_BA:CN': 0,
    });
    expect(v.TINH!.TONG).toBe(2);
    expect(v.BO_NGANH!.TONG).toBe(0);
    expect(v.L_VU_SO!['BANG_KHEN_THU_TUONG:CN']).toBe(1);
    expect(v.TAP_THE!['HCLD_HANG_BA:TT']).toBe(1);
    // forms the catalogue cannot record yet: null, with a note per column
    expect(v.TONG!.GT_HCM).toBeNull();
    expect(r.notes.some((n) => n.col === 'GT_HCM' && n.kind === 'UNAVAILABLE')).toBe(true);
  });
});

describe('Biểu 0601, 0604, 0605', () => {
  it('0601 đếm phong trào do đơn vị thuộc đơn vị báo cáo phát động trong năm, theo phạm vi, thời hạn, hình thức', async () => {
    const ctx = env.ctx(officer.actor);
    const subtree = [{ kind: 'SUBTREE' as const, id: tree.district.id }];
    // A 10-month đợt thi đua launched by the district in 2025, and a regular annual one launched by the ward.
    const dot = await createMovement(
      ctx,
      campaignInput(tree.district.id, subtree, {
        name: 'Đợt thi đua thử 2025',
        launchDate: '2025-02-27',
        startDate: '2025-02-27',
        endDate: '2025-12-31',
        registrationDeadline: '2025-03-15',
      }),
    );
    await launchMovement(ctx, dot.id, {});
    const yearly = await createMovement(
      ctx,
      campaignInput(tree.ward.id, [{ kind: 'SUBTREE' as const, id: tree.ward.id }], {
        name: 'Phong trào thi đua thường xuyên 2025 của phường',
        kind: 'THUONG_XUYEN',
        launchDate: '2025-01-10',
        startDate: '2025-01-01',
        endDate: '2025-12-31',
        registrationDeadline: '2025-01-31',
      }),
    );
    await launchMovement(ctx, yearly.id, {});
    // A draft is not counted, nor a movement launched in another year.
    await createMovement(ctx, campaignInput(tree.district.id, subtree, { name: 'Dự thảo chưa phát động' }));

    const r = await getReport(env.ctx(officer.actor), { form: '0601', unitId: tree.district.id, year: 2025 });
    const v = r.values;
    expect(v.TONG).toEqual({ TONG: 2, TRUNG_UONG: 0, BO_TINH: 0, CO_QUAN: 2 });
    expect(v.S_CO_QUAN!.TONG).toBe(2);
    expect(v.D_DUOI_1!.TONG).toBe(1);
    expect(v.D_1!.TONG).toBe(1);
    expect(v.M_CHUYEN_DE!.TONG).toBe(1);
    expect(v.M_THUONG_XUYEN!.TONG).toBe(1);
    // the other district launched nothing; 2024 has nothing
    const other = await getReport(env.ctx(provinceOfficer.actor), {
      form: '0601',
      unitId: tree.other.id,
      year: 2025,
    });
    expect(other.values.TONG!.TONG).toBe(0);
    const before = await getReport(ctx, { form: '0601', unitId: tree.district.id, year: 2024 });
    expect(before.values.TONG!.TONG).toBe(0);
  });

  it('0604/0605 đếm người làm công tác TĐKT được phân quyền, theo giới tính và độ tuổi', async () => {
    const clerkPerson = await buildPerson(env, { unit: tree.ward, fullName: 'Hoàng Thị Văn Thư' });
    // female, born 1990-05-01 → 35 on 2025-12-31
    await env.database.db
      .update(persons)
      .set({ sex: 'NU', dateOfBirth: '1990-05-01' })
      .where(eq(persons.id, clerkPerson.id));
    await buildActor(env, 'UNIT_CLERK', tree.ward, clerkPerson.id);
    const r5 = await getReport(env.ctx(officer.actor), {
      form: '0605',
      unitId: tree.district.id,
      year: 2025,
    });
    expect(r5.values.TONG).toEqual({ TONG: 1, NU: 1 });
    expect(r5.values.A_31_40).toEqual({ TONG: 1, NU: 1 });
    expect(r5.values.T_DAI_HOC).toEqual({ TONG: null, NU: null });
    const r4 = await getReport(env.ctx(officer.actor), {
      form: '0604',
      unitId: tree.district.id,
      year: 2025,
    });
    // the ward (clerk) and the district (the officer actor's grant)
    expect(r4.values.TONG!.TONG).toBe(2);
    expect(r4.values.K_XA!.TONG).toBe(1);
    expect(r4.values.K_HUYEN!.TONG).toBe(1);
    expect(r4.values.TONG!.CHUYEN_TRACH).toBeNull();
  });
});

describe('quy về đơn vị theo quá trình công tác lúc quyết định, kể cả khi lý lịch được bổ sung sau', () => {
  it('nhập bổ sung, sửa, xóa một quá trình công tác thì báo cáo tính lại ngay', async () => {
    const otherOfficer = await buildActor(env, 'OFFICER', tree.other);
    const late = await buildPerson(env, { unit: tree.other, fullName: 'Đinh Văn Bổ Sung' });
    await award(env, { person: late, code: 'BANG_KHEN_BO_TINH', on: '2023-04-01' });
    const count = async (unitId: string, actor: typeof officer) =>
      (await getReport(env.ctx(actor.actor), { form: '0603', unitId, year: 2023 })).values;
    expect((await count(tree.district.id, officer)).TONG!.TONG).toBe(0);
    expect((await count(tree.other.id, otherOfficer)).TONG!.TONG).toBe(1);

    // The officer learns he led a ward of Quận Một until 31/05/2023 and only then moved to Quận Hai.
    await setEmployment(late.id, { dateFrom: '2023-06-01' });
    const wardJob = newId();
    await env.database.db.insert(employments).values({
      id: wardJob,
      personId: late.id,
      unitId: tree.ward.id,
      dateFrom: '2020-01-01',
      dateTo: '2023-05-31',
      position: 'Phó Chủ tịch UBND phường',
      isLeader: true,
      isDirectWorker: false,
    });
    const district = await count(tree.district.id, officer);
    expect(district.TONG!.TONG).toBe(1);
    expect(district.L_KHAC!.TONG).toBe(1);
    expect((await count(tree.other.id, otherOfficer)).TONG!.TONG).toBe(0);

    // Correcting the record (not a leader after all) moves him to "trực tiếp"; deleting it leaves no employment
    // on the decision date, so no body counts the award.
    await env.database.db
      .update(employments)
      .set({ isLeader: false, isDirectWorker: true })
      .where(eq(employments.id, wardJob));
    expect((await count(tree.district.id, officer)).TRUC_TIEP!.TONG).toBe(1);
    await env.database.db.delete(employments).where(eq(employments.id, wardJob));
    expect((await count(tree.district.id, officer)).TONG!.TONG).toBe(0);
    expect((await count(tree.other.id, otherOfficer)).TONG!.TONG).toBe(0);
  });
});
