/** Rules for collectives (Luật 2022 Điều 25–28, 74 kh3) and communities (Điều 29–31; NĐ 86/2023). */
import type { Msg, SubjectFacts, YearFact } from '../types.js';
import { msg, span } from './helpers.js';
import { MET, NOT_MET, UNKNOWN, type Ctx, type FactsRule, type Scratch, type Status } from './types.js';

const L03 = 'Luật Thi đua, khen thưởng 2003';
const L22 = 'Luật Thi đua, khen thưởng 2022';
const R1 = '2017-10-01';
const R1_END = '2023-12-31';
const R2 = '2024-01-01';
const R2_END = '2025-06-30';
const R3 = '2025-07-01';
const COL = ['COLLECTIVE'] as const;

const yearOf = (s: SubjectFacts, y: number): YearFact | undefined => s.years.find((e) => e.year === y);
const pct = (x: number): string => `${Math.round(x * 1000) / 10}`.replace('.', ',') + ' %';

function ratingAtLeast(min: 'HTXS' | 'HTT') {
  const ok = min === 'HTXS' ? ['HTXS'] : ['HTXS', 'HTT'];
  return (s: SubjectFacts, _i: number, c: Ctx, d: Scratch): Status => {
    const y = yearOf(s, c.ay);
    d.s = y?.rating ?? '';
    if (!y || !y.rating) return UNKNOWN;
    return ok.includes(y.rating) ? MET : NOT_MET;
  };
}
const RATING_VI: Readonly<Record<string, string>> = {
  HTXS: 'hoàn thành xuất sắc nhiệm vụ',
  HTT: 'hoàn thành tốt nhiệm vụ',
  HT: 'hoàn thành nhiệm vụ',
  KHT: 'không hoàn thành nhiệm vụ',
};
function ratingMsg(min: 'HTXS' | 'HTT') {
  const need = min === 'HTXS' ? 'hoàn thành xuất sắc nhiệm vụ' : 'hoàn thành tốt nhiệm vụ trở lên';
  return (d: Scratch, st: Status, c: Ctx): Msg => {
    if (st === UNKNOWN)
      return msg(
        `Thiếu kết quả đánh giá tập thể năm ${c.ay}`,
        `The collective's rating for ${c.ay} is missing`,
      );
    return st === MET
      ? msg(`Tập thể năm ${c.ay} ${RATING_VI[d.s]}`, `The collective was rated ${d.s} in ${c.ay}`)
      : msg(
          `Tập thể năm ${c.ay} chỉ ${RATING_VI[d.s]}, chưa đạt mức ${need}`,
          `Rated ${d.s} in ${c.ay}; ${min} needed`,
        );
  };
}

function members(s: SubjectFacts, c: Ctx) {
  return yearOf(s, c.ay)?.members ?? null;
}
const noMembersMsg = (c: Ctx): Msg =>
  msg(
    `Thiếu số liệu cá nhân trong tập thể năm ${c.ay} (subject.years[].members)`,
    `Member figures for ${c.ay} are missing`,
  );

function allCompleted(s: SubjectFacts, _i: number, c: Ctx, d: Scratch): Status {
  const m = members(s, c);
  if (!m) return UNKNOWN;
  d.a = m.completed;
  d.b = m.total;
  return m.total > 0 && m.completed === m.total ? MET : NOT_MET;
}
function allCompletedMsg(d: Scratch, st: Status, c: Ctx): Msg {
  if (st === UNKNOWN) return noMembersMsg(c);
  return st === MET
    ? msg(
        `100 % cá nhân trong tập thể (${d.b}/${d.b}) hoàn thành nhiệm vụ năm ${c.ay}`,
        `All ${d.b} members completed their tasks in ${c.ay}`,
      )
    : msg(
        `Chỉ ${d.a}/${d.b} cá nhân hoàn thành nhiệm vụ năm ${c.ay}; cần 100 % cá nhân hoàn thành nhiệm vụ`,
        `Only ${d.a}/${d.b} members completed their tasks; 100 % needed`,
      );
}

