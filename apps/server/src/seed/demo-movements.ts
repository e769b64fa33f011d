import type { ServiceContext } from '../context';
import type { Executor } from '../db/client';
import {
  progressReports,
  progressValues,
  registrationSteps,
  registrationTargets,
  registrations,
  movementItems,
  movementMilestones,
  movementParticipantPicks,
  movementReportPeriods,
  movementSteps,
  movementUnits,
  movements,
} from '../db/schema';
import { newId } from '../lib/ids';
import { notify } from '../services/notifications/notify';
import { resolvePicks, slugify } from '../services/movements/common';
import { CAMPAIGN_2020_DATE } from './demo-data';

/**
 * The reference case (../shared/fixtures/ba-dinh-2020-campaign.md): the 2020 Ba Đình campaign exactly as the
 * article of 28/02/2020 reports it — name, launcher, launch date and event, the seven content items, the
 * occasion's milestones. Dates the article does not give are marked "quy ước" (a demo convention).
 */
export const BA_DINH_2020 = {
  name: 'Đợt thi đua cao điểm chào mừng Đại hội Đảng bộ quận lần thứ 26 tiến tới Đại hội lần thứ 17 Đảng bộ TP Hà Nội và Đại hội lần thứ 13 của Đảng',
  kind: 'DOT',
  launchingUnitKey: 'UBND_BA_DINH',
  participantsSubtreeKey: 'BA_DINH',
  scope: 'BO_NGANH_DIA_PHUONG',
  launchLevel: 'CO_QUAN_DON_VI',
  signerName: 'Tạ Nam Chiến',
  signerPosition: 'Phó Bí thư Quận ủy, Chủ tịch UBND quận Ba Đình',
  launchDate: CAMPAIGN_2020_DATE,
  launchEvent:
    'Sáng 27/02/2020, tại Lễ kỷ niệm 90 năm Ngày thành lập Đảng bộ TP Hà Nội (17/3/1930 – 17/3/2020) do quận Ba Đình tổ chức',
  startDate: CAMPAIGN_2020_DATE,
  // Đại hội XIII bế mạc 01/02/2021: the campaign runs "tiến tới" it.
  endDate: '2021-02-01',
  registrationDeadline: '2020-03-10', // quy ước
  occasion:
    'Đại hội đại biểu Đảng bộ quận lần thứ XXVI → Đại hội đại biểu Đảng bộ Thành phố lần thứ XVII → Đại hội đại biểu toàn quốc lần thứ XIII của Đảng',
  objectives:
    'Lập thành tích chào mừng Đại hội Đảng bộ quận lần thứ 26 tiến tới Đại hội lần thứ 17 Đảng bộ TP Hà Nội và Đại hội lần thứ 13 của Đảng; tạo khí thế sôi nổi trước thềm Đại hội; hoàn thành xuất sắc các chỉ tiêu phát triển kinh tế – xã hội năm 2020 và kế hoạch 5 năm giai đoạn 2015 – 2020 của quận.',
  targetGroups:
    'Các cơ quan, đơn vị, phường trên địa bàn quận Ba Đình; cán bộ, đảng viên, công chức, viên chức, người lao động.',
  criteria:
    'Hoàn thành các nội dung thi đua và chỉ tiêu đã đăng ký; tổ chức thành công Đại hội; giữ vững an ninh chính trị, trật tự an toàn xã hội; không có cán bộ, đảng viên vi phạm kỷ luật.',
  plan: 'Phát động ngày 27/02/2020; các đơn vị đăng ký thi đua trước ngày 10/3/2020; báo cáo tiến độ theo quý; sơ kết sau Đại hội Đảng bộ quận; tổng kết sau Đại hội XIII của Đảng.',
  measures:
    'Đẩy mạnh tuyên truyền, quán triệt đến 100% cán bộ, đảng viên, công chức, viên chức, người lao động; kiểm tra, đôn đốc; phát hiện, biểu dương, nhân rộng điển hình tiên tiến; khen thưởng kịp thời.',
  relatedPlans:
    'Nghị quyết 15/NQ-TU ngày 04/7/2017 của Thành ủy Hà Nội; phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"; Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; "Năm trật tự và văn minh đô thị 2020"; kế hoạch 5 năm 2015 – 2020.',
  items: [
    {
      title:
        'Triển khai nghiêm túc Nghị quyết 15/NQ-TU ngày 04/7/2017 của Thành ủy Hà Nội về xây dựng tổ chức cơ sở đảng trong sạch vững mạnh, củng cố cơ sở đảng yếu kém; giải quyết các vấn đề phức tạp về an ninh chính trị, trật tự, an toàn xã hội trên địa bàn; củng cố và nâng cao chất lượng hoạt động theo hướng đi vào chiều sâu, thực chất, hiệu quả.',
      targetType: 'BOOLEAN',
      target: true,
      ownerKey: null,
      ownerName: 'Ban Tổ chức Quận ủy Ba Đình',
    },
    {
      title: 'Phát triển đảng viên chú trọng chất lượng, nhất là tính tiên phong, gương mẫu.',
      targetType: 'BOOLEAN',
      target: true,
      ownerKey: null,
      ownerName: 'Ban Tổ chức Quận ủy Ba Đình',
    },
    {
      title:
        'Đẩy mạnh công tác tuyên truyền, quán triệt đến 100% cán bộ, đảng viên, công chức, viên chức, người lao động trong các cơ quan, đơn vị, tạo khí thế sôi nổi trước thềm Đại hội.',
      targetType: 'PERCENT',
      target: 100,
      ownerKey: 'BD_VH_TT',
      ownerName: 'Ban Tuyên giáo Quận ủy Ba Đình',
    },
    {
      title:
        'Chuẩn bị đầy đủ, chu đáo các điều kiện tổ chức thành công Đại hội đại biểu lần thứ XXVI Đảng bộ quận, tiến tới Đại hội đại biểu lần thứ XVII Đảng bộ Thành phố, Đại hội đại biểu lần thứ XIII của Đảng.',
      targetType: 'DATE',
      // Phiên chính thức Đại hội Đảng bộ quận Ba Đình lần thứ XXVI: 03/6/2020.
      target: '2020-06-03',
      ownerKey: 'BD_VP',
      ownerName: 'Văn phòng Quận ủy Ba Đình',
    },
    {
      title:
        'Thực hiện tốt các nhiệm vụ chính trị, quốc phòng, an ninh, các chỉ tiêu kinh tế – xã hội năm 2020 và kế hoạch 5 năm giai đoạn 2015 – 2020; rà soát, tháo gỡ khó khăn, tạo điều kiện về môi trường sản xuất, kinh doanh cho doanh nghiệp, tạo việc làm và thu nhập cho người lao động.',
      targetType: 'BOOLEAN',
      target: true,
      ownerKey: 'BD_TC_KH',
      ownerName: null,
    },
    {
      title:
        'Đẩy mạnh phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" gắn với Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; làm tốt công tác đền ơn đáp nghĩa, chăm sóc gia đình chính sách, người có công; giảm nghèo bền vững, bảo đảm an sinh xã hội.',
      targetType: 'BOOLEAN',
      target: true,
      ownerKey: 'BD_LDTBXH',
      ownerName: null,
    },
    {
      title:
        'Thực hiện tốt "Năm trật tự và văn minh đô thị 2020": trật tự mỹ quan đô thị, vệ sinh môi trường, an toàn giao thông, đường thông, hè thoáng; kỷ luật, kỷ cương hành chính gắn với Quy tắc văn hóa ứng xử; đẩy nhanh tiến độ các dự án, công trình, hoàn thành trước thời hạn.',
      targetType: 'BOOLEAN',
      target: true,
      ownerKey: 'BD_QLDT',
      ownerName: null,
    },
  ],
  milestones: [
    {
      kind: 'SU_KIEN',
      name: 'Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI (phiên chính thức)',
      date: '2020-06-03',
    },
    { kind: 'SO_KET', name: 'Sơ kết đợt thi đua sau Đại hội Đảng bộ quận', date: '2020-06-30' }, // quy ước
    {
      kind: 'SU_KIEN',
      name: 'Đại hội đại biểu Đảng bộ Thành phố Hà Nội lần thứ XVII (khai mạc)',
      date: '2020-10-12',
    },
    {
      kind: 'SU_KIEN',
      name: 'Đại hội đại biểu toàn quốc lần thứ XIII của Đảng (khai mạc)',
      date: '2021-01-26',
    },
    { kind: 'TONG_KET', name: 'Tổng kết đợt thi đua cao điểm', date: '2021-02-26' }, // quy ước
  ],
  reportPeriods: [
    { name: 'Quý I/2020', asOf: '2020-03-31', dueDate: '2020-04-05' },
    { name: 'Trước Đại hội Đảng bộ quận', asOf: '2020-05-25', dueDate: '2020-05-29' },
    { name: '6 tháng đầu năm 2020', asOf: '2020-06-30', dueDate: '2020-07-05' },
  ],
} as const;

