/**
 * Legal parameters as data, keyed by start date. Each dated value has its own reference and confirmed flag.
 * Sources: shared/law/spec.md and spec-updates.md (which wins). Change a value here, never in rule code,
 * and bump RULESET_VERSION (src/version.ts). See docs/rules-authoring.md.
 */
import type { DatedValue, ParamScalar } from './schema.js';

/** Regime start dates used in this file. */
const R1 = '2017-10-01'; // NĐ 91/2017/NĐ-CP in force
const R2 = '2024-01-01'; // Luật TĐKT 2022 + NĐ 98/2023/NĐ-CP
const R3 = '2025-07-01'; // NĐ 152/2025/NĐ-CP + NĐ 129/2025/NĐ-CP

const v = (
  from: string,
  value: ParamScalar,
  reference: string,
  confirmed: boolean,
  note?: string,
): DatedValue =>
  note === undefined ? { from, value, reference, confirmed } : { from, value, reference, confirmed, note };

const ND91 = 'Nghị định 91/2017/NĐ-CP';
const ND98 = 'Nghị định 98/2023/NĐ-CP';
const ND152 = 'Nghị định 152/2025/NĐ-CP';

type Recipient = 'INDIVIDUAL' | 'COLLECTIVE';

interface CoefRow {
  code: string;
  recipient: Recipient;
  values: DatedValue[];
}

/** Individual title coefficients: identical in NĐ 91 Điều 69, NĐ 98 Điều 54 kh1, NĐ 152 Điều 50 kh1. */
const titleIndividual = (code: string, coef: number): CoefRow => ({
  code,
  recipient: 'INDIVIDUAL',
  values: [
    v(R1, coef, `${ND91}, Điều 69`, true),
    v(R2, coef, `${ND98}, Điều 54 khoản 1`, true),
    v(R3, coef, `${ND152}, Điều 50 khoản 1`, true),
  ],
});

const titleCollective = (code: string, coef: number, fromR1: boolean): CoefRow => ({
  code,
  recipient: 'COLLECTIVE',
  values: [
    ...(fromR1 ? [v(R1, coef, `${ND91}, Điều 69`, true)] : []),
    v(R2, coef, `${ND98}, Điều 54 khoản 2`, true),
    v(R3, coef, `${ND152}, Điều 50 khoản 2`, true),
  ],
});

