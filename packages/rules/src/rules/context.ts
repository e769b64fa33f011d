/** Rules that read only the request context: regime gaps, delegated criteria, request-level principles. */
import { ALL_CODES, viName, enName, type Code } from '../codes.js';
import { viDate, type Day } from '../dates.js';
import type { Msg } from '../types.js';
import { msg } from './helpers.js';
import {
  MET,
  NOT_MET,
  SKIP,
  UNKNOWN,
  type ContextRule,
  type Ctx,
  type Scratch,
  type Status,
} from './types.js';

const L03 = 'Luật Thi đua, khen thưởng 2003';
const L22 = 'Luật Thi đua, khen thưởng 2022';
const ND152 = 'Nghị định 152/2025/NĐ-CP';
const R1 = '2017-10-01';
const R1_END = '2023-12-31';
const R2 = '2024-01-01';
const R2_END = '2025-06-30';
const R3 = '2025-07-01';

const ALL: readonly Code[] = ALL_CODES.map((c) => c.code);
const ALL_KINDS = ['INDIVIDUAL', 'COLLECTIVE', 'COMMUNE', 'VILLAGE', 'HOUSEHOLD'] as const;

const unknownAlways = (): Status => UNKNOWN;
/** Delegated criteria: a manual review until the province records its own value (then rules/local.ts decides). */
const gkDelegated = (_s: null, _i: number, c: Ctx): Status =>
  c.subjectKind !== 'HOUSEHOLD' && c.snap.get('giay_khen.local_min_rating')?.value != null ? SKIP : UNKNOWN;
const kncDelegated = (_s: null, _i: number, c: Ctx): Status =>
  c.snap.get('ky_niem_chuong.local_min_service_years')?.value != null ? SKIP : UNKNOWN;
const name = (c: Ctx): string => viName(c.target);

function pending(_s: null, _i: number, c: Ctx): Status {
  return c.pending === 0 ? SKIP : c.pending === 2 ? NOT_MET : MET;
}
function pendingMsg(_d: Scratch, st: Status): Msg {
  return st === MET
    ? msg(
        'Không đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc giải quyết khiếu nại, tố cáo',
        'No pending discipline review, investigation or complaint',
      )
    : msg(
        'Đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc giải quyết khiếu nại, tố cáo: chưa khen thưởng hoặc đề nghị khen thưởng',
        'A discipline review, investigation or complaint is pending: no award for now',
      );
}

function doubleReward(_s: null, _i: number, c: Ctx, d: Scratch): Status {
  if (c.duplicateAchievement === null) return SKIP;
  if (c.duplicateAchievement === false) return MET;
  d.s = c.duplicateAchievement;
  return NOT_MET;
}
function doubleRewardMsg(d: Scratch, st: Status, c: Ctx): Msg {
  return st === MET
    ? msg(
        'Thành tích đề nghị chưa được khen thưởng bằng hình thức nào khác',
        'The achievement has not been rewarded before',
      )
    : msg(
        `Thành tích này đã được khen thưởng (${viName(d.s)}); không khen thưởng nhiều lần, nhiều hình thức cho một thành tích, nên không đề nghị ${name(c)}`,
        `This achievement was already rewarded (${enName(d.s)}); one achievement cannot be rewarded twice`,
      );
}

const POSTHUMOUS_OK = new Set<Code>([
  'BANG_KHEN_BO_TINH',
  'BANG_KHEN_THU_TUONG',
  'HCLD_HANG_BA',
  'HCLD_HANG_NHI',
  'HCLD_HANG_NHAT',
]);
function posthumous(_s: null, _i: number, c: Ctx): Status {
  if (!c.posthumous) return SKIP;
  return POSTHUMOUS_OK.has(c.target) ? MET : UNKNOWN;
}
function posthumousMsg(_d: Scratch, st: Status, c: Ctx): Msg {
  return st === MET
    ? msg(
        `${name(c)} được "tặng hoặc truy tặng": được đề nghị truy tặng`,
        `${enName(c.target)} may be awarded posthumously`,
      )
    : msg(
        `Chưa mã hóa quy định truy tặng đối với ${name(c)}: cần xem xét theo văn bản hướng dẫn`,
        `Posthumous award of ${enName(c.target)} is not encoded: needs review`,
      );
}