function ldttShare(minParam: string, inclusiveParam: string | null) {
  return (s: SubjectFacts, _i: number, c: Ctx, d: Scratch): Status => {
    const m = members(s, c);
    if (!m) return UNKNOWN;
    const min = c.snap.num(minParam);
    const inclusive = inclusiveParam === null ? true : c.snap.bool(inclusiveParam);
    d.a = m.ldtt;
    d.b = m.total;
    d.c = min;
    d.e = inclusive ? 1 : 0;
    if (m.total === 0) return NOT_MET;
    // Integer comparison avoids float error at the boundary (7/10 vs 0.7).
    const lhs = m.ldtt * 1000;
    const rhs = Math.round(min * 1000) * m.total;
    return (inclusive ? lhs >= rhs : lhs > rhs) ? MET : NOT_MET;
  };
}
function ldttShareMsg(d: Scratch, st: Status, c: Ctx): Msg {
  if (st === UNKNOWN) return noMembersMsg(c);
  const need = `${d.e ? 'ít nhất' : 'trên'} ${pct(d.c)}`;
  const share = d.b > 0 ? pct(d.a / d.b) : '0 %';
  return st === MET
    ? msg(
        `${d.a}/${d.b} cá nhân (${share}) đạt danh hiệu Lao động tiên tiến năm ${c.ay}, đạt yêu cầu ${need}`,
        `${d.a}/${d.b} members (${share}) are Advanced Workers; ${d.e ? 'at least' : 'more than'} ${pct(d.c)} needed`,
      )
    : msg(
        `Chỉ ${d.a}/${d.b} cá nhân (${share}) đạt danh hiệu Lao động tiên tiến năm ${c.ay}, cần ${need}`,
        `Only ${d.a}/${d.b} members (${share}) are Advanced Workers; ${d.e ? 'at least' : 'more than'} ${pct(d.c)} needed`,
      );
}

function hasCstdcs(s: SubjectFacts, _i: number, c: Ctx, d: Scratch): Status {
  const m = members(s, c);
  if (!m) return UNKNOWN;
  d.a = m.cstdCoSo;
  return m.cstdCoSo > 0 ? MET : NOT_MET;
}
function hasCstdcsMsg(d: Scratch, st: Status, c: Ctx): Msg {
  if (st === UNKNOWN) return noMembersMsg(c);
  return st === MET
    ? msg(
        `Có ${d.a} cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở năm ${c.ay}`,
        `${d.a} members are Grassroots Emulation Fighters`,
      )
    : msg(
        `Không có cá nhân nào đạt danh hiệu Chiến sĩ thi đua cơ sở năm ${c.ay}`,
        `No member is a Grassroots Emulation Fighter`,
      );
}

function noCanhCao(s: SubjectFacts, _i: number, c: Ctx, d: Scratch): Status {
  const m = members(s, c);
  if (!m) return UNKNOWN;
  d.a = m.disciplinedCanhCaoOrAbove;
  if (!c.snap.bool('tt_ldtt.no_member_canh_cao')) {
    d.b = 1;
    return MET;
  }
  d.b = 0;
  return m.disciplinedCanhCaoOrAbove === 0 ? MET : NOT_MET;
}
function noCanhCaoMsg(d: Scratch, st: Status, c: Ctx): Msg {
  if (st === UNKNOWN) return noMembersMsg(c);
  if (d.b === 1)
    return msg(
      'Quy định áp dụng không đặt điều kiện về kỷ luật của cá nhân trong tập thể',
      'No member-discipline condition applies',
    );
  return st === MET
    ? msg(
        `Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên năm ${c.ay}`,
        `No member disciplined at warning level or above`,
      )
    : msg(
        `Có ${d.a} cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên năm ${c.ay}`,
        `${d.a} members were disciplined at warning level or above`,
      );
}

