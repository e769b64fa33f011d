/** Rules for individual titles and award forms (Luật TĐKT 2022 Điều 21–24, 43–44, 73–74; old regime NĐ 91/2017). */
import { dayOf, wholeMonthsBetween } from '../dates.js';
import type { Msg } from '../types.js';
import {
  countRating,
  countTitles,
  latestAward,
  lastExcluded,
  msg,
  R_HTT,
  R_HTXS,
  RATING_EN,
  RATING_VI,
  ratingAt,
  run,
  runBack,
  span,
  titlesAt,
  windowStart,
  codeSet,
  cellOf,
} from './helpers.js';
import {
  A_INJURY_BAD,
  A_INJURY_OK,
  A_MATERNITY,
  A_SICK,
  A_TRAINING_BAD,
  A_TRAINING_OK,
  NO_DATE,
  T_CSTD_BO_TINH,
  T_CSTD_CO_SO,
  T_CSTD_TOAN_QUOC,
  T_CSTT,
  T_LDTT,
  T_PRESENT,
  scopeAtLeast,
  type PackedIndividuals,
} from './packed.js';
import {
  MET,
  NOT_MET,
  SKIP,
  UNKNOWN,
  type Ctx,
  type IndividualRule,
  type Scratch,
  type Status,
} from './types.js';

const L03 = 'Luật Thi đua, khen thưởng 2003';
const L22 = 'Luật Thi đua, khen thưởng 2022';
const ND91 = 'Nghị định 91/2017/NĐ-CP';
const ND98 = 'Nghị định 98/2023/NĐ-CP';
const ND152 = 'Nghị định 152/2025/NĐ-CP';
const R1 = '2017-10-01';
const R1_END = '2023-12-31';
const R2 = '2024-01-01';
const R2_END = '2025-06-30';
const R3 = '2025-07-01';

type P = PackedIndividuals;
const IND = ['INDIVIDUAL'] as const;

const titleName = (c: Ctx): string => (c.target === 'CSTT' ? 'Chiến sĩ tiên tiến' : 'Lao động tiên tiến');
const titleNameEn = (c: Ctx): string => (c.target === 'CSTT' ? 'Advanced Soldier' : 'Advanced Worker');

/* ---------- Lao động tiên tiến / Chiến sĩ tiên tiến ---------- */

function ratingHtt(p: P, i: number, c: Ctx, d: Scratch): Status {
  const r = ratingAt(p, i, c.ay);
  d.a = r;
  if (r === 0) return UNKNOWN;
  return r >= R_HTT ? MET : NOT_MET;
}
function ratingHttMsg(d: Scratch, st: Status, c: Ctx): Msg {
  if (st === UNKNOWN) {
    return msg(
      `Thiếu kết quả đánh giá mức độ hoàn thành nhiệm vụ năm ${c.ay}`,
      `The task-completion rating for ${c.ay} is missing`,
    );
  }
  if (st === MET) {
    return msg(
      `Năm ${c.ay} ${RATING_VI[d.a]}, đạt yêu cầu hoàn thành tốt nhiệm vụ trở lên`,
      `In ${c.ay} the person ${RATING_EN[d.a]}, meeting the "well completed or better" requirement`,
    );
  }
  return msg(
    `Năm ${c.ay} chỉ ${RATING_VI[d.a]}, chưa đạt mức hoàn thành tốt nhiệm vụ trở lên`,
    `In ${c.ay} the person only ${RATING_EN[d.a]}, below "well completed"`,
  );
}

function minService(p: P, i: number, c: Ctx, d: Scratch): Status {
  const need = c.snap.num('ldtt.min_service_months');
  d.b = need;
  const rec = p.recruitedOn[i]!;
  if (rec === NO_DATE) {
    // No recruitment date: evidence of employment in an earlier year is enough.
    for (let y = c.ay - 1; y >= p.firstYear; y--) {
      if (titlesAt(p, i, y) & T_PRESENT) {
        d.a = -1;
        d.c = y;
        return MET;
      }
    }
    d.a = -2;
    return UNKNOWN;
  }
  const months = wholeMonthsBetween(rec, dayOf(c.ay + 1, 1, 1));
  d.a = months;
  d.e = rec;
  return months >= need ? MET : NOT_MET;
}
function minServiceMsg(d: Scratch, st: Status, c: Ctx): Msg {
  if (d.a === -2) {
    return msg(
      `Thiếu ngày tuyển dụng (subject.recruitedOn) để xác định thời gian công tác trong năm ${c.ay}`,
      `Recruitment date (subject.recruitedOn) is missing`,
    );
  }
  if (d.a === -1) {
    return msg(
      `Đã công tác từ năm ${d.c} trở về trước, không thuộc trường hợp mới tuyển dụng dưới ${d.b} tháng`,
      `Employed since ${d.c} or earlier; not a recruit of less than ${d.b} months`,
    );
  }
  if (st === MET) {
    return msg(
      `Có ${d.a >= 12 ? 'đủ 12' : d.a} tháng công tác tính đến hết năm ${c.ay}, không thuộc trường hợp mới tuyển dụng dưới ${d.b} tháng`,
      `${Math.min(d.a, 12)} months of service by the end of ${c.ay}; at least ${d.b} months required`,
    );
  }
  return msg(
    `Mới tuyển dụng dưới ${d.b} tháng (${Math.max(d.a, 0)} tháng tính đến hết năm ${c.ay}) nên không xét danh hiệu ${titleName(c)}`,
    `Recruited less than ${d.b} months before the end of ${c.ay} (${Math.max(d.a, 0)} months)`,
  );
}

function noDiscipline(p: P, i: number, c: Ctx, d: Scratch): Status {
  const cell = cellOf(p, i, c.ay);
  if (cell < 0 || (p.titles[cell]! & T_PRESENT) === 0) return UNKNOWN;
  d.a = p.discipline[cell]!;
  return d.a === 0 ? MET : NOT_MET;
}
const DISC_VI = ['', 'khiển trách', 'cảnh cáo', 'hạ bậc lương', 'giáng chức', 'cách chức', 'buộc thôi việc'];
function noDisciplineMsg(d: Scratch, st: Status, c: Ctx): Msg {
  if (st === UNKNOWN)
    return msg(`Thiếu dữ liệu năm ${c.ay} để xác định kỷ luật`, `No entry for ${c.ay} to check discipline`);
  if (st === MET) return msg(`Không bị kỷ luật trong năm ${c.ay}`, `No discipline in force in ${c.ay}`);
  return c.snap.str('discipline.model') === 'TIME_WINDOW'
    ? msg(
        `Bị kỷ luật ${DISC_VI[d.a]} còn hiệu lực trong năm ${c.ay}; thành tích chỉ được tính từ khi chấp hành xong thời gian kỷ luật`,
        `Disciplined in ${c.ay}; achievements count only after the discipline period ends`,
      )
    : msg(
        `Bị kỷ luật ${DISC_VI[d.a]} trong năm ${c.ay} (từ khiển trách trở lên không xét danh hiệu ${titleName(c)})`,
        `Disciplined in ${c.ay} (reprimand or above excludes ${titleNameEn(c)})`,
      );
}