const COEFFICIENTS: CoefRow[] = [
  titleIndividual('CSTD_TOAN_QUOC', 4.5),
  titleIndividual('CSTD_BO_TINH', 3),
  titleIndividual('CSTD_CO_SO', 1),
  titleIndividual('LDTT', 0.3),
  titleIndividual('CSTT', 0.3),
  titleCollective('TT_LDXS', 1.5, true),
  titleCollective('DON_VI_QUYET_THANG', 1.5, true),
  titleCollective('TT_LDTT', 0.8, true),
  titleCollective('DON_VI_TIEN_TIEN', 0.8, true),
  titleCollective('CO_THI_DUA_CHINH_PHU', 12, true),
  titleCollective('CO_THI_DUA_BO_TINH', 8, true),
  titleCollective('XA_TIEU_BIEU', 2, false),
  titleCollective('THON_TDP_VAN_HOA', 1.5, false),
  ...(
    [
      ['HCLD_HANG_NHAT', 9],
      ['HCLD_HANG_NHI', 7.5],
      ['HCLD_HANG_BA', 4.5],
    ] as const
  ).flatMap(([code, c]): CoefRow[] => [
    {
      code,
      recipient: 'INDIVIDUAL',
      values: [
        v(
          R1,
          c,
          `${ND91}, Điều 71 khoản 1`,
          false,
          'Giá trị NĐ 91 chưa đối chiếu văn bản; bằng giá trị NĐ 98.',
        ),
        v(R2, c, `${ND98}, Điều 55 khoản 1`, true),
        v(R3, c, `${ND152}, Điều 51 khoản 1`, true),
      ],
    },
    {
      code,
      recipient: 'COLLECTIVE',
      values: [
        v(
          R1,
          c * 2,
          `${ND91}, Điều 71 khoản 2 (gấp hai lần cá nhân)`,
          false,
          'Chưa đối chiếu văn bản NĐ 91.',
        ),
        v(R2, c * 2, `${ND98}, Điều 55 khoản 2 (gấp hai lần cá nhân)`, true),
        v(R3, c * 2, `${ND152}, Điều 51 khoản 2`, true),
      ],
    },
  ]),
  {
    code: 'BANG_KHEN_THU_TUONG',
    recipient: 'INDIVIDUAL',
    values: [
      v(R1, 3.5, `${ND91}, Điều 73 khoản 1`, true),
      v(
        R2,
        3.5,
        `${ND98}, Điều 58 khoản 1 điểm a`,
        false,
        'Điều 58 NĐ 98 chưa đọc được; giả định 3,5 như NĐ 91 và NĐ 152.',
      ),
      v(R3, 3.5, `${ND152}, Điều 54 khoản 1 điểm a`, true),
    ],
  },
  {
    code: 'BANG_KHEN_THU_TUONG',
    recipient: 'COLLECTIVE',
    values: [
      v(R1, 7, `${ND91}, Điều 73 khoản 2 (gấp hai lần cá nhân)`, true),
      v(R2, 7, `${ND98}, Điều 58 khoản 2`, false, 'Chưa đọc được; giả định gấp hai lần cá nhân.'),
      v(R3, 7, `${ND152}, Điều 54 khoản 2`, true),
    ],
  },
  {
    code: 'BANG_KHEN_BO_TINH',
    recipient: 'INDIVIDUAL',
    values: [
      v(R1, 1, `${ND91}, Điều 73 khoản 1`, true),
      v(R2, 1, `${ND98}, Điều 58 khoản 1 điểm b`, false, 'Chưa đọc được; tạm dùng hệ số NĐ 91.'),
      v(R3, 1.5, `${ND152}, Điều 54 khoản 1 điểm b`, true),
    ],
  },
  {
    code: 'BANG_KHEN_BO_TINH',
    recipient: 'COLLECTIVE',
    values: [
      v(R1, 2, `${ND91}, Điều 73 khoản 2 (gấp hai lần cá nhân)`, true),
      v(R2, 2, `${ND98}, Điều 58 khoản 2`, false, 'Chưa đọc được; giả định gấp hai lần cá nhân.'),
      v(R3, 3, `${ND152}, Điều 54 khoản 2`, true),
    ],
  },
  {
    code: 'GIAY_KHEN',
    recipient: 'INDIVIDUAL',
    values: [
      v(R1, 0.3, `${ND91}, Điều 73 khoản 1`, true),
      v(R2, 0.3, `${ND98}, Điều 58 khoản 1 điểm e`, false, 'Chưa đọc được; tạm dùng hệ số NĐ 91.'),
      v(R3, 0.3, `${ND152}, Điều 54 khoản 1 điểm e (người có thẩm quyền tại Luật Điều 75 khoản 1)`, true),
    ],
  },
  {
    code: 'GIAY_KHEN',
    recipient: 'COLLECTIVE',
    values: [
      v(R1, 0.6, `${ND91}, Điều 73 khoản 2 (gấp hai lần cá nhân)`, true),
      v(R2, 0.6, `${ND98}, Điều 58 khoản 2`, false, 'Chưa đọc được; giả định gấp hai lần cá nhân.'),
      v(R3, 0.6, `${ND152}, Điều 54 khoản 2`, true),
    ],
  },
  {
    code: 'GIAY_KHEN.CHU_TICH_UBND_XA',
    recipient: 'INDIVIDUAL',
    values: [
      v(R1, 0.15, `${ND91}, Điều 73 khoản 1 (giấy khen của Chủ tịch UBND cấp xã)`, true),
      v(
        R2,
        0.15,
        `${ND98}, Điều 58 khoản 1 (giấy khen của Chủ tịch UBND cấp xã)`,
        true,
        'Nguồn [T] news.laodong 1536317.',
      ),
      v(R3, 0.3, `${ND152}, Điều 54 khoản 1 điểm e`, true),
    ],
  },
  {
    code: 'GIAY_KHEN.CHU_TICH_UBND_XA',
    recipient: 'COLLECTIVE',
    values: [
      v(R1, 0.3, `${ND91}, Điều 73 khoản 2 (gấp hai lần cá nhân)`, true),
      v(R2, 0.3, `${ND98}, Điều 58 khoản 2`, false, 'Giả định gấp hai lần cá nhân.'),
      v(R3, 0.6, `${ND152}, Điều 54 khoản 2`, true),
    ],
  },
  {
    code: 'KY_NIEM_CHUONG_BO_TINH',
    recipient: 'INDIVIDUAL',
    values: [
      v(R2, 0.6, `${ND98}, Điều 58 khoản 1 điểm d (mức tối đa)`, true),
      v(R3, 0.6, `${ND152}, Điều 54 khoản 1 (mức tối đa)`, true),
    ],
  },
];

const coefficientDefs = COEFFICIENTS.map((row) => ({
  key: `cash.coefficient.${row.recipient}.${row.code}`,
  description: {
    vi: `Hệ số tiền thưởng (× mức lương cơ sở) của ${row.code} cho ${row.recipient === 'INDIVIDUAL' ? 'cá nhân' : 'tập thể'}`,
    en: `Cash coefficient (× base salary) of ${row.code} for ${row.recipient === 'INDIVIDUAL' ? 'an individual' : 'a collective'}`,
  },
  type: 'number',
  unit: 'coefficient',
  // Kỷ niệm chương: the decree sets only a ceiling; ministries and provinces fix their own amount under it.
  delegated: row.code === 'KY_NIEM_CHUONG_BO_TINH',
  values: row.values,
}));

