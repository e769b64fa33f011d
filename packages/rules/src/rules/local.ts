/**
 * Criteria the Law delegates to ministries and provinces (Luật TĐKT 2022 Điều 75 khoản 2 — Giấy khen;
 * Điều 71 khoản 2 — Kỷ niệm chương). The national value of each parameter is empty (null): the rules below stay
 * silent and the context rule `*.criteria_delegated` asks for a manual review. Once a province records a dated,
 * cited override (server: "Tham số pháp lý" page), these rules decide and quote the province's own reference.
 */
import { wholeMonthsBetween } from '../dates.js';
import type { Msg, SubjectFacts } from '../types.js';
import { msg, RATING_EN, RATING_VI, ratingAt } from './helpers.js';
import { NO_DATE, RATING_NUM, type PackedIndividuals } from './packed.js';
import {
  MET,
  NOT_MET,
  SKIP,
  UNKNOWN,
  type Ctx,
  type FactsRule,
  type IndividualRule,
  type Scratch,
  type Status,
} from './types.js';

const L22 = 'Luật Thi đua, khen thưởng 2022';
const R2 = '2024-01-01';
const GK_RATING = 'giay_khen.local_min_rating';
const KNC_YEARS = 'ky_niem_chuong.local_min_service_years';

/** The province's reference, quoted in the message so the officer sees which local act decided. */
function localRef(c: Ctx, key: string): string {
  return c.snap.get(key)?.reference ?? '';
}

/** Minimum rating from the province's override; 0 when none is recorded. */
function minRating(c: Ctx): number {
  const v = c.snap.get(GK_RATING)?.value;
  return typeof v === 'string' ? (RATING_NUM[v] ?? 0) : 0;
}

function gkIndividual(p: PackedIndividuals, i: number, c: Ctx, d: Scratch): Status {
  const need = minRating(c);
  if (need === 0) return SKIP;
  d.b = need;
  d.a = ratingAt(p, i, c.ay);
  if (d.a === 0) return UNKNOWN;
  return d.a >= need ? MET : NOT_MET;
}

function gkCollective(s: SubjectFacts, _i: number, c: Ctx, d: Scratch): Status {
  const need = minRating(c);
  if (need === 0) return SKIP;
  d.b = need;
  const y = s.years.find((e) => e.year === c.ay);
  d.a = y?.rating ? (RATING_NUM[y.rating] ?? 0) : 0;
  if (d.a === 0) return UNKNOWN;
  return d.a >= need ? MET : NOT_MET;
}

function gkMsg(d: Scratch, st: Status, c: Ctx): Msg {
  const ref = localRef(c, GK_RATING);
  const needVi = d.b === 2 ? RATING_VI[2]! : `${RATING_VI[d.b]} trở lên`;
  const needEn = `${RATING_EN[d.b]}${d.b < 4 ? ' or better' : ''}`;
  if (st === UNKNOWN)
    return msg(
      `Thiếu kết quả đánh giá mức độ hoàn thành nhiệm vụ năm ${c.ay} để xét Giấy khen theo ${ref}`,
      `The ${c.ay} rating is missing (needed by ${ref})`,
    );
  if (st === MET)
    return msg(
      `Năm ${c.ay} ${RATING_VI[d.a]}, đạt yêu cầu ${needVi} của ${ref}`,
      `In ${c.ay}: ${RATING_EN[d.a]}, meeting the "${needEn}" requirement of ${ref}`,
    );
  return msg(
    `Năm ${c.ay} chỉ ${RATING_VI[d.a]}, chưa đạt yêu cầu ${needVi} của ${ref}`,
    `In ${c.ay} only ${RATING_EN[d.a]}, below the "${needEn}" requirement of ${ref}`,
  );
}

function kncYears(p: PackedIndividuals, i: number, c: Ctx, d: Scratch): Status {
  const v = c.snap.get(KNC_YEARS)?.value;
  if (typeof v !== 'number') return SKIP;
  d.b = v;
  const rec = p.recruitedOn[i]!;
  if (rec === NO_DATE) return UNKNOWN;
  d.a = Math.floor(wholeMonthsBetween(rec, c.proposedOn) / 12);
  return d.a >= v ? MET : NOT_MET;
}

function kncMsg(d: Scratch, st: Status, c: Ctx): Msg {
  const ref = localRef(c, KNC_YEARS);
  if (st === UNKNOWN)
    return msg(
      `Thiếu ngày tuyển dụng (subject.recruitedOn) để tính số năm công tác theo ${ref}`,
      `The recruitment date is missing (needed by ${ref})`,
    );
  if (st === MET)
    return msg(
      `Đã công tác ${d.a} năm, đủ ${d.b} năm theo ${ref}`,
      `${d.a} years of service, at least ${d.b} required by ${ref}`,
    );
  return msg(
    `Mới công tác ${d.a} năm, chưa đủ ${d.b} năm theo ${ref}`,
    `Only ${d.a} years of service, ${d.b} required by ${ref}`,
  );
}

export const LOCAL_INDIVIDUAL_RULES: readonly IndividualRule[] = [
  {
    id: 'giay_khen.local_rating',
    on: 'PACKED',
    subjectKinds: ['INDIVIDUAL'],
    targets: ['GIAY_KHEN'],
    description: msg(
      'Mức hoàn thành nhiệm vụ theo tiêu chuẩn Giấy khen của địa phương',
      'Rating required by the local Certificate of Merit rules',
    ),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 75 khoản 2 (tiêu chuẩn do bộ, ban, ngành, tỉnh quy định)`,
        confirmed: true,
        params: [GK_RATING],
        check: gkIndividual,
        message: gkMsg,
      },
    ],
  },
  {
    id: 'ky_niem_chuong.local_service_years',
    on: 'PACKED',
    subjectKinds: ['INDIVIDUAL'],
    targets: ['KY_NIEM_CHUONG_BO_TINH'],
    description: msg(
      'Số năm công tác theo tiêu chuẩn Kỷ niệm chương của bộ, ngành, tỉnh',
      'Years of service required by the body awarding the medal',
    ),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 71 khoản 2 (tiêu chuẩn do bộ, ban, ngành, tổ chức, Hội đồng nhân dân tỉnh quy định)`,
        confirmed: true,
        params: [KNC_YEARS],
        check: kncYears,
        message: kncMsg,
      },
    ],
  },
];

export const LOCAL_COLLECTIVE_RULES: readonly FactsRule[] = [
  {
    id: 'giay_khen.local_rating_collective',
    on: 'FACTS',
    subjectKinds: ['COLLECTIVE'],
    targets: ['GIAY_KHEN'],
    description: msg(
      'Mức hoàn thành nhiệm vụ của tập thể theo tiêu chuẩn Giấy khen của địa phương',
      'Collective rating required by the local Certificate of Merit rules',
    ),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 75 khoản 2 (tiêu chuẩn do bộ, ban, ngành, tỉnh quy định)`,
        confirmed: true,
        params: [GK_RATING],
        check: gkCollective,
        message: gkMsg,
      },
    ],
  },
];