function absences(p: P, i: number, c: Ctx, d: Scratch): Status {
  const cell = cellOf(p, i, c.ay);
  const ab = cell < 0 ? 0 : p.absences[cell]!;
  d.a = ab;
  if (ab === 0) return SKIP;
  let st: Status = MET;
  const snap = c.snap;
  if (ab & A_MATERNITY) {
    if (!snap.confirmed('absence.maternity_counts')) d.unconfirmed = true;
    if (!snap.bool('absence.maternity_counts')) st = UNKNOWN;
  }
  if (ab & A_TRAINING_OK) {
    if (!snap.confirmed('absence.training_counts')) d.unconfirmed = true;
    if (!snap.bool('absence.training_counts')) st = UNKNOWN;
  }
  if (ab & A_INJURY_OK) {
    if (!snap.confirmed('absence.injury_counts')) d.unconfirmed = true;
    if (!snap.bool('absence.injury_counts')) st = UNKNOWN;
  }
  // Sick leave: the old "≥ 40 days off" exclusion was abolished (NĐ 91); no newer rule was found.
  if (ab & A_SICK && c.legalDate >= dayOf(2024, 1, 1)) d.unconfirmed = true;
  if (ab & (A_TRAINING_BAD | A_INJURY_BAD)) st = UNKNOWN;
  return st;
}
function absencesMsg(d: Scratch, st: Status, c: Ctx): Msg {
  const parts: string[] = [];
  const en: string[] = [];
  const add = (bit: number, vi: string, e: string): void => {
    if (d.a & bit) {
      parts.push(vi);
      en.push(e);
    }
  };
  add(A_MATERNITY, 'nghỉ thai sản', 'maternity leave');
  add(A_TRAINING_OK, 'đi đào tạo, bồi dưỡng chấp hành tốt quy định', 'compliant training');
  add(
    A_INJURY_OK,
    'điều trị thương tích do chiến đấu, cứu người, cứu tài sản có kết luận của cơ quan y tế',
    'treatment of a rescue injury',
  );
  add(A_SICK, 'nghỉ ốm', 'sick leave');
  if (st === MET) {
    return msg(
      `Thời gian ${parts.join(', ')} trong năm ${c.ay} được tính là thời gian công tác để xét tặng`,
      `Time of ${en.join(', ')} in ${c.ay} counts as working time`,
    );
  }
  const bad: string[] = [];
  if (d.a & A_TRAINING_BAD) bad.push('đi đào tạo không chấp hành tốt quy định của cơ sở đào tạo');
  if (d.a & A_INJURY_BAD) bad.push('điều trị thương tích chưa có kết luận của cơ quan y tế');
  if (bad.length === 0) bad.push(parts.join(', '));
  return msg(
    `Năm ${c.ay} có thời gian ${bad.join(', ')} không được tính là thời gian công tác; luật chưa quy định ngưỡng, cần Hội đồng xem xét`,
    `Part of ${c.ay} (${en.join(', ') || 'absence'}) does not count as working time; no threshold is encoded, needs review`,
  );
}

/** LĐTT standard, reused by CSTĐCS ("đạt tiêu chuẩn LĐTT"). */
function ldttStandard(p: P, i: number, c: Ctx, d: Scratch): Status {
  const r = ratingAt(p, i, c.ay);
  if (r === 0) return UNKNOWN;
  if (r < R_HTT) return NOT_MET;
  const cell = cellOf(p, i, c.ay);
  if (p.discipline[cell]! > 0) return NOT_MET;
  const rec = p.recruitedOn[i]!;
  if (rec !== NO_DATE && !c.snap.confirmed('ldtt.min_service_months')) d.unconfirmed = true;
  if (
    rec !== NO_DATE &&
    wholeMonthsBetween(rec, dayOf(c.ay + 1, 1, 1)) < c.snap.num('ldtt.min_service_months')
  ) {
    return NOT_MET;
  }
  if (p.absences[cell]! & (A_TRAINING_BAD | A_INJURY_BAD)) return UNKNOWN;
  return MET;
}

function transferOpinion(p: P, i: number, c: Ctx, d: Scratch): Status {
  const cell = cellOf(p, i, c.ay);
  const t = cell < 0 ? 0 : p.transfer[cell]!;
  if (t === 0) return SKIP;
  d.a = (t & 127) - 1;
  d.b = c.snap.num('ldtt.transfer_opinion_months');
  d.c = t & 128 ? 1 : 0;
  return d.a < d.b || d.c === 1 ? MET : UNKNOWN;
}
function transferOpinionMsg(d: Scratch, st: Status, c: Ctx): Msg {
  if (d.a < d.b) {
    return msg(
      `Chuyển công tác trong năm ${c.ay}, công tác ở đơn vị cũ ${d.a} tháng (dưới ${d.b} tháng): đơn vị mới xét, không cần ý kiến đơn vị cũ`,
      `Transferred in ${c.ay} after ${d.a} months at the previous unit: no opinion needed`,
    );
  }
  return st === MET
    ? msg(
        `Chuyển công tác trong năm ${c.ay}, đã có ý kiến bằng văn bản của đơn vị cũ (công tác ${d.a} tháng)`,
        `Transferred in ${c.ay}; the previous unit's opinion is on file`,
      )
    : msg(
        `Chuyển công tác trong năm ${c.ay}, đã công tác ở đơn vị cũ ${d.a} tháng (từ ${d.b} tháng trở lên): cần ý kiến bằng văn bản của đơn vị cũ trước khi xét`,
        `Transferred in ${c.ay} after ${d.a} months at the previous unit: its written opinion is required`,
      );
}

const LDTT_TARGETS = ['LDTT', 'CSTT'] as const;

export const ldttRules: IndividualRule[] = [
  {
    id: 'ldtt.rating_htt',
    on: 'PACKED',
    subjectKinds: IND,
    targets: LDTT_TARGETS,
    description: msg('Hoàn thành tốt nhiệm vụ trở lên', 'Rated "well completed" or better'),
    versions: [
      {
        from: R1,
        to: R1_END,
        citation: `${L03}, Điều 24 khoản 1`,
        confirmed: true,
        check: ratingHtt,
        message: ratingHttMsg,
      },
      {
        from: R2,
        citation: `${L22}, Điều 24 khoản 1 điểm a`,
        confirmed: true,
        check: ratingHtt,
        message: ratingHttMsg,
      },
    ],
  },
  {
    id: 'ldtt.min_service',
    on: 'PACKED',
    subjectKinds: IND,
    targets: LDTT_TARGETS,
    description: msg(
      'Không xét cho người mới tuyển dụng dưới thời gian tối thiểu',
      'Not for recent recruits',
    ),
    versions: [
      {
        from: R1,
        to: R1_END,
        citation: `${ND91}, Điều 10`,
        confirmed: true,
        params: ['ldtt.min_service_months'],
        check: minService,
        message: minServiceMsg,
      },
      {
        from: R2,
        citation: 'Thông tư 01/2024/TT-BNV, Điều 1 khoản 5',
        confirmed: true,
        params: ['ldtt.min_service_months'],
        check: minService,
        message: minServiceMsg,
      },
    ],
  },
  {
    id: 'ldtt.no_discipline',
    on: 'PACKED',
    subjectKinds: IND,
    targets: LDTT_TARGETS,
    description: msg('Không bị kỷ luật trong năm xét', 'No discipline in the year'),
    versions: [
      {
        from: R1,
        to: R1_END,
        citation: `${ND91}, Điều 10`,
        confirmed: true,
        params: ['discipline.model'],
        check: noDiscipline,
        message: noDisciplineMsg,
      },
      {
        from: R2,
        to: R2_END,
        citation: `${ND98} (điều khoản về kỷ luật chưa đọc được)`,
        confirmed: false,
        params: ['discipline.model'],
        check: noDiscipline,
        message: noDisciplineMsg,
      },
      {
        from: R3,
        citation: `${ND152}, Điều 4 khoản 4`,
        confirmed: true,
        params: ['discipline.model'],
        check: noDiscipline,
        message: noDisciplineMsg,
      },
    ],
  },
  {
    id: 'ldtt.transfer_opinion',
    on: 'PACKED',
    subjectKinds: IND,
    targets: LDTT_TARGETS,
    description: msg('Ý kiến của đơn vị cũ khi chuyển công tác', "Previous unit's opinion after a transfer"),
    versions: [
      {
        from: R1,
        to: R1_END,
        citation: `${ND91} (chuyển công tác)`,
        confirmed: true,
        params: ['ldtt.transfer_opinion_months'],
        check: transferOpinion,
        message: transferOpinionMsg,
      },
      {
        from: R2,
        citation: 'Thông tư 01/2024/TT-UBDT (quy định ngành; văn bản chung chưa xác minh)',
        confirmed: false,
        params: ['ldtt.transfer_opinion_months'],
        check: transferOpinion,
        message: transferOpinionMsg,
      },
    ],
  },
  {
    id: 'ldtt.absences_counted',
    on: 'PACKED',
    subjectKinds: IND,
    targets: LDTT_TARGETS,
    description: msg(
      'Thời gian nghỉ thai sản, đào tạo, điều trị được tính là thời gian công tác',
      'Leave that counts as working time',
    ),
    versions: [
      {
        from: R1,
        to: R1_END,
        citation: `${ND91}, Điều 10 khoản 4`,
        confirmed: true,
        check: absences,
        message: absencesMsg,
      },
      {
        from: R2,
        to: R2_END,
        citation: 'Thông tư 01/2024/TT-BNV, Điều 1 khoản 5 điểm a, b',
        confirmed: true,
        check: absences,
        message: absencesMsg,
      },
      {
        from: R3,
        citation: `${ND152}, Điều 4 khoản 5; Thông tư 15/2025/TT-BNV`,
        confirmed: true,
        check: absences,
        message: absencesMsg,
      },
    ],
  },
];

