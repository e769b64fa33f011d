import type { ServiceContext } from '../context';
import type { Executor } from '../db/client';
import {
  movementItems,
  movementMilestones,
  movementParticipantPicks,
  movementReportPeriods,
  movementSteps,
  movementUnits,
  movements,
  progressReports,
  progressValues,
  registrationSteps,
  registrationTargets,
  registrations,
} from '../db/schema';
import { newId } from '../lib/ids';
import { notify } from '../services/notifications/notify';
import { resolvePicks, slugify } from '../services/movements/common';
import type { TargetType } from '@vinhdanh/shared';

/**
 * A current-year campaign in progress (demo convention, not from a source): launched by UBND Thành phố Hà Nội on
 * 02/03/2026 for the four central wards of the two-level model and their agencies; registrations accepted, three
 * reporting periods reported (some units late, some missing), so today's dashboard has data.
 */
export const HN_2026_SLUG = slugify('Phường văn minh hiện đại vì Nhân dân phục vụ năm 2026');

export const HN_2026 = {
  name: 'Phong trào thi đua "Phường văn minh, hiện đại, vì Nhân dân phục vụ" năm 2026 ở các phường khu vực trung tâm',
  launchDate: '2026-03-02',
  startDate: '2026-03-02',
  endDate: '2026-12-31',
  registrationDeadline: '2026-03-20',
  items: [
    {
      title: 'Thu ngân sách nhà nước trên địa bàn đạt và vượt dự toán được giao năm 2026',
      targetType: 'PERCENT' as TargetType,
      target: 100,
    },
    {
      title: 'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn',
      targetType: 'PERCENT' as TargetType,
      target: 98,
    },
    {
      title: 'Xây dựng mô hình, điển hình tiên tiến được biểu dương, nhân rộng',
      targetType: 'NUMBER' as TargetType,
      target: 3,
      measureUnit: 'mô hình',
    },
    {
      title: 'Hoàn thành cung cấp dịch vụ công trực tuyến toàn trình cho các thủ tục đủ điều kiện',
      targetType: 'DATE' as TargetType,
      target: '2026-09-30',
    },
    {
      title: 'Không để phát sinh điểm nóng về an ninh trật tự, vệ sinh môi trường, lấn chiếm vỉa hè',
      targetType: 'BOOLEAN' as TargetType,
      target: true,
    },
  ],
  periods: [
    { name: 'Quý I/2026', asOf: '2026-03-31', dueDate: '2026-04-05' },
    { name: '6 tháng đầu năm 2026', asOf: '2026-06-30', dueDate: '2026-07-05' },
    { name: '9 tháng năm 2026', asOf: '2026-09-30', dueDate: '2026-10-05' },
    { name: 'Năm 2026', asOf: '2026-12-15', dueDate: '2026-12-20' },
  ],
} as const;

/** Reported value of item k by unit i in period p (0..2): rising through the year, varied across units. */
function valueFor(i: number, k: number, p: number): { num?: number; day?: string; flag?: boolean } | null {
  const step = [0.3, 0.6, 0.85][p]!;
  const spread = ((i * 7 + k * 3) % 5) / 10; // 0 .. 0.4
  switch (k) {
    case 0:
      return { num: Math.min(100, Math.round(100 * (step + spread * 0.5))) };
    case 1:
      return { num: Math.min(100, 88 + ((i + p * 3) % 12)) };
    case 2:
      return { num: Math.min(4, Math.floor((p + 1) * (0.5 + spread))) };
    case 3:
      return p < 2
        ? null
        : { day: i % 4 === 3 ? '2026-10-15' : `2026-09-${String(10 + (i % 15)).padStart(2, '0')}` };
    default:
      return { flag: (i + p) % 6 !== 0 };
  }
}