/** Seeds the 2020 campaign, launched on 27/02/2020, with its participants told in their inboxes. */
export async function seedDemoMovements(tx: Executor, ctx: ServiceContext, id: (key: string) => string) {
  const c = BA_DINH_2020;
  const movementId = newId();
  await tx.insert(movements).values({
    id: movementId,
    slug: slugify('Đợt thi đua cao điểm chào mừng Đại hội Đảng bộ quận Ba Đình lần thứ 26'),
    name: c.name,
    kind: c.kind,
    year: 2020,
    launchingUnitId: id(c.launchingUnitKey),
    launchLevel: c.launchLevel,
    scope: c.scope,
    signerName: c.signerName,
    signerPosition: c.signerPosition,
    launchDate: c.launchDate,
    launchEvent: c.launchEvent,
    startDate: c.startDate,
    endDate: c.endDate,
    registrationDeadline: c.registrationDeadline,
    objectives: c.objectives,
    targetGroups: c.targetGroups,
    criteria: c.criteria,
    plan: c.plan,
    measures: c.measures,
    occasion: c.occasion,
    relatedPlans: c.relatedPlans,
  });
  const picks = [{ kind: 'SUBTREE' as const, id: id(c.participantsSubtreeKey) }];
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
      targetNum: it.targetType === 'PERCENT' ? it.target : null,
      targetDay: it.targetType === 'DATE' ? it.target : null,
      targetFlag: it.targetType === 'BOOLEAN' ? it.target : null,
      ownerUnitId: it.ownerKey ? id(it.ownerKey) : null,
      ownerName: it.ownerName,
      evidenceRequired: true,
    })),
  );
  await tx
    .insert(movementMilestones)
    .values(
      c.milestones.map((x) => ({ id: newId(), movementId, kind: x.kind, name: x.name, onDate: x.date })),
    );
  const periodIds = c.reportPeriods.map(() => newId());
  await tx.insert(movementReportPeriods).values(
    c.reportPeriods.map((p, i) => ({
      id: periodIds[i]!,
      movementId,
      seq: i + 1,
      name: p.name,
      asOf: p.asOf,
      dueDate: p.dueDate,
    })),
  );
  await tx.insert(movementSteps).values({
    id: newId(),
    movementId,
    kind: 'LAUNCH',
    onDate: c.launchDate,
    auto: false,
    note: c.launchEvent,
    actorName: c.signerName,
    at: new Date('2020-02-27T02:00:00Z'),
  });
  await notify(tx, ctx, {
    unitIds,
    kind: 'MOVEMENT_LAUNCHED',
    title: `Phát động: ${c.name}`,
    body: 'Ngày phát động 27/02/2020. Hạn đăng ký thi đua: 10/03/2020. Thời gian thực hiện: 27/02/2020 – 01/02/2021.',
    link: `/phong-trao/${movementId}`,
    entity: 'movement',
    entityId: movementId,
  });
  await seedRegistrationsAndProgress(tx, movementId, id, itemIds, periodIds[0]!);
  return { movementId, unitIds, itemIds, periodIds };
}