/* ---------- Chiến sĩ thi đua cơ sở ---------- */

function requiresLdtt(strictTitle: boolean) {
  return (p: P, i: number, c: Ctx, d: Scratch): Status => {
    const t = titlesAt(p, i, c.ay);
    if (t & (T_LDTT | T_CSTT)) {
      d.a = 1;
      return MET;
    }
    d.a = 0;
    if (strictTitle) return (t & T_PRESENT) === 0 ? UNKNOWN : NOT_MET;
    d.a = 2;
    return ldttStandard(p, i, c, d);
  };
}
function requiresLdttMsg(d: Scratch, st: Status, c: Ctx): Msg {
  if (st === MET) {
    return d.a === 1
      ? msg(
          `Đã đạt danh hiệu Lao động tiên tiến (Chiến sĩ tiên tiến) năm ${c.ay}`,
          `Holds the Advanced Worker title for ${c.ay}`,
        )
      : msg(
          `Đạt tiêu chuẩn danh hiệu Lao động tiên tiến năm ${c.ay}`,
          `Meets the Advanced Worker standard for ${c.ay}`,
        );
  }
  if (st === UNKNOWN) {
    return msg(
      `Thiếu dữ liệu năm ${c.ay} để xác định tiêu chuẩn Lao động tiên tiến`,
      `Facts for ${c.ay} are missing to check the Advanced Worker standard`,
    );
  }
  return d.a === 0
    ? msg(
        `Chưa đạt danh hiệu Lao động tiên tiến năm ${c.ay}`,
        `Does not hold the Advanced Worker title for ${c.ay}`,
      )
    : msg(
        `Không đạt tiêu chuẩn danh hiệu Lao động tiên tiến năm ${c.ay}`,
        `Does not meet the Advanced Worker standard for ${c.ay}`,
      );
}

const ANY_INIT = scopeAtLeast(0);

function initiativeRequired(p: P, i: number, c: Ctx, d: Scratch): Status {
  const cell = cellOf(p, i, c.ay);
  if (cell < 0 || (p.titles[cell]! & T_PRESENT) === 0) return UNKNOWN;
  d.a = p.initiatives[cell]! & ANY_INIT ? 1 : 0;
  return d.a ? MET : NOT_MET;
}
function initiativeRequiredMsg(d: Scratch, st: Status, c: Ctx): Msg {
  if (st === UNKNOWN) return msg(`Thiếu dữ liệu năm ${c.ay}`, `No entry for ${c.ay}`);
  return st === MET
    ? msg(
        `Năm ${c.ay} có sáng kiến, đề tài khoa học hoặc mưu trí trong chiến đấu được công nhận`,
        `Has a recognised initiative, science project or combat ingenuity in ${c.ay}`,
      )
    : msg(
        `Năm ${c.ay} không có sáng kiến, đề tài khoa học hoặc mưu trí trong chiến đấu được công nhận (bắt buộc theo chế độ cũ, kể cả khi hoàn thành xuất sắc nhiệm vụ)`,
        `No recognised initiative in ${c.ay} (mandatory under the old regime, even when rated excellent)`,
      );
}

function htxsOrInitiative(p: P, i: number, c: Ctx, d: Scratch): Status {
  const cell = cellOf(p, i, c.ay);
  if (cell < 0 || (p.titles[cell]! & T_PRESENT) === 0) return UNKNOWN;
  const htxs = p.rating[cell] === R_HTXS;
  const init = (p.initiatives[cell]! & ANY_INIT) !== 0;
  d.a = (htxs ? 1 : 0) | (init ? 2 : 0);
  if (htxs || init) return MET;
  return p.rating[cell] === 0 ? UNKNOWN : NOT_MET;
}
function htxsOrInitiativeMsg(d: Scratch, st: Status, c: Ctx): Msg {
  if (st === UNKNOWN) return msg(`Thiếu kết quả đánh giá năm ${c.ay}`, `Rating for ${c.ay} missing`);
  if (st === NOT_MET) {
    return msg(
      `Năm ${c.ay} không hoàn thành xuất sắc nhiệm vụ và không có sáng kiến, đề tài khoa học hoặc mưu trí trong chiến đấu được công nhận`,
      `In ${c.ay}: neither rated excellent nor a recognised initiative, science project or combat ingenuity`,
    );
  }
  const vi: string[] = [];
  if (d.a & 1) vi.push('hoàn thành xuất sắc nhiệm vụ');
  if (d.a & 2) vi.push('có sáng kiến (đề tài, mưu trí) được công nhận');
  return msg(
    `Năm ${c.ay} ${vi.join(' và ')}`,
    `In ${c.ay}: ${d.a & 1 ? 'rated excellent' : ''}${d.a === 3 ? ' and ' : ''}${d.a & 2 ? 'recognised initiative' : ''}`,
  );
}