/** Seeds the 2026 campaign. `id` maps demo keys to unit ids. */
export async function seedDemoMovement2026(tx: Executor, ctx: ServiceContext, id: (key: string) => string) {
  const c = HN_2026;
  const movementId = newId();
  await tx.insert(movements).values({
    id: movementId,
    slug: HN_2026_SLUG,
    name: c.name,
    kind: 'CHUYEN_DE',
    year: 2026,
    launchingUnitId: id('UBND_HN'),
    launchLevel: 'BO_NGANH_TINH',
    scope: 'CO_QUAN_DON_VI',
    signerName: 'Trần Sỹ Thanh',
    signerPosition: 'Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Hà Nội',
    launchDate: c.launchDate,
    launchEvent: 'Hội nghị triển khai nhiệm vụ năm 2026 của các phường khu vực trung tâm',
    startDate: c.startDate,
    endDate: c.endDate,
    registrationDeadline: c.registrationDeadline,
    objectives:
      'Xây dựng chính quyền phường văn minh, hiện đại, gần dân; hoàn thành toàn diện các chỉ tiêu phát triển kinh tế – xã hội năm 2026 trong năm đầu vận hành mô hình chính quyền địa phương hai cấp.',
    targetGroups:
      'Ủy ban nhân dân các phường Ba Đình, Ngọc Hà, Giảng Võ, Hồng Hà và các cơ quan chuyên môn thuộc UBND phường; cán bộ, công chức, viên chức, người lao động.',
    criteria:
      'Hoàn thành các chỉ tiêu đã đăng ký; giải quyết thủ tục hành chính đúng hạn; không có cán bộ, công chức bị kỷ luật.',
    plan: 'Phát động ngày 02/3/2026; đăng ký thi đua trước ngày 20/3/2026; báo cáo tiến độ theo quý; sơ kết 6 tháng; tổng kết tháng 12/2026.',
    measures:
      'Tuyên truyền trên cổng thông tin và mạng xã hội của phường; kiểm tra, đôn đốc hằng quý; biểu dương kịp thời các điển hình tiên tiến.',
    occasion: 'Năm đầu thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
    relatedPlans: 'Kế hoạch phát triển kinh tế – xã hội năm 2026 của Thành phố Hà Nội',
  });
  const picks = ['P_BA_DINH', 'P_NGOC_HA', 'P_GIANG_VO', 'P_HONG_HA'].map((k) => ({
    kind: 'SUBTREE' as const,
    id: id(k),
  }));
  await tx
    .insert(movementParticipantPicks)
    .values(picks.map((p) => ({ movementId, kind: p.kind, refId: p.id })));
  const unitIds = await resolvePicks(tx, picks, c.startDate);
  await tx.insert(movementUnits).values(unitIds.map((unitId) => ({ movementId, unitId })));
  const itemIds = c.items.map(() => newId());
  await tx.insert(movementItems).values(
    c.items.map((it, i) => ({
      id: itemIds[i]!,
      movementId,
      seq: i + 1,
      title: it.title,
      targetType: it.targetType,
      targetNum: typeof it.target === 'number' ? it.target : null,
      targetDay: typeof it.target === 'string' ? it.target : null,
      targetFlag: typeof it.target === 'boolean' ? it.target : null,
      measureUnit: 'measureUnit' in it ? it.measureUnit : null,
      evidenceRequired: true,
    })),
  );
  await tx.insert(movementMilestones).values([
    {
      id: newId(),
      movementId,
      kind: 'SO_KET',
      name: 'Sơ kết 6 tháng đầu năm 2026',
      onDate: '2026-07-15',
      reachedAt: new Date('2026-07-14T17:00:00Z'),
    },
    { id: newId(), movementId, kind: 'TONG_KET', name: 'Tổng kết phong trào năm 2026', onDate: '2026-12-28' },
  ]);
  const periodIds = c.periods.map(() => newId());
  await tx
    .insert(movementReportPeriods)
    .values(c.periods.map((p, i) => ({ id: periodIds[i]!, movementId, seq: i + 1, ...p })));
  await tx.insert(movementSteps).values([
    {
      id: newId(),
      movementId,
      kind: 'LAUNCH',
      onDate: c.launchDate,
      auto: false,
      actorName: 'Trần Sỹ Thanh',
      at: new Date('2026-03-02T02:00:00Z'),
    },
    {
      id: newId(),
      movementId,
      kind: 'SO_KET',
      onDate: '2026-07-15',
      auto: true,
      actorName: null,
      at: new Date('2026-07-14T17:00:00Z'),
    },
  ]);
  await notify(tx, ctx, {
    unitIds,
    kind: 'MOVEMENT_LAUNCHED',
    title: `Phát động: ${c.name}`,
    body: 'Ngày phát động 02/03/2026. Hạn đăng ký thi đua: 20/03/2026. Thời gian thực hiện: 02/03/2026 – 31/12/2026.',
    link: `/phong-trao/${movementId}`,
    entity: 'movement',
    entityId: movementId,
  });

  // Registrations: every unit but the last two registered and was accepted; pledges a little above the targets.
  for (const [i, unitId] of unitIds.entries()) {
    if (i >= unitIds.length - 2) continue;
    const regId = newId();
    await tx.insert(registrations).values({
      id: regId,
      movementId,
      unitId,
      pledgedTitle: i % 3 === 0 ? 'TT_LDXS' : 'TT_LDTT',
      createdAt: new Date('2026-03-10T02:00:00Z'),
      updatedAt: new Date('2026-03-18T02:00:00Z'),
    });
    await tx.insert(registrationTargets).values(
      c.items.map((it, k) => ({
        registrationId: regId,
        itemId: itemIds[k]!,
        valueNum:
          typeof it.target === 'number'
            ? it.targetType === 'NUMBER'
              ? it.target + (i % 2)
              : it.target
            : null,
        valueDay: it.targetType === 'DATE' ? (it.target as string) : null,
        valueFlag: it.targetType === 'BOOLEAN' ? true : null,
      })),
    );
    await tx.insert(registrationSteps).values(
      (
        [
          ['REQUEST_APPROVAL', '2026-03-12T02:00:00Z', 'Cán bộ TĐKT đơn vị'],
          ['SUBMIT', '2026-03-13T02:00:00Z', 'Thủ trưởng đơn vị'],
          ['ACCEPT', '2026-03-18T02:00:00Z', 'Ban Thi đua – Khen thưởng thành phố'],
        ] as const
      ).map(([kind, at, by]) => ({
        id: newId(),
        registrationId: regId,
        kind,
        reason: null,
        actorName: by,
        at: new Date(at),
      })),
    );
  }

  // Reports for the first three periods: most on time; unit 1 late each time, unit 2 misses the 9-month one,
  // the last unit never reports.
  for (const [p, periodId] of periodIds.slice(0, 3).entries()) {
    const period = c.periods[p]!;
    for (const [i, unitId] of unitIds.entries()) {
      if (i === unitIds.length - 1 || (i === 2 && p === 2)) continue;
      const due = new Date(`${period.dueDate}T03:00:00Z`);
      const on = new Date(due.getTime() + (i === 1 ? 4 : -(1 + (i % 3))) * 86_400_000);
      const onDay = on.toISOString().slice(0, 10);
      const reportId = newId();
      await tx.insert(progressReports).values({
        id: reportId,
        movementId,
        periodId,
        unitId,
        submittedAt: on,
        submittedOn: onDay,
        note: i === 1 ? 'Nộp chậm do kiện toàn bộ máy sau sắp xếp.' : null,
      });
      const vals = c.items.flatMap((_, k) => {
        const v = valueFor(i, k, p);
        return v
          ? [
              {
                reportId,
                itemId: itemIds[k]!,
                valueNum: v.num ?? null,
                valueDay: v.day ?? null,
                valueFlag: v.flag ?? null,
              },
            ]
          : [];
      });
      if (vals.length) await tx.insert(progressValues).values(vals);
    }
  }
  return { movementId, unitIds, itemIds, periodIds };
}