function notEncodedMsg(what: string) {
  return (_d: Scratch, _st: Status, c: Ctx): Msg =>
    msg(
      `Tiêu chuẩn ${name(c)} ${what} chưa được mã hóa trong bộ quy tắc: cần cán bộ thi đua, khen thưởng xem xét theo văn bản`,
      `The criteria of ${enName(c.target)} ${what === 'theo chế độ cũ (Luật 2003, Nghị định 91/2017)' ? 'under the old regime' : ''} are not encoded: needs review`,
    );
}

function dissolved(_s: null, _i: number, c: Ctx, d: Scratch): Status {
  if (c.dissolvedOn === null) return SKIP;
  d.a = c.dissolvedOn;
  if (c.dissolvedOn > c.proposedOn) return MET;
  return c.snap.bool('collective.dissolved_excluded') ? NOT_MET : UNKNOWN;
}
function dissolvedMsg(d: Scratch, st: Status): Msg {
  const on = viDate(d.a as Day);
  if (st === MET)
    return msg(
      `Tập thể còn hoạt động tại thời điểm đề nghị (giải thể từ ${on})`,
      `The unit still exists on the proposal date (dissolved ${on})`,
    );
  if (st === UNKNOWN) {
    return msg(
      `Tập thể đã giải thể từ ${on}; quy định tương ứng của chế độ này chưa được mã hóa, cần xem xét`,
      `Dissolved on ${on}; the rule for this regime is not encoded`,
    );
  }
  return msg(
    `Tập thể đã giải thể từ ${on} sau sắp xếp tổ chức bộ máy: không khen thưởng`,
    `The unit was dissolved on ${on} after restructuring: no award`,
  );
}

const delegatedMsg = (vi: string, en: string) => (): Msg => msg(vi, en);

const OLD_REGIME_NOT_ENCODED: readonly Code[] = [
  'BANG_KHEN_BO_TINH',
  'HCLD_HANG_BA',
  'HCLD_HANG_NHI',
  'KY_NIEM_CHUONG_BO_TINH',
  'TT_LDXS',
  'DON_VI_QUYET_THANG',
  'CO_THI_DUA_BO_TINH',
  'CO_THI_DUA_CHINH_PHU',
  'XA_TIEU_BIEU',
  'THON_TDP_VAN_HOA',
  'GIA_DINH_VAN_HOA',
];