export const cstdCoSoRules: IndividualRule[] = [
  {
    id: 'cstd_co_so.requires_ldtt',
    on: 'PACKED',
    subjectKinds: IND,
    targets: ['CSTD_CO_SO'],
    description: msg('Đạt danh hiệu (tiêu chuẩn) Lao động tiên tiến', 'Advanced Worker title or standard'),
    versions: [
      {
        from: R1,
        to: R1_END,
        citation: `${L03}, Điều 23; ${ND91}, Điều 9 khoản 3`,
        confirmed: true,
        check: requiresLdtt(true),
        message: requiresLdttMsg,
      },
      {
        from: R2,
        citation: `${L22}, Điều 23 khoản 1`,
        confirmed: true,
        check: requiresLdtt(false),
        message: requiresLdttMsg,
      },
    ],
  },
  {
    id: 'cstd_co_so.initiative_required',
    on: 'PACKED',
    subjectKinds: IND,
    targets: ['CSTD_CO_SO'],
    description: msg('Có sáng kiến, đề tài hoặc mưu trí (chế độ cũ)', 'Initiative required (old regime)'),
    versions: [
      {
        from: R1,
        to: R1_END,
        citation: `${L03}, Điều 23; ${ND91}, Điều 9 khoản 3`,
        confirmed: true,
        check: initiativeRequired,
        message: initiativeRequiredMsg,
      },
    ],
  },
  {
    id: 'cstd_co_so.htxs_or_initiative',
    on: 'PACKED',
    subjectKinds: IND,
    targets: ['CSTD_CO_SO'],
    description: msg(
      'Hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến, đề tài, mưu trí',
      'Excellent rating or an initiative',
    ),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 23 khoản 2`,
        confirmed: true,
        check: htxsOrInitiative,
        message: htxsOrInitiativeMsg,
      },
    ],
  },
];

/* ---------- Chiến sĩ thi đua bộ, ban, ngành, tỉnh ---------- */

const SET_CSTD_BT = codeSet('CSTD_BO_TINH');

/** First year after the latest CSTĐ bộ/tỉnh (title in a year entry covers that year and the 2 before; award period). */
function afterLastCstdBoTinh(p: P, i: number, c: Ctx): number {
  let start = windowStart(p, i, SET_CSTD_BT, c.ay - 1, false);
  for (let y = c.ay - 1; y >= p.firstYear && y + 1 > start; y--) {
    if (titlesAt(p, i, y) & T_CSTD_BO_TINH) {
      start = y + 1;
      break;
    }
  }
  return start;
}

function threeConsecutiveCstdcs(p: P, i: number, c: Ctx, d: Scratch): Status {
  const need = c.snap.num('cstd_bo_tinh.consecutive_cstdcs');
  const start = afterLastCstdBoTinh(p, i, c);
  runBack(p, i, c.ay, start, 0, T_CSTD_CO_SO);
  d.a = run.len;
  d.b = run.from;
  d.c = need;
  d.e = start;
  if (run.len >= need) return MET;
  return run.missing !== 0 ? ((d.b = run.missing), UNKNOWN) : NOT_MET;
}
function threeConsecutiveCstdcsMsg(d: Scratch, st: Status, c: Ctx): Msg {
  if (st === MET) {
    return msg(
      `Có ${d.a} lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (${span(d.b, c.ay)})`,
      `${d.a} consecutive Grassroots Emulation Fighter titles (${span(d.b, c.ay)})`,
    );
  }
  if (st === UNKNOWN)
    return msg(
      `Thiếu dữ liệu năm ${d.b} để đếm số lần liên tục đạt Chiến sĩ thi đua cơ sở`,
      `No entry for ${d.b}`,
    );
  const since =
    d.e > 0 ? `, tính từ sau lần đạt Chiến sĩ thi đua bộ, ban, ngành, tỉnh trước (từ năm ${d.e})` : '';
  return msg(
    d.a === 0
      ? `Năm ${c.ay} không đạt Chiến sĩ thi đua cơ sở; cần ${d.c} lần liên tục${since}`
      : `Chỉ có ${d.a} lần liên tục đạt Chiến sĩ thi đua cơ sở (${span(d.b, c.ay)}), cần ${d.c} lần liên tục${since}`,
    `Only ${d.a} consecutive Grassroots Emulation Fighter titles up to ${c.ay}; ${d.c} needed`,
  );
}

const SCOPE_BT = scopeAtLeast(1);
const SCOPE_TQ = scopeAtLeast(2);

function initiativeScope(mask: number, yearsParam: string) {
  return (p: P, i: number, c: Ctx, d: Scratch): Status => {
    const n = c.snap.num(yearsParam);
    const from = c.ay - n + 1;
    d.b = from;
    let any = 0;
    let low = 0;
    for (let y = from; y <= c.ay; y++) {
      const cell = cellOf(p, i, y);
      if (cell < 0) continue;
      if (p.initiatives[cell]! & mask) any = 1;
      else if (p.initiatives[cell]!) low = 1;
    }
    d.a = any ? 1 : low ? 2 : 0;
    return any ? MET : NOT_MET;
  };
}
function initiativeScopeMsg(scopeVi: string, scopeEn: string) {
  return (d: Scratch, st: Status, c: Ctx): Msg => {
    if (st === MET) {
      return msg(
        `Có sáng kiến, đề tài khoa học hoặc mưu trí trong chiến đấu có phạm vi ảnh hưởng ${scopeVi} (${span(d.b, c.ay)})`,
        `Has an initiative with ${scopeEn} influence (${span(d.b, c.ay)})`,
      );
    }
    return msg(
      d.a === 2
        ? `Sáng kiến, đề tài trong giai đoạn ${span(d.b, c.ay)} chỉ được công nhận ở phạm vi hẹp hơn, chưa có phạm vi ảnh hưởng ${scopeVi}`
        : `Không có sáng kiến, đề tài khoa học hoặc mưu trí trong chiến đấu có phạm vi ảnh hưởng ${scopeVi} trong giai đoạn ${span(d.b, c.ay)}`,
      `No initiative with ${scopeEn} influence in ${span(d.b, c.ay)}`,
    );
  };
}

export const cstdBoTinhRules: IndividualRule[] = [
  {
    id: 'cstd_bo_tinh.three_consecutive_cstdcs',
    on: 'PACKED',
    subjectKinds: IND,
    targets: ['CSTD_BO_TINH'],
    description: msg(
      '03 lần liên tục đạt Chiến sĩ thi đua cơ sở',
      'Three consecutive Grassroots Emulation Fighter titles',
    ),
    versions: [
      {
        from: R1,
        to: R1_END,
        citation: `${L03}, Điều 22`,
        confirmed: true,
        params: ['cstd_bo_tinh.consecutive_cstdcs'],
        check: threeConsecutiveCstdcs,
        message: threeConsecutiveCstdcsMsg,
      },
      {
        from: R2,
        citation: `${L22}, Điều 22 điểm a`,
        confirmed: true,
        params: ['cstd_bo_tinh.consecutive_cstdcs'],
        check: threeConsecutiveCstdcs,
        message: threeConsecutiveCstdcsMsg,
      },
    ],
  },
  {
    id: 'cstd_bo_tinh.initiative_scope',
    on: 'PACKED',
    subjectKinds: IND,
    targets: ['CSTD_BO_TINH'],
    description: msg(
      'Sáng kiến có phạm vi ảnh hưởng trong bộ, ngành, tỉnh',
      'Initiative with ministry/province-wide influence',
    ),
    versions: [
      {
        from: R1,
        to: R1_END,
        citation: `${L03}, Điều 22`,
        confirmed: true,
        params: ['cstd_bo_tinh.consecutive_cstdcs'],
        check: initiativeScope(SCOPE_BT, 'cstd_bo_tinh.consecutive_cstdcs'),
        message: initiativeScopeMsg('trong bộ, ban, ngành, tỉnh', 'ministry/province'),
      },
      {
        from: R2,
        citation: `${L22}, Điều 22 điểm b`,
        confirmed: true,
        params: ['cstd_bo_tinh.consecutive_cstdcs'],
        check: initiativeScope(SCOPE_BT, 'cstd_bo_tinh.consecutive_cstdcs'),
        message: initiativeScopeMsg('trong bộ, ban, ngành, tỉnh', 'ministry/province'),
      },
    ],
  },
];

/* ---------- Chiến sĩ thi đua toàn quốc ---------- */

const SET_CSTD_TQ = codeSet('CSTD_TOAN_QUOC');

/**
 * Chain of adjacent, non-overlapping CSTĐ bộ/tỉnh periods ending at ay (spec-updates A9, INFERENCE): a title in a
 * year entry covers that year and the two before; an award covers periodFrom…periodTo.
 */
function twoConsecutiveCstdBt(p: P, i: number, c: Ctx, d: Scratch): Status {
  const need = c.snap.num('cstd_toan_quoc.consecutive_cstd_bo_tinh');
  let floor = windowStart(p, i, SET_CSTD_TQ, c.ay - 1, false);
  for (let y = c.ay - 1; y >= p.firstYear; y--)
    if (titlesAt(p, i, y) & T_CSTD_TOAN_QUOC && y + 1 > floor) floor = y + 1;
  let end = c.ay;
  let count = 0;
  let first = c.ay;
  for (;;) {
    if (end < floor) break;
    let startOfPeriod = 0;
    if (titlesAt(p, i, end) & T_CSTD_BO_TINH) startOfPeriod = end - 2;
    for (let a = p.awardStart[i]!, e = p.awardStart[i + 1]!; a < e && startOfPeriod === 0; a++) {
      if (SET_CSTD_BT[p.awardCode[a]!] && p.awardTo[a] === end)
        startOfPeriod = p.awardFrom[a]! < end ? p.awardFrom[a]! : end - 2;
    }
    if (startOfPeriod === 0 || startOfPeriod < floor) break;
    count++;
    first = startOfPeriod;
    end = startOfPeriod - 1;
  }
  d.a = count;
  d.b = first;
  d.c = need;
  return count >= need ? MET : NOT_MET;
}
function twoConsecutiveCstdBtMsg(d: Scratch, st: Status, c: Ctx): Msg {
  if (st === MET) {
    return msg(
      `Có ${d.a} lần liên tục đạt danh hiệu Chiến sĩ thi đua bộ, ban, ngành, tỉnh (${span(d.b, c.ay)})`,
      `${d.a} consecutive ministerial/provincial Emulation Fighter titles (${span(d.b, c.ay)})`,
    );
  }
  return msg(
    d.a === 0
      ? `Không có danh hiệu Chiến sĩ thi đua bộ, ban, ngành, tỉnh kết thúc năm ${c.ay}; cần ${d.c} lần liên tục`
      : `Chỉ có ${d.a} lần liên tục đạt Chiến sĩ thi đua bộ, ban, ngành, tỉnh (${span(d.b, c.ay)}), cần ${d.c} lần liên tục`,
    `Only ${d.a} consecutive ministerial/provincial Emulation Fighter titles up to ${c.ay}; ${d.c} needed`,
  );
}

export const cstdToanQuocRules: IndividualRule[] = [
  {
    id: 'cstd_toan_quoc.two_consecutive_cstd_bo_tinh',
    on: 'PACKED',
    subjectKinds: IND,
    targets: ['CSTD_TOAN_QUOC'],
    description: msg(
      '02 lần liên tục đạt Chiến sĩ thi đua bộ, ban, ngành, tỉnh',
      'Two consecutive ministerial/provincial Emulation Fighter titles',
    ),
    versions: [
      {
        from: R1,
        to: R1_END,
        citation: `${L03}, Điều 21`,
        confirmed: true,
        params: ['cstd_toan_quoc.consecutive_cstd_bo_tinh'],
        check: twoConsecutiveCstdBt,
        message: twoConsecutiveCstdBtMsg,
      },
      {
        from: R2,
        citation: `${L22}, Điều 21 điểm a`,
        confirmed: true,
        params: ['cstd_toan_quoc.consecutive_cstd_bo_tinh'],
        check: twoConsecutiveCstdBt,
        message: twoConsecutiveCstdBtMsg,
      },
    ],
  },
  {
    id: 'cstd_toan_quoc.initiative_scope',
    on: 'PACKED',
    subjectKinds: IND,
    targets: ['CSTD_TOAN_QUOC'],
    description: msg('Sáng kiến có phạm vi ảnh hưởng toàn quốc', 'Initiative with nationwide influence'),
    versions: [
      {
        from: R1,
        to: R1_END,
        citation: `${L03}, Điều 21`,
        confirmed: true,
        check: initiativeScope(SCOPE_TQ, 'cstd_toan_quoc.window_years'),
        message: initiativeScopeMsg('trong toàn quốc', 'nationwide'),
      },
      {
        from: R2,
        citation: `${L22}, Điều 21 điểm b`,
        confirmed: true,
        check: initiativeScope(SCOPE_TQ, 'cstd_toan_quoc.window_years'),
        message: initiativeScopeMsg('trong toàn quốc', 'nationwide'),
      },
    ],
  },
];

/* ---------- Chains for Bằng khen and Huân chương ---------- */

interface ChainSpec {
  /** Prerequisite awards (or higher), and the codes that restart counting. */
  prereq: Uint8Array;
  restart: Uint8Array;
  prereqVi: string;
  prereqEn: string;
  yearsParam: string;
  minRating: number;
}

/**
 * Window start after the previous decision. Sudden and thematic awards are skipped where NĐ 152 Điều 4 kh3 applies;
 * the reason is unconfirmed only when that (possibly unconfirmed) choice changes the answer.
 */
function startAfter(set: Uint8Array, p: P, i: number, c: Ctx, d: Scratch): number {
  const excl = c.snap.bool('awards.thematic_sudden_not_basis');
  const s = windowStart(p, i, set, c.ay, excl);
  if (!c.snap.confirmed('awards.thematic_sudden_not_basis') && windowStart(p, i, set, c.ay, !excl) !== s)
    d.unconfirmed = true;
  return s;
}

function hasPrereq(spec: ChainSpec) {
  return (p: P, i: number, c: Ctx, d: Scratch): Status => {
    const excl = c.snap.bool('awards.thematic_sudden_not_basis');
    const last = latestAward(p, i, spec.prereq, c.ay, excl);
    d.a = last;
    d.b = lastExcluded;
    if (
      !c.snap.confirmed('awards.thematic_sudden_not_basis') &&
      latestAward(p, i, spec.prereq, c.ay, !excl) > 0 !== last > 0
    ) {
      d.unconfirmed = true;
    }
    return last > 0 ? MET : NOT_MET;
  };
}
function hasPrereqMsg(spec: ChainSpec) {
  return (d: Scratch, st: Status): Msg => {
    if (st === MET)
      return msg(
        `Đã được tặng ${spec.prereqVi} (thành tích năm ${d.a})`,
        `Already awarded the ${spec.prereqEn} (achievements of ${d.a})`,
      );
    return d.b > 0
      ? msg(
          `${spec.prereqVi} đã nhận (năm ${d.b}) là khen thưởng đột xuất hoặc theo chuyên đề, không dùng làm căn cứ đề nghị khen thưởng cao hơn`,
          `The ${spec.prereqEn} held (${d.b}) was a sudden or thematic award, which does not count toward higher awards`,
        )
      : msg(`Chưa được tặng ${spec.prereqVi}`, `Has not been awarded the ${spec.prereqEn}`);
  };
}

/** Computes the run of qualifying years after the previous decision; leaves run.* set. */
function chainRun(spec: ChainSpec, p: P, i: number, c: Ctx, d: Scratch): void {
  const start = startAfter(spec.restart, p, i, c, d);
  runBack(p, i, c.ay, start, spec.minRating, 0);
  d.e = start;
}

function yearsRun(spec: ChainSpec) {
  return (p: P, i: number, c: Ctx, d: Scratch): Status => {
    const need = c.snap.num(spec.yearsParam);
    chainRun(spec, p, i, c, d);
    d.a = run.len;
    d.b = run.from;
    d.c = need;
    if (run.len >= need) return MET;
    if (run.missing !== 0) {
      d.b = run.missing;
      return UNKNOWN;
    }
    return NOT_MET;
  };
}
function yearsRunMsg(spec: ChainSpec) {
  const lvl = spec.minRating === R_HTXS ? 'hoàn thành xuất sắc nhiệm vụ' : 'hoàn thành tốt nhiệm vụ trở lên';
  const lvlEn = spec.minRating === R_HTXS ? 'excellently completed tasks' : 'well completed tasks or better';
  return (d: Scratch, st: Status, c: Ctx): Msg => {
    if (st === MET)
      return msg(
        `Có ${d.a} năm liên tục (${span(d.b, c.ay)}) ${lvl}`,
        `${d.a} consecutive years (${span(d.b, c.ay)}) ${lvlEn}`,
      );
    if (st === UNKNOWN) {
      return msg(
        `Thiếu kết quả đánh giá năm ${d.b} để xác định thời gian liên tục ${lvl}`,
        `The rating for ${d.b} is missing to count consecutive years`,
      );
    }
    const since =
      d.e > 0
        ? `, tính từ sau thời gian lập thành tích của quyết định khen thưởng trước (từ năm ${d.e})`
        : '';
    return msg(
      d.a === 0
        ? `Năm ${c.ay} không ${lvl}; cần ${d.c} năm liên tục đến thời điểm đề nghị${since}`
        : `Chỉ có ${d.a} năm liên tục (${span(d.b, c.ay)}) ${lvl}, cần ${d.c} năm liên tục đến thời điểm đề nghị${since}`,
      `Only ${d.a} consecutive years ${lvlEn} up to ${c.ay}; ${d.c} needed`,
    );
  };
}

function countInRun(
  spec: ChainSpec,
  countParam: string,
  count: (p: P, i: number, from: number, to: number) => number,
) {
  return (p: P, i: number, c: Ctx, d: Scratch): Status => {
    const need = c.snap.num(countParam);
    const years = c.snap.num(spec.yearsParam);
    chainRun(spec, p, i, c, d);
    // Counted over the whole run after the previous decision (at least the required years, when available).
    const from = run.len >= years ? run.from : Math.max(run.from, c.ay - years + 1);
    d.b = from;
    d.a = count(p, i, from, c.ay);
    d.c = need;
    if (d.a >= need) return MET;
    // A missing year inside the window might hold what is lacking: the facts are incomplete.
    if (run.missing !== 0 && run.missing >= c.ay - years + 1) {
      d.e = run.missing;
      return UNKNOWN;
    }
    return NOT_MET;
  };
}
function countInRunMsg(whatVi: string, whatEn: string) {
  return (d: Scratch, st: Status, c: Ctx): Msg => {
    if (st === UNKNOWN)
      return msg(`Thiếu dữ liệu năm ${d.e} để đếm số ${whatVi}`, `No entry for ${d.e} to count ${whatEn}`);
    if (d.b > c.ay) {
      return msg(
        `Không còn năm nào để tính ${whatVi} kể từ sau quyết định khen thưởng trước (thành tích đến năm ${c.ay}), cần ${d.c}`,
        `No year left after the previous decision (up to ${c.ay}); ${d.c} × ${whatEn} needed`,
      );
    }
    if (st === MET)
      return msg(
        `Trong thời gian ${span(d.b, c.ay)} có ${d.a} ${whatVi}`,
        `${d.a} × ${whatEn} in ${span(d.b, c.ay)}`,
      );
    return d.a === 0
      ? msg(
          `Trong thời gian ${span(d.b, c.ay)} không có ${whatVi} nào, cần ${d.c}`,
          `No ${whatEn} in ${span(d.b, c.ay)}; ${d.c} needed`,
        )
      : msg(
          `Trong thời gian ${span(d.b, c.ay)} chỉ có ${d.a} ${whatVi}, cần ${d.c}`,
          `Only ${d.a} × ${whatEn} in ${span(d.b, c.ay)}; ${d.c} needed`,
        );
  };
}

const cstdcsCount = (p: P, i: number, from: number, to: number): number =>
  countTitles(p, i, from, to, T_CSTD_CO_SO);
const htxsCount = (p: P, i: number, from: number, to: number): number => countRating(p, i, from, to, R_HTXS);
const sangKienCount = (p: P, i: number, from: number, to: number): number => {
  let n = 0;
  for (let y = from; y <= to; y++) {
    const cell = cellOf(p, i, y);
    if (cell >= 0) n += p.sangKien[cell]!;
  }
  return n;
};
const SET_CSTD_BT_AWARD = codeSet('CSTD_BO_TINH');
const cstdBtCount = (p: P, i: number, from: number, to: number): number => {
  let n = countTitles(p, i, from, to, T_CSTD_BO_TINH);
  for (let a = p.awardStart[i]!, e = p.awardStart[i + 1]!; a < e; a++) {
    const t = p.awardTo[a]!;
    if (SET_CSTD_BT_AWARD[p.awardCode[a]!] && t >= from && t <= to && !(titlesAt(p, i, t) & T_CSTD_BO_TINH))
      n++;
  }
  return n;
};

const BK_BT: ChainSpec = {
  prereq: codeSet(
    'BANG_KHEN_BO_TINH',
    'BANG_KHEN_THU_TUONG',
    'HCLD_HANG_BA',
    'HCLD_HANG_NHI',
    'HCLD_HANG_NHAT',
  ),
  restart: codeSet('BANG_KHEN_BO_TINH', 'BANG_KHEN_THU_TUONG'),
  prereqVi: 'Bằng khen của bộ, ban, ngành, tỉnh',
  prereqEn: 'Ministerial/Provincial Certificate of Merit',
  yearsParam: 'bang_khen_thu_tuong.years_htt',
  minRating: R_HTT,
};
const BK_BT_OLD: ChainSpec = { ...BK_BT, minRating: R_HTXS };
const BK_TTG: ChainSpec = {
  prereq: codeSet('BANG_KHEN_THU_TUONG', 'HCLD_HANG_BA', 'HCLD_HANG_NHI', 'HCLD_HANG_NHAT'),
  restart: codeSet('BANG_KHEN_THU_TUONG', 'HCLD_HANG_BA'),
  prereqVi: 'Bằng khen của Thủ tướng Chính phủ',
  prereqEn: "Prime Minister's Certificate of Merit",
  yearsParam: 'hcld_hang_ba.years_htt',
  minRating: R_HTT,
};
const HCLD3: ChainSpec = {
  prereq: codeSet('HCLD_HANG_BA', 'HCLD_HANG_NHI', 'HCLD_HANG_NHAT'),
  restart: codeSet('HCLD_HANG_BA', 'HCLD_HANG_NHI'),
  prereqVi: 'Huân chương Lao động hạng Ba',
  prereqEn: 'Labour Order, Third Class',
  yearsParam: 'hcld_hang_nhi.years_htt',
  minRating: R_HTT,
};

export const bangKhenThuTuongRules: IndividualRule[] = [
  {
    id: 'bang_khen_thu_tuong.has_bang_khen_bo_tinh',
    on: 'PACKED',
    subjectKinds: IND,
    targets: ['BANG_KHEN_THU_TUONG'],
    description: msg(
      'Đã được tặng Bằng khen của bộ, ban, ngành, tỉnh',
      'Already holds a ministerial/provincial certificate',
    ),
    versions: [
      {
        from: R1,
        to: R1_END,
        citation: `${ND91}, Điều 38 khoản 1 điểm c`,
        confirmed: true,
        check: hasPrereq(BK_BT),
        message: hasPrereqMsg(BK_BT),
      },
      {
        from: R2,
        to: R2_END,
        citation: `${L22}, Điều 73 khoản 1 điểm b`,
        confirmed: true,
        check: hasPrereq(BK_BT),
        message: hasPrereqMsg(BK_BT),
      },
      {
        from: R3,
        citation: `${L22}, Điều 73 khoản 1 điểm b; ${ND152}, Điều 4 khoản 3`,
        confirmed: true,
        check: hasPrereq(BK_BT),
        message: hasPrereqMsg(BK_BT),
      },
    ],
  },
  {
    id: 'bang_khen_thu_tuong.five_years_htt',
    on: 'PACKED',
    subjectKinds: IND,
    targets: ['BANG_KHEN_THU_TUONG'],
    description: msg(
      '05 năm liên tục hoàn thành tốt nhiệm vụ trở lên đến thời điểm đề nghị',
      'Five consecutive years rated good or better',
    ),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 73 khoản 1 điểm b; ${ND98}, Điều 30 khoản 9`,
        confirmed: true,
        params: ['bang_khen_thu_tuong.years_htt'],
        check: yearsRun(BK_BT),
        message: yearsRunMsg(BK_BT),
      },
    ],
  },
  {
    id: 'bang_khen_thu_tuong.three_cstdcs',
    on: 'PACKED',
    subjectKinds: IND,
    targets: ['BANG_KHEN_THU_TUONG'],
    description: msg(
      '03 lần đạt Chiến sĩ thi đua cơ sở trong thời gian đó',
      'Three Grassroots Emulation Fighter titles in that period',
    ),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 73 khoản 1 điểm b`,
        confirmed: true,
        params: ['bang_khen_thu_tuong.cstdcs_count'],
        check: countInRun(BK_BT, 'bang_khen_thu_tuong.cstdcs_count', cstdcsCount),
        message: countInRunMsg('lần đạt Chiến sĩ thi đua cơ sở', 'Grassroots Emulation Fighter'),
      },
    ],
  },
  {
    id: 'bang_khen_thu_tuong.five_years_htxs_old',
    on: 'PACKED',
    subjectKinds: IND,
    targets: ['BANG_KHEN_THU_TUONG'],
    description: msg(
      '05 năm liên tục hoàn thành xuất sắc nhiệm vụ (chế độ cũ)',
      'Five consecutive excellent years (old regime)',
    ),
    versions: [
      {
        from: R1,
        to: R1_END,
        citation: `${ND91}, Điều 38 khoản 1 điểm c`,
        confirmed: true,
        params: ['bang_khen_thu_tuong.years_htt'],
        check: yearsRun(BK_BT_OLD),
        message: yearsRunMsg(BK_BT_OLD),
      },
    ],
  },
  {
    id: 'bang_khen_thu_tuong.five_initiatives_old',
    on: 'PACKED',
    subjectKinds: IND,
    targets: ['BANG_KHEN_THU_TUONG'],
    description: msg(
      '05 sáng kiến trong 05 năm (chế độ cũ)',
      'Five initiatives in the five years (old regime)',
    ),
    versions: [
      {
        from: R1,
        to: R1_END,
        citation: `${ND91}, Điều 38 khoản 1 điểm c`,
        confirmed: true,
        params: ['bang_khen_thu_tuong.initiatives_old'],
        check: countInRun(BK_BT_OLD, 'bang_khen_thu_tuong.initiatives_old', sangKienCount),
        message: countInRunMsg('sáng kiến được công nhận', 'initiative'),
      },
    ],
  },
];

export const hcldRules: IndividualRule[] = [
  {
    id: 'hcld_hang_ba.has_bang_khen_thu_tuong',
    on: 'PACKED',
    subjectKinds: IND,
    targets: ['HCLD_HANG_BA'],
    description: msg(
      'Đã được tặng Bằng khen của Thủ tướng Chính phủ',
      "Already holds the Prime Minister's certificate",
    ),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 44 khoản 1 điểm e`,
        confirmed: true,
        check: hasPrereq(BK_TTG),
        message: hasPrereqMsg(BK_TTG),
      },
    ],
  },
  {
    id: 'hcld_hang_ba.five_years_htt',
    on: 'PACKED',
    subjectKinds: IND,
    targets: ['HCLD_HANG_BA'],
    description: msg(
      '05 năm liên tục hoàn thành tốt nhiệm vụ trở lên',
      'Five consecutive years rated good or better',
    ),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 44 khoản 1 điểm e; ${ND98}, Điều 30 khoản 9`,
        confirmed: true,
        params: ['hcld_hang_ba.years_htt'],
        check: yearsRun(BK_TTG),
        message: yearsRunMsg(BK_TTG),
      },
    ],
  },
  {
    id: 'hcld_hang_ba.one_year_htxs',
    on: 'PACKED',
    subjectKinds: IND,
    targets: ['HCLD_HANG_BA'],
    description: msg('Có ít nhất 01 năm hoàn thành xuất sắc nhiệm vụ', 'At least one excellent year'),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 44 khoản 1 điểm e`,
        confirmed: true,
        params: ['hcld_hang_ba.htxs_years'],
        check: countInRun(BK_TTG, 'hcld_hang_ba.htxs_years', htxsCount),
        message: countInRunMsg('năm hoàn thành xuất sắc nhiệm vụ', 'excellent year'),
      },
    ],
  },
  {
    id: 'hcld_hang_ba.three_cstdcs',
    on: 'PACKED',
    subjectKinds: IND,
    targets: ['HCLD_HANG_BA'],
    description: msg('03 lần đạt Chiến sĩ thi đua cơ sở', 'Three Grassroots Emulation Fighter titles'),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 44 khoản 1 điểm e`,
        confirmed: true,
        params: ['hcld_hang_ba.cstdcs_count'],
        check: countInRun(BK_TTG, 'hcld_hang_ba.cstdcs_count', cstdcsCount),
        message: countInRunMsg('lần đạt Chiến sĩ thi đua cơ sở', 'Grassroots Emulation Fighter'),
      },
    ],
  },
  {
    id: 'hcld_hang_nhi.has_hcld_hang_ba',
    on: 'PACKED',
    subjectKinds: IND,
    targets: ['HCLD_HANG_NHI'],
    description: msg(
      'Đã được tặng Huân chương Lao động hạng Ba',
      'Already holds the Labour Order, Third Class',
    ),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 43 khoản 1`,
        confirmed: true,
        check: hasPrereq(HCLD3),
        message: hasPrereqMsg(HCLD3),
      },
    ],
  },
  {
    id: 'hcld_hang_nhi.five_years_htt',
    on: 'PACKED',
    subjectKinds: IND,
    targets: ['HCLD_HANG_NHI'],
    description: msg(
      '05 năm liên tục hoàn thành tốt nhiệm vụ trở lên',
      'Five consecutive years rated good or better',
    ),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 43 khoản 1; ${ND98}, Điều 30 khoản 9`,
        confirmed: true,
        params: ['hcld_hang_nhi.years_htt'],
        check: yearsRun(HCLD3),
        message: yearsRunMsg(HCLD3),
      },
    ],
  },
  {
    id: 'hcld_hang_nhi.two_years_htxs',
    on: 'PACKED',
    subjectKinds: IND,
    targets: ['HCLD_HANG_NHI'],
    description: msg('Có ít nhất 02 năm hoàn thành xuất sắc nhiệm vụ', 'At least two excellent years'),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 43 khoản 1`,
        confirmed: true,
        params: ['hcld_hang_nhi.htxs_years'],
        check: countInRun(HCLD3, 'hcld_hang_nhi.htxs_years', htxsCount),
        message: countInRunMsg('năm hoàn thành xuất sắc nhiệm vụ', 'excellent year'),
      },
    ],
  },
  {
    id: 'hcld_hang_nhi.one_cstd_bo_tinh',
    on: 'PACKED',
    subjectKinds: IND,
    targets: ['HCLD_HANG_NHI'],
    description: msg(
      '01 lần đạt Chiến sĩ thi đua bộ, ban, ngành, tỉnh',
      'One ministerial/provincial Emulation Fighter title',
    ),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 43 khoản 1`,
        confirmed: true,
        params: ['hcld_hang_nhi.cstd_bo_tinh_count'],
        check: countInRun(HCLD3, 'hcld_hang_nhi.cstd_bo_tinh_count', cstdBtCount),
        message: countInRunMsg(
          'lần đạt Chiến sĩ thi đua bộ, ban, ngành, tỉnh',
          'ministerial/provincial Emulation Fighter',
        ),
      },
    ],
  },
];

/* ---------- Bằng khen của bộ, ban, ngành, tỉnh (điểm d) ---------- */

const BK_BT_SELF = codeSet('BANG_KHEN_BO_TINH', 'BANG_KHEN_THU_TUONG');

function bkBoTinhPointD(p: P, i: number, c: Ctx, d: Scratch): Status {
  const start = startAfter(BK_BT_SELF, p, i, c, d);
  d.e = start;
  const nCstd = c.snap.num('bang_khen_bo_tinh.consecutive_cstdcs');
  const nYears = c.snap.num('bang_khen_bo_tinh.years_htxs');
  const nInit = c.snap.num('bang_khen_bo_tinh.initiatives');
  runBack(p, i, c.ay, start, 0, T_CSTD_CO_SO);
  const missingA = run.missing;
  if (run.len >= nCstd) {
    d.a = 1;
    d.b = run.from;
    d.c = run.len;
    return MET;
  }
  const cstdLen = run.len;
  runBack(p, i, c.ay, start, R_HTXS, 0);
  const missingB = run.missing;
  d.c = run.len;
  d.b = run.from;
  if (run.len >= nYears) {
    let sk = 0;
    let dt = 0;
    for (let y = run.from; y <= c.ay; y++) {
      const cell = cellOf(p, i, y);
      sk += p.sangKien[cell]!;
      dt += p.deTai[cell]!;
    }
    d.s = `${sk}/${dt}`;
    if (sk >= nInit || dt >= nInit) {
      d.a = 2;
      return MET;
    }
    d.a = 3;
    return NOT_MET;
  }
  d.a = 4;
  d.s = String(cstdLen);
  if (missingA !== 0 || missingB !== 0) {
    d.b = missingA || missingB;
    return UNKNOWN;
  }
  return NOT_MET;
}
function bkBoTinhPointDMsg(d: Scratch, st: Status, c: Ctx): Msg {
  if (st === UNKNOWN)
    return msg(`Thiếu dữ liệu năm ${d.b} để xác định thành tích liên tục`, `No entry for ${d.b}`);
  if (d.a === 1) {
    return msg(
      `Có ${d.c} lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (${span(d.b, c.ay)})`,
      `${d.c} consecutive Grassroots Emulation Fighter titles (${span(d.b, c.ay)})`,
    );
  }
  const [sk, dt] = d.s.split('/');
  if (d.a === 2) {
    return msg(
      `Có ${d.c} năm liên tục (${span(d.b, c.ay)}) hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có ${sk} sáng kiến và ${dt} đề tài khoa học được công nhận`,
      `${d.c} consecutive excellent years (${span(d.b, c.ay)}) with ${sk} initiatives and ${dt} science projects`,
    );
  }
  if (d.a === 3) {
    return msg(
      `Có ${d.c} năm liên tục (${span(d.b, c.ay)}) hoàn thành xuất sắc nhiệm vụ nhưng chỉ có ${sk} sáng kiến và ${dt} đề tài khoa học, cần ${c.snap.num('bang_khen_bo_tinh.initiatives')} sáng kiến hoặc ${c.snap.num('bang_khen_bo_tinh.initiatives')} đề tài; không có ${c.snap.num('bang_khen_bo_tinh.consecutive_cstdcs')} lần liên tục đạt Chiến sĩ thi đua cơ sở`,
      `Excellent years ${span(d.b, c.ay)} but only ${sk} initiatives and ${dt} projects (2 needed), and no 2 consecutive Grassroots Emulation Fighter titles`,
    );
  }
  return msg(
    `Không có ${c.snap.num('bang_khen_bo_tinh.consecutive_cstdcs')} lần liên tục đạt Chiến sĩ thi đua cơ sở (chỉ ${d.s} lần liên tục đến năm ${c.ay}) và không có ${c.snap.num('bang_khen_bo_tinh.years_htxs')} năm liên tục hoàn thành xuất sắc nhiệm vụ kèm ${c.snap.num('bang_khen_bo_tinh.initiatives')} sáng kiến (xét theo điểm d; các điểm khác của khoản 1 cần xem xét riêng)`,
    `Neither 2 consecutive Grassroots Emulation Fighter titles nor 2 consecutive excellent years with 2 initiatives (point d; other points need separate review)`,
  );
}

export const bangKhenBoTinhIndividualRules: IndividualRule[] = [
  {
    id: 'bang_khen_bo_tinh.two_cstdcs_or_htxs_initiatives',
    on: 'PACKED',
    subjectKinds: IND,
    targets: ['BANG_KHEN_BO_TINH'],
    description: msg(
      '02 lần liên tục Chiến sĩ thi đua cơ sở, hoặc 02 năm liên tục hoàn thành xuất sắc nhiệm vụ có 02 sáng kiến',
      'Two consecutive CSTĐCS, or two excellent years with two initiatives',
    ),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 74 khoản 1 điểm d`,
        confirmed: true,
        params: [
          'bang_khen_bo_tinh.consecutive_cstdcs',
          'bang_khen_bo_tinh.years_htxs',
          'bang_khen_bo_tinh.initiatives',
        ],
        check: bkBoTinhPointD,
        message: bkBoTinhPointDMsg,
      },
    ],
  },
];

export const INDIVIDUAL_RULES: readonly IndividualRule[] = [
  ...ldttRules,
  ...cstdCoSoRules,
  ...cstdBoTinhRules,
  ...cstdToanQuocRules,
  ...bangKhenBoTinhIndividualRules,
  ...bangKhenThuTuongRules,
  ...hcldRules,
];