/** Demo states of đăng ký thi đua (2020), one ward per state, the rest not registered. */
const DEMO_REGISTRATIONS: {
  unitKey: string;
  steps: { kind: string; at: string; reason?: string; by: string }[];
  /** Quý I/2020 report: submitted on, tuyên truyền %, ngày hoàn thành chuẩn bị Đại hội (or null). */
  report?: { on: string; pct: number; day: string | null; yes: boolean };
}[] = [
  {
    unitKey: 'W_PHUC_XA',
    steps: [
      { kind: 'REQUEST_APPROVAL', at: '2020-03-04T02:00:00Z', by: 'Văn thư phường Phúc Xá' },
      { kind: 'SUBMIT', at: '2020-03-05T02:00:00Z', by: 'Chủ tịch UBND phường Phúc Xá' },
      { kind: 'ACCEPT', at: '2020-03-09T02:00:00Z', by: 'Phòng Nội vụ quận Ba Đình' },
    ],
    report: { on: '2020-04-03', pct: 100, day: '2020-05-20', yes: true },
  },
  {
    unitKey: 'W_QUAN_THANH',
    steps: [
      { kind: 'REQUEST_APPROVAL', at: '2020-03-03T02:00:00Z', by: 'Văn thư phường Quán Thánh' },
      { kind: 'SUBMIT', at: '2020-03-03T08:00:00Z', by: 'Chủ tịch UBND phường Quán Thánh' },
      { kind: 'ACCEPT', at: '2020-03-06T02:00:00Z', by: 'Phòng Nội vụ quận Ba Đình' },
    ],
    report: { on: '2020-04-08', pct: 85, day: null, yes: true },
  },
  {
    unitKey: 'W_TRUC_BACH',
    steps: [
      { kind: 'REQUEST_APPROVAL', at: '2020-03-06T02:00:00Z', by: 'Văn thư phường Trúc Bạch' },
      { kind: 'SUBMIT', at: '2020-03-09T02:00:00Z', by: 'Chủ tịch UBND phường Trúc Bạch' },
    ],
    report: { on: '2020-04-05', pct: 70, day: null, yes: false },
  },
  {
    unitKey: 'W_DIEN_BIEN',
    steps: [
      { kind: 'REQUEST_APPROVAL', at: '2020-03-05T02:00:00Z', by: 'Văn thư phường Điện Biên' },
      { kind: 'SUBMIT', at: '2020-03-06T02:00:00Z', by: 'Chủ tịch UBND phường Điện Biên' },
      {
        kind: 'RETURN',
        at: '2020-03-07T02:00:00Z',
        by: 'Phòng Nội vụ quận Ba Đình',
        reason: 'Bổ sung chỉ tiêu tuyên truyền, quán triệt (nội dung 3) và danh sách cá nhân đăng ký.',
      },
    ],
  },
  { unitKey: 'W_DOI_CAN', steps: [] },
];