/** Leading a cluster or a long movement (Cờ thi đua). */
function flag(kind: 'BO_TINH' | 'CHINH_PHU') {
  return (s: SubjectFacts, _i: number, c: Ctx, d: Scratch): Status => {
    const y = yearOf(s, c.ay);
    const minMonths = c.snap.num(
      kind === 'BO_TINH'
        ? 'co_thi_dua_bo_tinh.movement_min_months'
        : 'co_thi_dua_chinh_phu.movement_min_months',
    );
    d.c = minMonths;
    const launcher = kind === 'BO_TINH' ? 'BO_TINH' : 'THU_TUONG';
    let best = 0;
    for (const m of s.ledMovements)
      if (m.launchedBy === launcher && m.reviewedOn <= c.proposedOn && m.months > best) best = m.months;
    d.b = best;
    if (kind === 'CHINH_PHU') {
      if (y?.ledCluster === 'TRUNG_UONG') return ((d.a = 1), MET);
      if (best >= minMonths) return ((d.a = 2), MET);
      if (y?.ledCluster === 'BO_TINH') return ((d.a = 3), UNKNOWN);
    } else {
      if (y?.ledCluster === 'BO_TINH' || y?.ledCluster === 'TRUNG_UONG') {
        d.unconfirmed = true; // Điều 26 kh1 standards text UNCONFIRMED
        return ((d.a = 1), MET);
      }
      if (best >= minMonths) return ((d.a = 2), MET);
    }
    d.a = 0;
    return !y && best === 0 ? UNKNOWN : NOT_MET;
  };
}
function flagMsg(kind: 'BO_TINH' | 'CHINH_PHU') {
  const launcherVi = kind === 'BO_TINH' ? 'bộ, ban, ngành, tỉnh' : 'Thủ tướng Chính phủ';
  return (d: Scratch, st: Status, c: Ctx): Msg => {
    if (st === MET && d.a === 1) {
      return kind === 'CHINH_PHU'
        ? msg(
            `Năm ${c.ay} dẫn đầu cụm, khối thi đua do Hội đồng Thi đua – Khen thưởng Trung ương tổ chức`,
            `Led a cluster organised by the Central Council in ${c.ay}`,
          )
        : msg(
            `Năm ${c.ay} dẫn đầu cụm, khối thi đua do bộ, ban, ngành, tỉnh tổ chức`,
            `Led a ministry/province cluster in ${c.ay}`,
          );
    }
    if (st === MET) {
      return msg(
        `Dẫn đầu phong trào thi đua do ${launcherVi} phát động có thời gian ${d.b} tháng (từ ${d.c} tháng trở lên), được sơ kết, tổng kết`,
        `Led a movement of ${d.b} months launched by the ${kind === 'BO_TINH' ? 'ministry/province' : 'Prime Minister'} (≥ ${d.c})`,
      );
    }
    if (st === UNKNOWN && d.a === 3) {
      return msg(
        `Dẫn đầu cụm, khối thi đua do bộ, ban, ngành, tỉnh tổ chức năm ${c.ay}: thuộc diện được lựa chọn xét Cờ thi đua của Chính phủ, cần Hội đồng đánh giá tiêu chuẩn tại khoản 1`,
        `Led a ministry/province cluster: eligible for selection; the council must assess the standards`,
      );
    }
    if (st === UNKNOWN)
      return msg(
        `Thiếu dữ liệu năm ${c.ay} về cụm, khối thi đua và phong trào thi đua`,
        `No facts for ${c.ay}`,
      );
    return msg(
      d.b > 0
        ? `Phong trào thi đua do ${launcherVi} phát động chỉ có thời gian ${d.b} tháng (cần từ ${d.c} tháng trở lên) và không dẫn đầu cụm, khối thi đua ${kind === 'BO_TINH' ? 'do bộ, ban, ngành, tỉnh tổ chức' : 'do Hội đồng Trung ương tổ chức'} năm ${c.ay}`
        : `Không dẫn đầu cụm, khối thi đua ${kind === 'BO_TINH' ? 'do bộ, ban, ngành, tỉnh tổ chức' : 'do Hội đồng Trung ương tổ chức'} năm ${c.ay} và không dẫn đầu phong trào thi đua do ${launcherVi} phát động từ ${d.c} tháng trở lên`,
      `Did not lead a qualifying cluster in ${c.ay} nor a movement of at least ${d.c} months (best: ${d.b})`,
    );
  };
}

function collectiveBkBoTinh(s: SubjectFacts, _i: number, c: Ctx, d: Scratch): Status {
  const excl = c.snap.bool('awards.thematic_sudden_not_basis');
  let start = -100000;
  for (const a of s.awards) {
    if ((a.code === 'BANG_KHEN_BO_TINH' || a.code === 'BANG_KHEN_THU_TUONG') && a.periodTo <= c.ay) {
      if (excl && (a.type === 'CHUYEN_DE' || a.type === 'DOT_XUAT')) continue;
      start = Math.max(start, a.periodTo + 1);
    }
  }
  let y = c.ay;
  for (; y >= start; y--) {
    const e = yearOf(s, y);
    if (!e) {
      d.b = y;
      if (c.ay - y < 2) return UNKNOWN;
      break;
    }
    if (!(e.rating === 'HTXS' || e.titles.includes('TT_LDXS') || e.titles.includes('DON_VI_QUYET_THANG')))
      break;
  }
  d.a = c.ay - y;
  d.b = y + 1;
  return d.a >= 2 ? MET : NOT_MET;
}
function collectiveBkBoTinhMsg(d: Scratch, st: Status, c: Ctx): Msg {
  if (st === UNKNOWN) return msg(`Thiếu dữ liệu năm ${d.b} của tập thể`, `No entry for ${d.b}`);
  return st === MET
    ? msg(
        `Có ${d.a} năm liên tục (${span(d.b, c.ay)}) hoàn thành xuất sắc nhiệm vụ hoặc đạt danh hiệu Tập thể lao động xuất sắc`,
        `${d.a} consecutive excellent years (${span(d.b, c.ay)})`,
      )
    : msg(
        d.a === 0
          ? `Năm ${c.ay} tập thể không hoàn thành xuất sắc nhiệm vụ và không đạt danh hiệu Tập thể lao động xuất sắc; cần 2 năm liên tục (xét theo điểm tương ứng; các điểm khác cần xem xét riêng)`
          : `Chỉ có ${d.a} năm liên tục hoàn thành xuất sắc nhiệm vụ (hoặc Tập thể lao động xuất sắc) đến năm ${c.ay}, cần 2 năm liên tục (xét theo điểm tương ứng; các điểm khác cần xem xét riêng)`,
        `Only ${d.a} consecutive excellent years up to ${c.ay}; 2 needed`,
      );
}