export const CONTEXT_RULES: readonly ContextRule[] = [
  {
    id: 'regime.not_encoded',
    on: 'CONTEXT',
    subjectKinds: ALL_KINDS,
    targets: ALL,
    description: msg(
      'Chế độ pháp lý trước 01/10/2017 chưa được mã hóa',
      'Regimes before 2017-10-01 are not encoded',
    ),
    versions: [
      {
        from: '1945-01-01',
        to: '2017-09-30',
        citation: `${L03}; Nghị định 42/2010/NĐ-CP, Nghị định 65/2014/NĐ-CP (chưa mã hóa)`,
        confirmed: false,
        check: unknownAlways,
        message: (_d, _s, c) =>
          msg(
            `Đề nghị xét trước ngày 01/10/2017 thuộc chế độ pháp lý chưa được mã hóa (trước Nghị định 91/2017/NĐ-CP): cần xem xét theo văn bản thời kỳ đó`,
            `Proposals before 2017-10-01 (${enName(c.target)}) fall under a regime that is not encoded`,
          ),
      },
    ],
  },
  {
    id: 'common.no_pending_review',
    on: 'CONTEXT',
    subjectKinds: ALL_KINDS,
    targets: ALL,
    description: msg(
      'Không khen thưởng khi đang xem xét kỷ luật, điều tra, khiếu nại',
      'No award while a review is pending',
    ),
    versions: [
      {
        from: R1,
        to: R1_END,
        citation: 'Thông tư 08/2017/TT-BNV',
        confirmed: true,
        params: ['review.pending_blocks'],
        check: pending,
        message: pendingMsg,
      },
      {
        from: R2,
        to: R2_END,
        citation: 'Nghị định 98/2023/NĐ-CP (điều khoản tương ứng chưa đọc được)',
        confirmed: false,
        params: ['review.pending_blocks'],
        check: pending,
        message: pendingMsg,
      },
      {
        from: R3,
        citation: `${ND152}, Điều 4 khoản 4`,
        confirmed: true,
        params: ['review.pending_blocks'],
        check: pending,
        message: pendingMsg,
      },
    ],
  },
  {
    id: 'common.no_double_reward',
    on: 'CONTEXT',
    subjectKinds: ALL_KINDS,
    targets: ALL,
    description: msg(
      'Không khen thưởng nhiều lần, nhiều hình thức cho một thành tích',
      'No double reward for one achievement',
    ),
    versions: [
      {
        from: R1,
        to: R1_END,
        citation: `${L03}, Điều 6 khoản 2`,
        confirmed: true,
        check: doubleReward,
        message: doubleRewardMsg,
      },
      {
        from: R2,
        citation: `${L22}, Điều 5 khoản 2`,
        confirmed: true,
        check: doubleReward,
        message: doubleRewardMsg,
      },
    ],
  },
  {
    id: 'common.posthumous',
    on: 'CONTEXT',
    subjectKinds: ['INDIVIDUAL'],
    targets: ALL,
    description: msg('Truy tặng', 'Posthumous award'),
    versions: [
      {
        from: R1,
        to: R1_END,
        citation: `${L03} (quy định truy tặng chưa mã hóa)`,
        confirmed: false,
        check: (_s, _i, c) => (c.posthumous ? UNKNOWN : SKIP),
        message: posthumousMsg,
      },
      {
        from: R2,
        citation: `${L22}, Điều 43, 44, 73, 74 ("tặng hoặc truy tặng")`,
        confirmed: true,
        check: posthumous,
        message: posthumousMsg,
      },
    ],
  },
  {
    id: 'common.old_regime_not_encoded',
    on: 'CONTEXT',
    subjectKinds: ALL_KINDS,
    targets: OLD_REGIME_NOT_ENCODED,
    description: msg('Tiêu chuẩn theo chế độ cũ chưa được mã hóa', 'Old-regime criteria not encoded'),
    versions: [
      {
        from: R1,
        to: R1_END,
        citation: `${L03}; Nghị định 91/2017/NĐ-CP (chưa mã hóa)`,
        confirmed: false,
        check: unknownAlways,
        message: notEncodedMsg('theo chế độ cũ (Luật 2003, Nghị định 91/2017)'),
      },
    ],
  },
  {
    id: 'hcld_hang_nhat.not_encoded',
    on: 'CONTEXT',
    subjectKinds: ['INDIVIDUAL', 'COLLECTIVE'],
    targets: ['HCLD_HANG_NHAT'],
    description: msg('Điều 42 Luật 2022 chưa đọc được', 'Article 42 of the 2022 Law not read'),
    versions: [
      {
        from: R1,
        citation: `${L22}, Điều 42 (văn bản chưa đọc được)`,
        confirmed: false,
        check: unknownAlways,
        message: notEncodedMsg('(Luật 2022, Điều 42)'),
      },
    ],
  },
  {
    id: 'collective_forms.not_encoded',
    on: 'CONTEXT',
    subjectKinds: ['COLLECTIVE'],
    targets: ['BANG_KHEN_THU_TUONG', 'HCLD_HANG_BA', 'HCLD_HANG_NHI'],
    description: msg(
      'Tiêu chuẩn tập thể của Bằng khen Thủ tướng, Huân chương chưa đọc được',
      'Collective criteria not read',
    ),
    versions: [
      {
        from: R1,
        citation: `${L22}, Điều 43, 44, 73 (phần tập thể chưa đọc được)`,
        confirmed: false,
        check: unknownAlways,
        message: notEncodedMsg('cho tập thể'),
      },
    ],
  },
  {
    id: 'household.forms_not_encoded',
    on: 'CONTEXT',
    subjectKinds: ['HOUSEHOLD'],
    targets: ['BANG_KHEN_BO_TINH', 'BANG_KHEN_THU_TUONG', 'HCLD_HANG_BA', 'HCLD_HANG_NHI', 'HCLD_HANG_NHAT'],
    description: msg('Tiêu chuẩn hộ gia đình chưa mã hóa', 'Household criteria not encoded'),
    versions: [
      {
        from: R1,
        citation: `${L22}, Điều 74 khoản 4 (INFERENCE qua quy định của tỉnh)`,
        confirmed: false,
        check: unknownAlways,
        message: notEncodedMsg('cho hộ gia đình'),
      },
    ],
  },
  {
    id: 'giay_khen.criteria_delegated',
    on: 'CONTEXT',
    subjectKinds: ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'],
    targets: ['GIAY_KHEN'],
    description: msg(
      'Tiêu chuẩn Giấy khen do bộ, ban, ngành, tỉnh quy định',
      'Certificate criteria are set by ministries and provinces',
    ),
    versions: [
      {
        from: R1,
        to: R1_END,
        citation: `${L03}, Điều 75; Nghị định 91/2017/NĐ-CP (tiêu chuẩn chưa mã hóa)`,
        confirmed: false,
        check: unknownAlways,
        message: delegatedMsg(
          'Tiêu chuẩn Giấy khen theo chế độ cũ chưa được mã hóa: cần xem xét theo quy chế của cơ quan, đơn vị',
          'Old-regime certificate criteria are not encoded',
        ),
      },
      {
        from: R2,
        citation: `${L22}, Điều 75 khoản 2`,
        confirmed: true,
        check: gkDelegated,
        message: delegatedMsg(
          'Tiêu chuẩn Giấy khen do bộ, ban, ngành, tỉnh quy định chi tiết: cần xét theo quy định của địa phương, đơn vị (chưa khai báo tham số giay_khen.local_min_rating)',
          'Certificate of Merit criteria are set by each ministry or province: check the local regulation (parameter giay_khen.local_min_rating not declared)',
        ),
      },
    ],
  },
  {
    id: 'ky_niem_chuong.criteria_delegated',
    on: 'CONTEXT',
    subjectKinds: ['INDIVIDUAL'],
    targets: ['KY_NIEM_CHUONG_BO_TINH'],
    description: msg(
      'Tiêu chuẩn Kỷ niệm chương do bộ, ban, ngành, tỉnh quy định',
      'Commemorative medal criteria are set by each body',
    ),
    versions: [
      {
        from: R2,
        citation: `${L22}, Điều 71 khoản 2`,
        confirmed: true,
        check: kncDelegated,
        message: delegatedMsg(
          'Tên gọi, đối tượng, tiêu chuẩn Kỷ niệm chương do bộ, ban, ngành, tổ chức (ở tỉnh: Hội đồng nhân dân tỉnh) quy định: cần xét theo quy định đó (chưa khai báo tham số ky_niem_chuong.local_min_service_years)',
          'Name, recipients and criteria of the medal are set by the ministry or province',
        ),
      },
    ],
  },
  {
    id: 'collective.not_dissolved',
    on: 'CONTEXT',
    subjectKinds: ['COLLECTIVE'],
    targets: ALL,
    description: msg('Không khen thưởng đơn vị đã giải thể sau sắp xếp', 'No award for dissolved units'),
    versions: [
      {
        from: R1,
        to: R2_END,
        citation: 'Quy định về đơn vị giải thể trước 01/07/2025 chưa mã hóa',
        confirmed: false,
        check: (_s, _i, c, d) => {
          if (c.dissolvedOn === null) return SKIP;
          d.a = c.dissolvedOn;
          return c.dissolvedOn > c.proposedOn ? MET : UNKNOWN;
        },
        message: dissolvedMsg,
      },
      {
        from: R3,
        citation: 'Thông tư 15/2025/TT-BNV',
        confirmed: true,
        params: ['collective.dissolved_excluded'],
        check: dissolved,
        message: dissolvedMsg,
      },
    ],
  },
];