async function seedRegistrationsAndProgress(
  tx: Executor,
  movementId: string,
  id: (key: string) => string,
  itemIds: string[],
  q1: string,
) {
  const pledges = ['TT_LDXS', 'TT_LDXS', 'TT_LDTT', 'TT_LDTT', 'TT_LDTT'];
  for (const [i, r] of DEMO_REGISTRATIONS.entries()) {
    const regId = newId();
    const unitId = id(r.unitKey);
    await tx.insert(registrations).values({
      id: regId,
      movementId,
      unitId,
      pledgedTitle: pledges[i]!,
      createdAt: new Date('2020-03-02T02:00:00Z'),
      updatedAt: new Date(r.steps.at(-1)?.at ?? '2020-03-02T02:00:00Z'),
    });
    // Every item: commit to reach it (percent 100, date = the movement's date, yes).
    await tx.insert(registrationTargets).values(
      BA_DINH_2020.items.map((it, k) => ({
        registrationId: regId,
        itemId: itemIds[k]!,
        valueNum: it.targetType === 'PERCENT' ? 100 : null,
        valueDay: it.targetType === 'DATE' ? it.target : null,
        valueFlag: it.targetType === 'BOOLEAN' ? true : null,
      })),
    );
    if (r.steps.length)
      await tx.insert(registrationSteps).values(
        r.steps.map((s) => ({
          id: newId(),
          registrationId: regId,
          kind: s.kind,
          reason: s.reason ?? null,
          actorName: s.by,
          at: new Date(s.at),
        })),
      );
    if (!r.report) continue;
    const reportId = newId();
    await tx.insert(progressReports).values({
      id: reportId,
      movementId,
      periodId: q1,
      unitId,
      submittedAt: new Date(`${r.report.on}T03:00:00Z`),
      submittedOn: r.report.on,
    });
    await tx.insert(progressValues).values(
      BA_DINH_2020.items.flatMap((it, k): (typeof progressValues.$inferInsert)[] => {
        const base = { reportId, itemId: itemIds[k]! };
        if (it.targetType === 'PERCENT') return [{ ...base, valueNum: r.report!.pct }];
        if (it.targetType === 'DATE') return r.report!.day ? [{ ...base, valueDay: r.report!.day }] : [];
        return [{ ...base, valueFlag: r.report!.yes }];
      }),
    );
  }
}