function boolFact(field: 'criteriaMet' | 'ledDistrictMovement') {
  return (s: SubjectFacts, _i: number, c: Ctx): Status => {
    const v = yearOf(s, c.ay)?.[field];
    return v === undefined || v === null ? UNKNOWN : v ? MET : NOT_MET;
  };
}
function criteriaMsg(title: string) {
  return (_d: Scratch, st: Status, c: Ctx): Msg => {
    if (st === UNKNOWN) {
      return msg(
        `Chưa có kết quả đánh giá năm ${c.ay} theo tiêu chuẩn ${title} do Ủy ban nhân dân tỉnh quy định (subject.years[].criteriaMet)`,
        `No assessment for ${c.ay} against the provincial criteria`,
      );
    }
    return st === MET
      ? msg(
          `Năm ${c.ay} đạt các tiêu chuẩn ${title} theo quy định của Ủy ban nhân dân tỉnh`,
          `Meets the provincial criteria in ${c.ay}`,
        )
      : msg(
          `Năm ${c.ay} không đạt các tiêu chuẩn ${title} theo quy định của Ủy ban nhân dân tỉnh`,
          `Does not meet the provincial criteria in ${c.ay}`,
        );
  };
}

export const COLLECTIVE_RULES: readonly FactsRule[] = [
  {
    id: 'tt_ldxs.rating_htxs',
    on: 'FACTS',
    subjectKinds: COL,
    targets: ['TT_LDXS', 'DON_VI_QUYET_THANG'],
    description: msg('Tập thể hoàn thành xuất sắc nhiệm vụ', 'Collective rated excellent'),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 27 khoản 1 điểm a`,
        confirmed: true,
        check: ratingAtLeast('HTXS'),
        message: ratingMsg('HTXS'),
      },
    ],
  },
  {
    id: 'tt_ldxs.all_members_completed',
    on: 'FACTS',
    subjectKinds: COL,
    targets: ['TT_LDXS', 'DON_VI_QUYET_THANG'],
    description: msg('100 % cá nhân hoàn thành nhiệm vụ', 'All members completed their tasks'),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 27 khoản 1 điểm c`,
        confirmed: true,
        check: allCompleted,
        message: allCompletedMsg,
      },
    ],
  },
  {
    id: 'tt_ldxs.ldtt_share',
    on: 'FACTS',
    subjectKinds: COL,
    targets: ['TT_LDXS', 'DON_VI_QUYET_THANG'],
    description: msg('Ít nhất 70 % cá nhân đạt Lao động tiên tiến', 'At least 70 % Advanced Workers'),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 27 khoản 1 điểm c`,
        confirmed: true,
        params: ['tt_ldxs.ldtt_share_min'],
        check: ldttShare('tt_ldxs.ldtt_share_min', null),
        message: ldttShareMsg,
      },
    ],
  },
  {
    id: 'tt_ldxs.has_cstdcs',
    on: 'FACTS',
    subjectKinds: COL,
    targets: ['TT_LDXS', 'DON_VI_QUYET_THANG'],
    description: msg('Có cá nhân đạt Chiến sĩ thi đua cơ sở', 'At least one Grassroots Emulation Fighter'),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 27 khoản 1 điểm d`,
        confirmed: true,
        check: hasCstdcs,
        message: hasCstdcsMsg,
      },
    ],
  },
  {
    id: 'tt_ldtt.rating_htt',
    on: 'FACTS',
    subjectKinds: COL,
    targets: ['TT_LDTT', 'DON_VI_TIEN_TIEN'],
    description: msg('Tập thể hoàn thành tốt nhiệm vụ', 'Collective rated good or better'),
    versions: [
      {
        from: R1,
        to: R1_END,
        citation: `${L03}, Điều 28 khoản 1 điểm a`,
        confirmed: true,
        check: ratingAtLeast('HTT'),
        message: ratingMsg('HTT'),
      },
      {
        from: R2,
        citation: `${L22}, Điều 28 (văn bản chưa đọc được; giữ cấu trúc luật cũ)`,
        confirmed: false,
        check: ratingAtLeast('HTT'),
        message: ratingMsg('HTT'),
      },
    ],
  },
  {
    id: 'tt_ldtt.ldtt_share',
    on: 'FACTS',
    subjectKinds: COL,
    targets: ['TT_LDTT', 'DON_VI_TIEN_TIEN'],
    description: msg('Tỷ lệ cá nhân đạt Lao động tiên tiến', 'Share of Advanced Workers'),
    versions: [
      {
        from: R1,
        to: R1_END,
        citation: `${L03}, Điều 28 khoản 1 điểm c`,
        confirmed: true,
        params: ['tt_ldtt.ldtt_share_min', 'tt_ldtt.ldtt_share_inclusive'],
        check: ldttShare('tt_ldtt.ldtt_share_min', 'tt_ldtt.ldtt_share_inclusive'),
        message: ldttShareMsg,
      },
      {
        from: R2,
        citation: `${L22}, Điều 28 khoản 3 (bộ, ngành, tỉnh quy định chi tiết)`,
        confirmed: true,
        params: ['tt_ldtt.ldtt_share_min', 'tt_ldtt.ldtt_share_inclusive'],
        check: ldttShare('tt_ldtt.ldtt_share_min', 'tt_ldtt.ldtt_share_inclusive'),
        message: ldttShareMsg,
      },
    ],
  },
  {
    id: 'tt_ldtt.no_member_canh_cao',
    on: 'FACTS',
    subjectKinds: COL,
    targets: ['TT_LDTT', 'DON_VI_TIEN_TIEN'],
    description: msg(
      'Không có cá nhân bị kỷ luật từ cảnh cáo trở lên',
      'No member disciplined at warning level or above',
    ),
    versions: [
      {
        from: R1,
        to: R1_END,
        citation: `${L03}, Điều 28 khoản 1 điểm c`,
        confirmed: true,
        params: ['tt_ldtt.no_member_canh_cao'],
        check: noCanhCao,
        message: noCanhCaoMsg,
      },
      {
        from: R2,
        citation: `${L22}, Điều 28 khoản 3 (bộ, ngành, tỉnh quy định chi tiết)`,
        confirmed: true,
        params: ['tt_ldtt.no_member_canh_cao'],
        check: noCanhCao,
        message: noCanhCaoMsg,
      },
    ],
  },
  {
    id: 'co_thi_dua_bo_tinh.leads_cluster_or_movement',
    on: 'FACTS',
    subjectKinds: COL,
    targets: ['CO_THI_DUA_BO_TINH'],
    description: msg(
      'Dẫn đầu cụm, khối thi đua hoặc phong trào chuyên đề từ 03 năm',
      'Leads a cluster or a 3-year thematic movement',
    ),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 26 khoản 1, khoản 2`,
        confirmed: true,
        params: ['co_thi_dua_bo_tinh.movement_min_months'],
        check: flag('BO_TINH'),
        message: flagMsg('BO_TINH'),
      },
    ],
  },
  {
    id: 'co_thi_dua_chinh_phu.leads_cluster_or_movement',
    on: 'FACTS',
    subjectKinds: COL,
    targets: ['CO_THI_DUA_CHINH_PHU'],
    description: msg(
      'Dẫn đầu cụm, khối thi đua hoặc phong trào do Thủ tướng phát động từ 05 năm',
      'Leads a cluster or a 5-year Prime Minister movement',
    ),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 25 khoản 1, 2, 3`,
        confirmed: true,
        params: ['co_thi_dua_chinh_phu.movement_min_months'],
        check: flag('CHINH_PHU'),
        message: flagMsg('CHINH_PHU'),
      },
    ],
  },
  {
    id: 'bang_khen_bo_tinh.collective_two_years_htxs',
    on: 'FACTS',
    subjectKinds: COL,
    targets: ['BANG_KHEN_BO_TINH'],
    description: msg(
      'Tập thể 02 năm liên tục hoàn thành xuất sắc nhiệm vụ',
      'Two consecutive excellent years (collective)',
    ),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 74 khoản 3 (INFERENCE qua Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 3 khoản 3)`,
        confirmed: false,
        params: ['awards.thematic_sudden_not_basis'],
        check: collectiveBkBoTinh,
        message: collectiveBkBoTinhMsg,
      },
    ],
  },
  {
    id: 'xa_tieu_bieu.leads_district_movement',
    on: 'FACTS',
    subjectKinds: ['COMMUNE'],
    targets: ['XA_TIEU_BIEU'],
    description: msg('Dẫn đầu phong trào thi đua cấp huyện', 'Leads the district-level movement'),
    versions: [
      {
        from: R2,
        to: R2_END,
        citation: `${L22}, Điều 29`,
        confirmed: true,
        check: boolFact('ledDistrictMovement'),
        message: (_d, st, c) =>
          st === UNKNOWN
            ? msg(
                `Thiếu thông tin xã có dẫn đầu phong trào thi đua cấp huyện năm ${c.ay} hay không`,
                'Whether the commune led the district movement is not stated',
              )
            : st === MET
              ? msg(
                  `Xã dẫn đầu phong trào thi đua cấp huyện năm ${c.ay}`,
                  `The commune led the district-level movement in ${c.ay}`,
                )
              : msg(
                  `Xã không dẫn đầu phong trào thi đua cấp huyện năm ${c.ay}`,
                  `The commune did not lead the district-level movement in ${c.ay}`,
                ),
      },
      {
        from: R3,
        citation: `${L22}, Điều 29; Nghị định 129/2025/NĐ-CP (không còn cấp huyện – quy định thay thế chưa xác minh)`,
        confirmed: false,
        check: () => UNKNOWN,
        message: () =>
          msg(
            'Từ 01/07/2025 không còn cấp huyện nên điều kiện "dẫn đầu phong trào thi đua cấp huyện" không áp dụng được; quy định thay thế chưa được xác minh, cần xem xét',
            'No district level since 2025-07-01; the replacement condition is not encoded',
          ),
      },
    ],
  },
  {
    id: 'xa_tieu_bieu.criteria',
    on: 'FACTS',
    subjectKinds: ['COMMUNE'],
    targets: ['XA_TIEU_BIEU'],
    description: msg('Đạt tiêu chuẩn do Ủy ban nhân dân tỉnh quy định', 'Meets the provincial criteria'),
    versions: [
      {
        from: R2,
        to: R2_END,
        citation: `${L22}, Điều 29; Nghị định 86/2023/NĐ-CP`,
        confirmed: true,
        check: boolFact('criteriaMet'),
        message: criteriaMsg('"Xã, phường, thị trấn tiêu biểu"'),
      },
      {
        // After the two-level reform the title reads "xã, phường, đặc khu tiêu biểu" (NĐ 152 Điều 50 kh2).
        from: R3,
        citation: `${L22}, Điều 29; Nghị định 86/2023/NĐ-CP; Nghị định 152/2025/NĐ-CP, Điều 50 khoản 2`,
        confirmed: true,
        check: boolFact('criteriaMet'),
        message: criteriaMsg('"Xã, phường, đặc khu tiêu biểu"'),
      },
    ],
  },
  {
    id: 'thon_van_hoa.criteria',
    on: 'FACTS',
    subjectKinds: ['VILLAGE'],
    targets: ['THON_TDP_VAN_HOA'],
    description: msg('Đạt tiêu chuẩn do Ủy ban nhân dân tỉnh quy định', 'Meets the provincial criteria'),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 30; Nghị định 86/2023/NĐ-CP`,
        confirmed: true,
        check: boolFact('criteriaMet'),
        message: criteriaMsg('"Thôn, tổ dân phố văn hóa"'),
      },
    ],
  },
  {
    id: 'gia_dinh_van_hoa.criteria',
    on: 'FACTS',
    subjectKinds: ['HOUSEHOLD'],
    targets: ['GIA_DINH_VAN_HOA'],
    description: msg('Đạt tiêu chuẩn do Ủy ban nhân dân tỉnh quy định', 'Meets the provincial criteria'),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 31; Nghị định 86/2023/NĐ-CP`,
        confirmed: true,
        check: boolFact('criteriaMet'),
        message: criteriaMsg('"Gia đình văn hóa"'),
      },
    ],
  },
];
