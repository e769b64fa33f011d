import type { ServiceContext } from '../context';
import type { Executor } from '../db/client';
import { recordAwards } from '../services/registry/record-award';
import { demoPeople, type DemoPerson } from './demo-data';

/**
 * Demo award records for the statistical reports (Biểu 0602/0603, dashboards): the decisions of the Chairman of
 * the Hà Nội People's Committee in 2025 that reach people and units of the demo organisation. FICTIONAL numbers
 * and recipients (chosen deterministically from the demo people), realistic in form: the yearly Bằng khen and
 * Chiến sĩ thi đua thành phố for 2024 achievements (decided in early 2025, before the two-level reform of
 * 01/07/2025), one Cờ thi đua, and a sudden-achievement (đột xuất) Bằng khen after the reform.
 * Kept apart from the registry/decisions demo chain (the 2020 campaign); every record says "Dữ liệu mẫu".
 */
export interface DemoReportAward {
  personKey?: string;
  unitKey?: string;
  code: string;
  decidedOn: string;
  decisionNumber: string;
  type: string;
  periodFrom: number | null;
  periodTo: number | null;
  achievement: string;
}

const SIGNER = 'Chủ tịch UBND thành phố Hà Nội';

function coveringEmployment(p: DemoPerson, day: string) {
  return p.employments.find((e) => e.from <= day && (!e.to || e.to >= day)) ?? null;
}

/** People employed on `day`, in key order, matching `pick`; `n` of them, skipping `used`. */
function choose(
  day: string,
  n: number,
  used: Set<string>,
  pick: (e: NonNullable<ReturnType<typeof coveringEmployment>>) => boolean,
): string[] {
  const out: string[] = [];
  for (const p of [...demoPeople].sort((a, b) => a.key.localeCompare(b.key))) {
    if (out.length === n) break;
    if (used.has(p.key)) continue;
    const e = coveringEmployment(p, day);
    if (!e || !pick(e)) continue;
    used.add(p.key);
    out.push(p.key);
  }
  return out;
}

function build(): DemoReportAward[] {
  const used = new Set<string>();
  const out: DemoReportAward[] = [];
  const yearly = {
    decidedOn: '2025-01-20',
    decisionNumber: '312/QĐ-UBND',
    periodFrom: 2024,
    periodTo: 2024,
  };
  const worker = (e: { isDirectWorker: boolean; isLeader: boolean }) => e.isDirectWorker && !e.isLeader;
  for (const k of choose(yearly.decidedOn, 10, used, worker)) {
    out.push({
      ...yearly,
      personKey: k,
      code: 'BANG_KHEN_BO_TINH',
      type: 'THUONG_XUYEN',
      achievement: 'Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2024 (dữ liệu mẫu)',
    });
  }
  for (const k of choose(yearly.decidedOn, 2, used, (e) => e.isLeader)) {
    out.push({
      ...yearly,
      personKey: k,
      code: 'BANG_KHEN_BO_TINH',
      type: 'THUONG_XUYEN',
      achievement: 'Đã có thành tích xuất sắc trong công tác lãnh đạo, quản lý năm 2024 (dữ liệu mẫu)',
    });
  }
  for (const unitKey of ['W_PHUC_XA', 'SCH_THCS_GIANG_VO', 'DN_HUU_TIEP']) {
    out.push({
      ...yearly,
      unitKey,
      code: 'BANG_KHEN_BO_TINH',
      type: 'THUONG_XUYEN',
      achievement: 'Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2024 (dữ liệu mẫu)',
    });
  }
  out.push({
    ...yearly,
    decisionNumber: '313/QĐ-UBND',
    unitKey: 'W_QUAN_THANH',
    code: 'CO_THI_DUA_BO_TINH',
    type: 'THUONG_XUYEN',
    achievement: 'Đơn vị dẫn đầu phong trào thi đua Cụm thi đua số 1 các phường năm 2024 (dữ liệu mẫu)',
  });
  for (const k of choose('2025-04-15', 3, used, worker)) {
    out.push({
      personKey: k,
      code: 'CSTD_BO_TINH',
      decidedOn: '2025-04-15',
      decisionNumber: '1560/QĐ-UBND',
      type: 'THUONG_XUYEN',
      periodFrom: 2022,
      periodTo: 2024,
      achievement: 'Ba lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (2022–2024) (dữ liệu mẫu)',
    });
  }
  const sudden = {
    decidedOn: '2025-10-10',
    decisionNumber: '4875/QĐ-UBND',
    type: 'DOT_XUAT',
    periodFrom: null,
    periodTo: null,
    code: 'BANG_KHEN_BO_TINH',
    achievement: 'Đã có thành tích xuất sắc đột xuất trong ứng phó, khắc phục hậu quả mưa lũ (dữ liệu mẫu)',
  };
  for (const k of choose(sudden.decidedOn, 4, used, worker)) out.push({ ...sudden, personKey: k });
  out.push({ ...sudden, unitKey: 'P_BA_DINH' });
  return out;
}

export const demoReportAwards: DemoReportAward[] = build();

/** Records the demo report awards in the registry (inside the demo seed's transaction); `id` maps demo keys to ids. */
export async function seedDemoReports(
  tx: Executor,
  ctx: ServiceContext,
  id: (key: string) => string,
): Promise<number> {
  await recordAwards(
    tx,
    ctx,
    demoReportAwards.map((a) => ({
      recipient: a.personKey
        ? { kind: 'INDIVIDUAL' as const, personId: id(`person:${a.personKey}`) }
        : { kind: 'COLLECTIVE' as const, unitId: id(a.unitKey!) },
      code: a.code,
      decisionNumber: a.decisionNumber,
      decidedOn: a.decidedOn,
      signer: SIGNER,
      issuerUnitId: id('HN'),
      periodFrom: a.periodFrom,
      periodTo: a.periodTo,
      type: a.type,
      achievement: a.achievement,
      source: 'MANUAL' as const,
    })),
  );
  return demoReportAwards.length;
}