/** Raw parameter definitions, validated by loadParameters() at module load. */
export const RAW_PARAMETERS: unknown = [
  {
    key: 'cash.base_salary',
    description: { vi: 'Mức lương cơ sở (đồng/tháng)', en: 'Base salary (VND/month)' },
    type: 'number',
    unit: 'VND',
    values: [
      v(
        '2018-07-01',
        1_390_000,
        'Nghị định 72/2018/NĐ-CP, Điều 3 khoản 2',
        false,
        'Số hiệu nghị định chưa xác minh; giá trị [S].',
      ),
      v('2019-07-01', 1_490_000, 'Nghị định 38/2019/NĐ-CP, Điều 3 khoản 2', true),
      v('2023-07-01', 1_800_000, 'Nghị định 24/2023/NĐ-CP, Điều 3 khoản 2', true),
      v('2024-07-01', 2_340_000, 'Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2', true),
      v('2026-07-01', 2_530_000, 'Nghị định 161/2026/NĐ-CP, Điều 3 khoản 2 và Điều 6', true),
    ],
  },
  ...coefficientDefs,
  {
    key: 'cash.household_multiplier',
    description: {
      vi: 'Hộ gia đình được thưởng bằng bao nhiêu lần mức tiền thưởng của cá nhân',
      en: 'Multiple of the individual amount paid to a household',
    },
    type: 'number',
    unit: 'multiplier',
    values: [v(R3, 1.5, `${ND152}, Điều 54 (hộ gia đình bằng 1,5 lần cá nhân)`, true)],
  },
  {
    key: 'cash.rounding',
    description: { vi: 'Cách làm tròn tiền thưởng', en: 'Rounding of cash rewards' },
    type: 'string',
    enum: ['CEIL_10000', 'NEAREST_10000', 'NONE'],
    values: [
      v(R1, 'CEIL_10000', `${ND91}, Điều 68 khoản 2`, true),
      v(R2, 'CEIL_10000', `${ND98}, Điều 53 khoản 2 ("làm tròn số lên hàng chục nghìn đồng")`, true),
      v(R3, 'CEIL_10000', `${ND152}, Điều 49 khoản 2`, true),
    ],
  },
  {
    key: 'cash.same_period_titles',
    description: {
      vi: 'Nhiều danh hiệu cùng thời gian tính thành tích, quyết định cùng thời điểm: trả từng danh hiệu hay chỉ danh hiệu cao nhất',
      en: 'Several titles for the same period decided together: pay each or only the highest',
    },
    type: 'string',
    enum: ['PAY_EACH', 'HIGHEST_ONLY'],
    values: [
      v(R1, 'HIGHEST_ONLY', `${ND91} (nguyên tắc chỉ thưởng danh hiệu cao nhất – chưa xác minh)`, false),
      v(R2, 'PAY_EACH', `${ND98}, Điều 53 khoản 5 (văn bản không quy định trường hợp cùng thời gian)`, false),
      v(R3, 'HIGHEST_ONLY', `${ND152}, Điều 49 khoản 5`, true),
    ],
  },
  {
    key: 'eligibility.legal_date',
    description: {
      vi: 'Ngày xác định chế độ pháp lý cho tiêu chuẩn xét tặng (ngày đề nghị hay cuối năm thành tích)',
      en: 'Date that selects the regime for eligibility criteria',
    },
    type: 'string',
    enum: ['PROPOSED_ON', 'ACHIEVEMENT_YEAR_END'],
    values: [v(R1, 'PROPOSED_ON', 'spec.md §0: chưa tìm thấy quy định chuyển tiếp (INFERENCE)', false)],
  },
  {
    key: 'ldtt.min_service_months',
    description: {
      vi: 'Không xét danh hiệu Lao động tiên tiến cho người mới tuyển dụng dưới số tháng này',
      en: 'Minimum months since recruitment for Advanced Worker',
    },
    type: 'number',
    unit: 'months',
    delegated: true,
    values: [
      v(R1, 10, `${ND91}, Điều 10`, true),
      v(R2, 6, 'Thông tư 01/2024/TT-BNV, Điều 1 khoản 5 (chưa có hiệu lực trước 15/04/2024)', false),
      v('2024-04-15', 6, 'Thông tư 01/2024/TT-BNV, Điều 1 khoản 5', true),
      v(R3, 6, 'Thông tư 15/2025/TT-BNV (thay Thông tư 01/2024) – chưa xác minh, giữ mức 06 tháng', false),
    ],
  },
  {
    key: 'ldtt.transfer_opinion_months',
    description: {
      vi: 'Người chuyển công tác đã công tác ở đơn vị cũ từ số tháng này trở lên thì cần ý kiến bằng văn bản của đơn vị cũ',
      en: 'Months at the previous unit from which its written opinion is required after a transfer',
    },
    type: 'number',
    unit: 'months',
    delegated: true,
    values: [
      v(R1, 6, `${ND91} (quy định về chuyển công tác, nguồn [S])`, true),
      v(R2, 6, 'Thông tư 01/2024/TT-UBDT (quy định ngành); văn bản chung của Bộ Nội vụ chưa xác minh', false),
    ],
  },
  {
    key: 'absence.maternity_counts',
    description: {
      vi: 'Thời gian nghỉ thai sản được tính để xét tặng danh hiệu thi đua, hình thức khen thưởng',
      en: 'Maternity leave counts as working time',
    },
    type: 'boolean',
    values: [
      v(R1, true, `${ND91}, Điều 10 khoản 4`, true),
      v(R2, true, `${ND98} (điều khoản tương ứng chưa đọc được)`, false),
      v(R3, true, `${ND152}, Điều 4 khoản 5`, true),
    ],
  },
  {
    key: 'absence.training_counts',
    description: {
      vi: 'Thời gian đi đào tạo, bồi dưỡng (chấp hành tốt quy định) được tính là thời gian công tác',
      en: 'Compliant training time counts as working time',
    },
    type: 'boolean',
    values: [
      v(R1, true, `${ND91}, Điều 10 (đào tạo từ 01 năm trở lên phải đạt kết quả từ loại khá)`, true),
      v(
        R2,
        true,
        'Thông tư 01/2024/TT-BNV, Điều 1 khoản 5 điểm b (chưa có hiệu lực trước 15/04/2024)',
        false,
      ),
      v('2024-04-15', true, 'Thông tư 01/2024/TT-BNV, Điều 1 khoản 5 điểm b', true),
      v(R3, true, 'Thông tư 15/2025/TT-BNV – chưa xác minh', false),
    ],
  },
  {
    key: 'absence.injury_counts',
    description: {
      vi: 'Thời gian điều trị do bị thương khi chiến đấu, cứu người, cứu tài sản được tính là thời gian công tác',
      en: 'Treatment time after a combat or rescue injury counts as working time',
    },
    type: 'boolean',
    values: [
      v(R1, true, `${ND91}, Điều 10 (chưa đối chiếu)`, false),
      v(
        R2,
        true,
        'Thông tư 01/2024/TT-BNV, Điều 1 khoản 5 điểm a (chưa có hiệu lực trước 15/04/2024)',
        false,
      ),
      v('2024-04-15', true, 'Thông tư 01/2024/TT-BNV, Điều 1 khoản 5 điểm a', true),
      v(R3, true, 'Thông tư 15/2025/TT-BNV – chưa xác minh', false),
    ],
  },
  {
    key: 'discipline.model',
    description: {
      vi: 'Cách áp dụng kỷ luật: theo hình thức (từ khiển trách trở lên không xét) hay theo thời gian (tính thành tích từ khi chấp hành xong kỷ luật)',
      en: 'Discipline model: level excludes the title, or achievement counted from the end of the discipline period',
    },
    type: 'string',
    enum: ['LEVEL_EXCLUDES', 'TIME_WINDOW'],
    values: [
      v(R1, 'LEVEL_EXCLUDES', `${ND91}, Điều 10 (bị kỷ luật từ khiển trách trở lên không xét)`, true),
      v(R2, 'TIME_WINDOW', `${ND98} (điều khoản về kỷ luật chưa đọc được)`, false),
      v(R3, 'TIME_WINDOW', `${ND152}, Điều 4 khoản 4`, true),
    ],
  },
  {
    key: 'review.pending_blocks',
    description: {
      vi: 'Chưa khen thưởng khi đang xem xét kỷ luật, điều tra, thanh tra, kiểm tra, có đơn thư khiếu nại, tố cáo',
      en: 'No award while discipline review, investigation or complaint is pending',
    },
    type: 'boolean',
    values: [
      v(R1, true, 'Thông tư 08/2017/TT-BNV', true),
      v(R2, true, `${ND98} (điều khoản tương ứng chưa đọc được)`, false),
      v(R3, true, `${ND152}, Điều 4 khoản 4`, true),
    ],
  },
  {
    key: 'awards.thematic_sudden_not_basis',
    description: {
      vi: 'Khen thưởng đột xuất, theo chuyên đề không dùng làm căn cứ đề nghị khen thưởng cao hơn',
      en: 'Sudden and thematic awards do not count toward higher awards',
    },
    type: 'boolean',
    values: [
      v(R1, false, `${ND91} (không có quy định tương ứng – INFERENCE)`, false),
      v(R2, false, `${ND98} (không có quy định tương ứng – INFERENCE)`, false),
      v(R3, true, `${ND152}, Điều 4 khoản 3`, true),
    ],
  },
  {
    key: 'cstd_bo_tinh.consecutive_cstdcs',
    description: {
      vi: 'Số lần liên tục đạt Chiến sĩ thi đua cơ sở',
      en: 'Consecutive Grassroots Emulation Fighter titles',
    },
    type: 'number',
    unit: 'count',
    values: [
      v(R1, 3, 'Luật Thi đua, khen thưởng 2003, Điều 22', true),
      v(R2, 3, 'Luật Thi đua, khen thưởng 2022, Điều 22', true),
    ],
  },
  {
    key: 'cstd_toan_quoc.consecutive_cstd_bo_tinh',
    description: {
      vi: 'Số lần liên tục đạt Chiến sĩ thi đua bộ, ban, ngành, tỉnh (các chu kỳ nối tiếp, không chồng lấn)',
      en: 'Consecutive ministerial/provincial Emulation Fighter titles (adjacent, non-overlapping periods)',
    },
    type: 'number',
    unit: 'count',
    values: [
      v(R1, 2, 'Luật Thi đua, khen thưởng 2003, Điều 21', true),
      v(
        R2,
        2,
        'Luật Thi đua, khen thưởng 2022, Điều 21 (cách hiểu "liên tục": spec-updates A9 – INFERENCE)',
        false,
      ),
    ],
  },
  {
    key: 'cstd_toan_quoc.window_years',
    description: {
      vi: 'Số năm xem xét sáng kiến có phạm vi toàn quốc (hai chu kỳ Chiến sĩ thi đua bộ, tỉnh liên tiếp)',
      en: 'Years searched for a nationwide initiative (two consecutive ministerial/provincial cycles)',
    },
    type: 'number',
    unit: 'years',
    values: [
      v(
        R1,
        6,
        'Thông tư 07/2014/TT-BNV, Điều 4 khoản 3 (ví dụ 06 năm liên tục; INFERENCE, spec-updates A9)',
        false,
      ),
    ],
  },
  {
    key: 'bang_khen_bo_tinh.consecutive_cstdcs',
    description: {
      vi: 'Số lần liên tục đạt Chiến sĩ thi đua cơ sở',
      en: 'Consecutive Grassroots Emulation Fighter titles',
    },
    type: 'number',
    unit: 'count',
    values: [v(R2, 2, 'Luật Thi đua, khen thưởng 2022, Điều 74 khoản 1 điểm d', true)],
  },
  {
    key: 'bang_khen_bo_tinh.years_htxs',
    description: {
      vi: 'Số năm liên tục hoàn thành xuất sắc nhiệm vụ',
      en: 'Consecutive years rated excellent',
    },
    type: 'number',
    unit: 'years',
    values: [v(R2, 2, 'Luật Thi đua, khen thưởng 2022, Điều 74 khoản 1 điểm d', true)],
  },
  {
    key: 'bang_khen_bo_tinh.initiatives',
    description: {
      vi: 'Số sáng kiến (hoặc đề tài khoa học) trong thời gian hoàn thành xuất sắc nhiệm vụ',
      en: 'Initiatives (or science projects) needed during the excellent years',
    },
    type: 'number',
    unit: 'count',
    values: [v(R2, 2, 'Luật Thi đua, khen thưởng 2022, Điều 74 khoản 1 điểm d', true)],
  },
  {
    key: 'bang_khen_thu_tuong.years_htt',
    description: {
      vi: 'Số năm liên tục hoàn thành tốt nhiệm vụ trở lên',
      en: 'Consecutive years rated good or better',
    },
    type: 'number',
    unit: 'years',
    values: [
      v(R1, 5, `${ND91}, Điều 38 khoản 1 điểm c (05 năm liên tục hoàn thành xuất sắc nhiệm vụ)`, true),
      v(R2, 5, 'Luật Thi đua, khen thưởng 2022, Điều 73 khoản 1 điểm b', true),
    ],
  },
  {
    key: 'bang_khen_thu_tuong.cstdcs_count',
    description: {
      vi: 'Số lần đạt Chiến sĩ thi đua cơ sở trong thời gian đó',
      en: 'Grassroots Emulation Fighter titles in that period',
    },
    type: 'number',
    unit: 'count',
    values: [v(R2, 3, 'Luật Thi đua, khen thưởng 2022, Điều 73 khoản 1 điểm b', true)],
  },
  {
    key: 'bang_khen_thu_tuong.initiatives_old',
    description: {
      vi: 'Số sáng kiến trong 05 năm (chế độ cũ)',
      en: 'Initiatives in the five years (old regime)',
    },
    type: 'number',
    unit: 'count',
    values: [v(R1, 5, `${ND91}, Điều 38 khoản 1 điểm c`, true)],
  },
  {
    key: 'hcld_hang_ba.years_htt',
    description: {
      vi: 'Số năm liên tục hoàn thành tốt nhiệm vụ trở lên',
      en: 'Consecutive years rated good or better',
    },
    type: 'number',
    unit: 'years',
    values: [v(R2, 5, 'Luật Thi đua, khen thưởng 2022, Điều 44 khoản 1 điểm e', true)],
  },
  {
    key: 'hcld_hang_ba.htxs_years',
    description: {
      vi: 'Số năm hoàn thành xuất sắc nhiệm vụ trong thời gian đó',
      en: 'Excellent years in that period',
    },
    type: 'number',
    unit: 'years',
    values: [v(R2, 1, 'Luật Thi đua, khen thưởng 2022, Điều 44 khoản 1 điểm e', true)],
  },
  {
    key: 'hcld_hang_ba.cstdcs_count',
    description: {
      vi: 'Số lần đạt Chiến sĩ thi đua cơ sở trong thời gian đó',
      en: 'Grassroots Emulation Fighter titles in that period',
    },
    type: 'number',
    unit: 'count',
    values: [v(R2, 3, 'Luật Thi đua, khen thưởng 2022, Điều 44 khoản 1 điểm e', true)],
  },
  {
    key: 'hcld_hang_nhi.years_htt',
    description: {
      vi: 'Số năm liên tục hoàn thành tốt nhiệm vụ trở lên',
      en: 'Consecutive years rated good or better',
    },
    type: 'number',
    unit: 'years',
    values: [v(R2, 5, 'Luật Thi đua, khen thưởng 2022, Điều 43 khoản 1', true)],
  },
  {
    key: 'hcld_hang_nhi.htxs_years',
    description: {
      vi: 'Số năm hoàn thành xuất sắc nhiệm vụ trong thời gian đó',
      en: 'Excellent years in that period',
    },
    type: 'number',
    unit: 'years',
    values: [v(R2, 2, 'Luật Thi đua, khen thưởng 2022, Điều 43 khoản 1', true)],
  },
  {
    key: 'hcld_hang_nhi.cstd_bo_tinh_count',
    description: {
      vi: 'Số lần đạt Chiến sĩ thi đua bộ, ban, ngành, tỉnh',
      en: 'Ministerial/provincial Emulation Fighter titles',
    },
    type: 'number',
    unit: 'count',
    values: [v(R2, 1, 'Luật Thi đua, khen thưởng 2022, Điều 43 khoản 1', true)],
  },
  {
    key: 'tt_ldxs.ldtt_share_min',
    description: {
      vi: 'Tỷ lệ tối thiểu cá nhân đạt Lao động tiên tiến (tính cả mức bằng)',
      en: 'Minimum share of Advanced Workers (inclusive)',
    },
    type: 'number',
    unit: 'ratio',
    delegated: true,
    values: [v(R2, 0.7, 'Luật Thi đua, khen thưởng 2022, Điều 27 khoản 1 điểm c', true)],
  },
  {
    key: 'tt_ldtt.ldtt_share_min',
    description: { vi: 'Tỷ lệ cá nhân đạt Lao động tiên tiến', en: 'Share of Advanced Workers' },
    type: 'number',
    unit: 'ratio',
    delegated: true,
    values: [
      v(R1, 0.5, 'Luật Thi đua, khen thưởng 2003, Điều 28 khoản 1 điểm c ("trên 50%")', true),
      v(
        R2,
        0.5,
        'Luật Thi đua, khen thưởng 2022, Điều 28 (văn bản chưa đọc được; giữ cấu trúc luật cũ)',
        false,
      ),
    ],
  },
  {
    key: 'tt_ldtt.ldtt_share_inclusive',
    description: {
      vi: 'Tỷ lệ Lao động tiên tiến tính cả mức bằng ("ít nhất") hay phải vượt ("trên")',
      en: 'Whether the share threshold includes equality',
    },
    type: 'boolean',
    delegated: true,
    values: [
      v(R1, false, 'Luật Thi đua, khen thưởng 2003, Điều 28 khoản 1 điểm c ("trên 50%")', true),
      v(R2, false, 'Luật Thi đua, khen thưởng 2022, Điều 28 (văn bản chưa đọc được)', false),
    ],
  },
  {
    key: 'tt_ldtt.no_member_canh_cao',
    description: {
      vi: 'Tập thể không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên',
      en: 'No member disciplined at warning level or above',
    },
    type: 'boolean',
    delegated: true,
    values: [
      v(R1, true, 'Luật Thi đua, khen thưởng 2003, Điều 28 khoản 1 điểm c', true),
      v(R2, true, 'Luật Thi đua, khen thưởng 2022, Điều 28 (văn bản chưa đọc được)', false),
    ],
  },
  {
    key: 'co_thi_dua_chinh_phu.movement_min_months',
    description: {
      vi: 'Thời gian tối thiểu của phong trào do Thủ tướng phát động (tháng)',
      en: 'Minimum duration of a Prime Minister movement (months)',
    },
    type: 'number',
    unit: 'months',
    values: [v(R2, 60, 'Luật Thi đua, khen thưởng 2022, Điều 25 khoản 3', true)],
  },
  {
    key: 'co_thi_dua_bo_tinh.movement_min_months',
    description: {
      vi: 'Thời gian tối thiểu của phong trào chuyên đề do bộ, ban, ngành, tỉnh phát động (tháng)',
      en: 'Minimum duration of a ministry/province thematic movement (months)',
    },
    type: 'number',
    unit: 'months',
    delegated: true,
    values: [
      v(
        R2,
        36,
        'Luật Thi đua, khen thưởng 2022, Điều 26 khoản 2 (qua Thông tư 17/2024/TT-BTTTT Điều 6 – INFERENCE)',
        false,
      ),
    ],
  },
  {
    key: 'collective.dissolved_excluded',
    description: {
      vi: 'Không khen thưởng cơ quan, tổ chức, đơn vị đã giải thể sau sắp xếp tổ chức bộ máy',
      en: 'No award for units dissolved after restructuring',
    },
    type: 'boolean',
    values: [v(R3, true, 'Thông tư 15/2025/TT-BNV (ngày hiệu lực chưa xác minh)', false)],
  },
  {
    key: 'quota.cstd_co_so.share',
    description: {
      vi: 'Tỷ lệ tối đa Chiến sĩ thi đua cơ sở trên số cá nhân đạt Lao động tiên tiến/Chiến sĩ tiên tiến (null: không khống chế)',
      en: 'Maximum share of Grassroots Emulation Fighters among Advanced Workers (null: no cap)',
    },
    type: 'number',
    unit: 'ratio',
    nullable: true,
    delegated: true,
    values: [
      v(R1, 0.15, `${ND91}, Điều 9 khoản 3`, true),
      v(
        R2,
        null,
        'Luật Thi đua, khen thưởng 2022, Điều 23; Nghị định 98/2023/NĐ-CP, Điều 1 (không khống chế tỷ lệ)',
        true,
      ),
      v(R3, null, 'Thông tư 15/2025/TT-BNV – chưa xác minh có quy định tỷ lệ hay không', false),
    ],
  },
  {
    key: 'quota.co_thi_dua_chinh_phu.share',
    description: {
      vi: 'Tỷ lệ tối đa tập thể được đề nghị Cờ thi đua của Chính phủ trên số tập thể đạt tiêu chuẩn Cờ bộ, tỉnh',
      en: 'Maximum share of Government Flags among collectives qualified for a ministry/province flag',
    },
    type: 'number',
    unit: 'ratio',
    nullable: true,
    values: [
      v(R1, 0.2, `${ND91}, Điều 11 khoản 1`, true),
      v(R2, null, `${ND98} (chưa đọc được điều quy định tỷ lệ)`, false),
    ],
  },
  {
    key: 'quota.rounding',
    description: {
      vi: 'Làm tròn số lượng tối đa ("không quá": làm tròn xuống)',
      en: 'Rounding of quota maxima',
    },
    type: 'string',
    enum: ['FLOOR'],
    values: [v(R1, 'FLOOR', `${ND91}, Điều 9 khoản 3 ("không quá" – INFERENCE làm tròn xuống)`, false)],
  },
  {
    key: 'posting.min_working_days',
    description: {
      vi: 'Số ngày làm việc tối thiểu công khai danh sách trước khi Hội đồng họp (Huân chương, danh hiệu vinh dự nhà nước)',
      en: 'Minimum working days of public posting before the council meets',
    },
    type: 'number',
    unit: 'working days',
    values: [
      v(R1, 5, `${ND91}, Điều 45 khoản 10`, false, 'Nguồn [S]; áp dụng ở một số bộ.'),
      v(R2, 10, `${ND98}, Điều 46 khoản 2`, true),
      v(R3, 10, `${ND152} (điều tương ứng chưa đọc được; giữ mức của NĐ 98)`, false),
    ],
  },
  {
    key: 'posting.counting_convention',
    description: {
      vi: 'Cách đếm ngày công khai: ngày đăng có được tính hay không (ngày họp không tính)',
      en: 'Whether the posting day itself counts (the meeting day never counts)',
    },
    type: 'string',
    enum: ['EXCLUDE_POSTING_DAY', 'INCLUDE_POSTING_DAY'],
    values: [
      v(
        R1,
        'EXCLUDE_POSTING_DAY',
        'Bộ luật Dân sự 2015, Điều 147 khoản 1 (thời hạn bắt đầu từ ngày tiếp theo – INFERENCE khi áp dụng cho việc công khai)',
        false,
      ),
    ],
  },
  {
    key: 'posting.gia_dinh_van_hoa_days',
    description: {
      vi: 'Số ngày niêm yết công khai danh sách Gia đình văn hóa tại thôn, tổ dân phố (ngày lịch)',
      en: 'Calendar days the Cultural Family list is posted in the village',
    },
    type: 'number',
    unit: 'days',
    values: [v('2024-01-30', 10, 'Nghị định 86/2023/NĐ-CP', true)],
  },
  {
    key: 'vote.threshold.high_titles',
    description: {
      vi: 'Tỷ lệ phiếu đồng ý tối thiểu trên tổng số thành viên Hội đồng (CSTĐ bộ/tỉnh, CSTĐ toàn quốc, Anh hùng)',
      en: 'Minimum approval share of all council members (high titles)',
    },
    type: 'number',
    unit: 'ratio',
    values: [
      v(R1, 0.9, `${ND91}, Điều 45 khoản 8 (bỏ phiếu kín)`, true),
      v(R2, 0.9, `${ND98}, Điều 30 khoản 7`, true),
      v(R3, 0.9, `${ND152} (điều về bỏ phiếu chưa tìm thấy; giữ mức của NĐ 98)`, false),
    ],
  },
  {
    key: 'vote.quorum',
    description: {
      vi: 'Tỷ lệ tối thiểu thành viên Hội đồng tham dự phiên họp xét khen thưởng (tính trên tổng số thành viên)',
      en: 'Minimum share of council members present at an award session',
    },
    type: 'number',
    unit: 'ratio',
    delegated: true,
    values: [
      v(
        R1,
        2 / 3,
        'Thông tư 25/2025/TT-BKHCN, Điều 23; Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 8 khoản 4 (quy định ngành, địa phương – không có quy định quốc gia)',
        false,
      ),
    ],
  },
  {
    key: 'vote.threshold.base_titles',
    description: {
      vi: 'Tỷ lệ phiếu đồng ý tối thiểu trên tổng số thành viên Hội đồng (CSTĐ cơ sở, Cờ thi đua bộ/tỉnh, Cờ thi đua Chính phủ)',
      en: 'Minimum approval share of all council members (base titles and flags)',
    },
    type: 'number',
    unit: 'ratio',
    nullable: true,
    values: [
      v(R1, null, `${ND91} (do quy chế của đơn vị quy định)`, false),
      v(R2, 0.8, `${ND98}, Điều 30 khoản 7`, true),
      v(R3, 0.8, `${ND152} (điều về bỏ phiếu chưa tìm thấy; giữ mức của NĐ 98)`, false),
    ],
  },
  {
    key: 'giay_khen.local_min_rating',
    description: {
      vi: 'Mức hoàn thành nhiệm vụ tối thiểu trong năm xét để được đề nghị Giấy khen (do bộ, ban, ngành, tỉnh quy định; để trống khi địa phương chưa khai báo)',
      en: 'Minimum rating in the achievement year for a Certificate of Merit (set by the ministry or province; empty until declared)',
    },
    type: 'string',
    enum: ['HTXS', 'HTT', 'HT'],
    nullable: true,
    delegated: true,
    values: [
      v(
        R2,
        null,
        'Luật Thi đua, khen thưởng 2022, Điều 75 khoản 2 (bộ, ban, ngành, tỉnh quy định chi tiết tiêu chuẩn; chưa khai báo quy định của địa phương)',
        true,
      ),
    ],
  },
  {
    key: 'ky_niem_chuong.local_min_service_years',
    description: {
      vi: 'Số năm công tác tối thiểu để được xét Kỷ niệm chương (do bộ, ban, ngành, tổ chức hoặc Hội đồng nhân dân tỉnh quy định; để trống khi chưa khai báo)',
      en: 'Minimum years of service for the commemorative medal (set by the body or the provincial council; empty until declared)',
    },
    type: 'number',
    unit: 'years',
    nullable: true,
    delegated: true,
    values: [
      v(
        R2,
        null,
        'Luật Thi đua, khen thưởng 2022, Điều 71 khoản 2 (tiêu chuẩn do bộ, ban, ngành, tổ chức; ở tỉnh do Hội đồng nhân dân tỉnh quy định; chưa khai báo)',
        true,
      ),
    ],
  },
];
