/**
 * The five statistical forms of Thông tư 02/2023/TT-BNV (chế độ báo cáo thống kê ngành Nội vụ), group
 * "thi đua, khen thưởng": Biểu 0601.N to 0605.N/BNV-TĐKT, as data — rows, columns and their codes.
 *
 * Sources: shared/law/spec.md R-IT-03 and R-MOV-24, shared/design/domain-catalog.md "Statistical forms", and the
 * layouts of 0601–0603 as published in the templates cited there (lifephongphanmem/thiduakhenthuong,
 * resources/views/BaoCao/TT022023/Mau060x). The row lists of 0604 and 0605 were NOT available as official text:
 * they are reconstructed from the catalogue and marked `reconstructed: true` (shown on screen and in the file).
 */

export const REPORT_FORM_CODES = ['0601', '0602', '0603', '0604', '0605'] as const;
export type ReportFormCode = (typeof REPORT_FORM_CODES)[number];

export interface ReportColumn {
  /** Stable key used in computed values. */
  key: string;
  /** The column code printed under the header (1, 2, 3… as in the form). */
  code: string;
  label: string;
  /** Optional group header printed above the column (merged across consecutive columns). */
  group?: string;
  /** Optional second-level group header (e.g. the form name above "Tập thể"/"Cá nhân"). */
  subgroup?: string;
}

export interface ReportRow {
  key: string;
  /** Mã số (01, 02…); null for a section heading row. */
  code: string | null;
  label: string;
  /** Đơn vị tính of the row (column C), if the form prints one. */
  unitLabel?: string;
  /** A section heading ("1. Chia theo …"): no values. */
  heading?: boolean;
  /** Indentation level for "Trong đó" / "+" rows. */
  indent?: number;
  bold?: boolean;
}

export interface ReportFormDef {
  code: ReportFormCode;
  /** "0603.N/BNV-TĐKT" */
  number: string;
  title: string;
  citation: string;
  /** Printed above the table on the right ("Đơn vị tính: Phong trào"), if any. */
  measureUnit?: string;
  /** Whether the form has a "Đơn vị tính" column C. */
  hasUnitColumn: boolean;
  /** Column letter codes of the label/code/unit columns. */
  columns: ReportColumn[];
  rows: ReportRow[];
  /** The official row list was not available; layout rebuilt from the catalogue. */
  reconstructed?: boolean;
}

export const REPORT_CITATION = 'Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ Nội vụ';
/** Ngày nhận báo cáo (TT 02/2023/TT-BNV; spec.md §5.6). */
export const REPORT_RECEIPT_DAY = 'Ngày 15 tháng 12 năm báo cáo';

const heading = (key: string, label: string): ReportRow => ({ key, code: null, label, heading: true });

/** Rows "by method" (phương thức khen thưởng), shared by 0602 (15–21) and 0603 (11–17). */
const METHOD_ROWS: [string, string][] = [
  ['THUONG_XUYEN', 'Thường xuyên'],
  ['CHUYEN_DE', 'Chuyên đề'],
  ['DOT_XUAT', 'Đột xuất'],
  ['DOI_NGOAI', 'Đối ngoại'],
  ['CONG_HIEN', 'Cống hiến'],
  ['NIEN_HAN', 'Niên hạn'],
  ['KHANG_CHIEN', 'Kháng chiến'],
];

/** The individual classes (rows 06–10 of 0603, 10–14 of 0602). */
export const INDIVIDUAL_CLASSES = [
  ['L_BO_TINH', 'Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên'],
  ['L_VU_SO', 'Lãnh đạo cấp vụ, sở, ngành và tương đương'],
  ['DOANH_NHAN', 'Doanh nhân'],
  ['L_KHAC', 'Các cấp lãnh đạo khác từ phó phòng trở lên'],
  [
    'TRUC_TIEP',
    'Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân,...)',
  ],
] as const;
export type IndividualClass = (typeof INDIVIDUAL_CLASSES)[number][0];

function pad(n: number) {
  return String(n).padStart(2, '0');
}

/** Rows of the award forms: total, by recipient, [by proposer], by method, numbered from the form. */
function awardRows(withProposer: boolean): ReportRow[] {
  const rows: ReportRow[] = [{ key: 'TONG', code: '01', label: 'Tổng số', bold: true }];
  let n = 2;
  if (withProposer) {
    rows.push(
      heading('H_PROPOSER', '1. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng'),
    );
    rows.push({
      key: 'BO_NGANH',
      code: '02',
      label: '- Bộ, ban, ngành, đoàn thể Trung ương',
      unitLabel: 'Bộ, ngành',
    });
    rows.push({
      key: 'TINH',
      code: '03',
      label: '- Tỉnh, thành phố trực thuộc Trung ương',
      unitLabel: 'Tỉnh, TP',
    });
    // The form's numbering jumps from 03 to 06 (codes 04–05 are not used).
    n = 6;
  }
  rows.push(heading('H_RECIPIENT', `${withProposer ? 2 : 1}. Chia theo đối tượng khen thưởng`));
  rows.push({ key: 'TAP_THE', code: pad(n++), label: '- Tập thể', unitLabel: 'Tập thể' });
  rows.push({
    key: 'DOANH_NGHIEP',
    code: pad(n++),
    label: 'Trong đó: Doanh nghiệp',
    unitLabel: 'Doanh nghiệp',
    indent: 1,
  });
  rows.push({ key: 'HO_GIA_DINH', code: pad(n++), label: '- Hộ gia đình', unitLabel: 'Hộ' });
  rows.push({ key: 'CA_NHAN', code: pad(n++), label: '- Cá nhân', unitLabel: 'Người' });
  for (const [key, label] of INDIVIDUAL_CLASSES) {
    rows.push({ key, code: pad(n++), label: `+ ${label}`, unitLabel: 'Người', indent: 1 });
  }
  rows.push(heading('H_METHOD', '3. Chia theo phương thức khen thưởng'));
  for (const [key, label] of METHOD_ROWS) rows.push({ key, code: pad(n++), label: `- ${label}` });
  return rows;
}

export const FORM_0601: ReportFormDef = {
  code: '0601',
  number: '0601.N/BNV-TĐKT',
  title: 'SỐ PHONG TRÀO THI ĐUA',
  citation: REPORT_CITATION,
  measureUnit: 'Đơn vị tính: Phong trào',
  hasUnitColumn: false,
  columns: [
    { key: 'TONG', code: '1=(2+3+4)', label: 'Tổng số' },
    {
      key: 'TRUNG_UONG',
      code: '2',
      label: 'Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)',
      group: 'Số phong trào thi đua chia theo cấp chủ trì phát động thi đua',
    },
    {
      key: 'BO_TINH',
      code: '3',
      label: 'Cấp bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương',
      group: 'Số phong trào thi đua chia theo cấp chủ trì phát động thi đua',
    },
    {
      key: 'CO_QUAN',
      code: '4',
      label: 'Cơ quan, tổ chức, đơn vị',
      group: 'Số phong trào thi đua chia theo cấp chủ trì phát động thi đua',
    },
  ],
  rows: [
    { key: 'TONG', code: '01', label: 'Tổng số', bold: true },
    heading('H_SCOPE', '1. Chia theo phạm vi tổ chức thi đua'),
    { key: 'S_TOAN_QUOC', code: '02', label: '- Toàn quốc' },
    { key: 'S_BO_NGANH_DIA_PHUONG', code: '03', label: '- Bộ, ban, ngành đoàn thể, địa phương' },
    {
      key: 'S_CUM_KHOI',
      code: '04',
      label: '- Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức',
    },
    { key: 'S_CO_QUAN', code: '05', label: '- Cơ quan, tổ chức, đơn vị' },
    heading('H_DURATION', '2. Chia theo thời hạn thi đua'),
    { key: 'D_DUOI_1', code: '06', label: '- Dưới 1 năm' },
    { key: 'D_1', code: '07', label: '- 1 năm' },
    { key: 'D_1_3', code: '08', label: '- Từ 1 năm đến dưới 3 năm' },
    { key: 'D_3_5', code: '09', label: '- Từ 3 năm đến dưới 5 năm' },
    { key: 'D_TREN_5', code: '10', label: '- Từ 5 năm trở lên' },
    heading('H_METHOD', '3. Chia theo phương thức tổ chức phong trào thi đua'),
    { key: 'M_CHUYEN_DE', code: '11', label: '- Thi đua theo chuyên đề' },
    { key: 'M_THUONG_XUYEN', code: '12', label: '- Thi đua thường xuyên hàng năm' },
  ],
};

const G0602_MEDALS = 'Các loại huân chương, huy chương (mỗi hình thức khen thưởng ghi riêng một cột)';
const G0602_HONOUR = 'Danh hiệu vinh dự Nhà nước (mỗi hình thức khen thưởng ghi riêng một cột)';
const G0602_OTHER = 'Các hình thức khen thưởng khác (mỗi hình thức khen thưởng ghi riêng một cột)';

/**
 * 0602 columns. The form asks for one column per Huân chương / Huy chương / danh hiệu vinh dự; each pair below
 * is one form of the rules catalogue (`@vinhdanh/rules` codes), split Tập thể / Cá nhân. Forms the catalogue does
 * not carry yet get a group column whose cells are shown as "no data" (see the computation), never as 0.
 */
export const FORM_0602: ReportFormDef = {
  code: '0602',
  number: '0602.N/BNV-TĐKT',
  title: 'SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC',
  citation: REPORT_CITATION,
  hasUnitColumn: true,
  columns: [
    { key: 'TONG', code: '1', label: 'Tổng số' },
    ...(
      [
        ['HCLD_HANG_NHAT', 'Huân chương Lao động hạng Nhất'],
        ['HCLD_HANG_NHI', 'Huân chương Lao động hạng Nhì'],
        ['HCLD_HANG_BA', 'Huân chương Lao động hạng Ba'],
        ['HC_KHAC', 'Huân chương khác'],
        ['HUY_CHUONG', 'Huy chương'],
      ] as const
    ).flatMap(([k, name]) => [
      { key: `${k}:TT`, code: '2', label: 'Tập thể', group: G0602_MEDALS, subgroup: name },
      { key: `${k}:CN`, code: '2', label: 'Cá nhân', group: G0602_MEDALS, subgroup: name },
    ]),
    { key: 'GT_HCM', code: '3', label: 'Giải thưởng Hồ Chí Minh' },
    { key: 'GT_NN', code: '4', label: 'Giải thưởng Nhà nước' },
    { key: 'DHVD:TT', code: '5', label: 'Tập thể', group: G0602_HONOUR },
    { key: 'DHVD:CN', code: '5', label: 'Cá nhân', group: G0602_HONOUR },
    { key: 'CO_THI_DUA_CHINH_PHU:TT', code: '6', label: 'Cờ thi đua của Chính phủ' },
    {
      key: 'BANG_KHEN_THU_TUONG:TT',
      code: '7',
      label: 'Tập thể',
      group: 'Bằng khen của Thủ tướng Chính phủ',
    },
    {
      key: 'BANG_KHEN_THU_TUONG:CN',
      code: '7',
      label: 'Cá nhân',
      group: 'Bằng khen của Thủ tướng Chính phủ',
    },
    { key: 'CSTD_TOAN_QUOC:CN', code: '8', label: 'Danh hiệu "Chiến sĩ thi đua toàn quốc"' },
    { key: 'KHAC:TT', code: '9', label: 'Tập thể', group: G0602_OTHER },
    { key: 'KHAC:CN', code: '9', label: 'Cá nhân', group: G0602_OTHER },
  ],
  rows: awardRows(true),
};

export const FORM_0603: ReportFormDef = {
  code: '0603',
  number: '0603.N/BNV-TĐKT',
  title:
    'SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG',
  citation: REPORT_CITATION,
  hasUnitColumn: true,
  columns: [
    { key: 'TONG', code: '1', label: 'Tổng số' },
    { key: 'BANG_KHEN_BO_TINH', code: '2', label: 'Bằng khen', group: 'Chia ra' },
    { key: 'CSTD_BO_TINH', code: '3', label: 'Chiến sĩ thi đua cấp bộ, cấp tỉnh', group: 'Chia ra' },
    {
      key: 'CO_THI_DUA_BO_TINH',
      code: '4',
      label: 'Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương',
      group: 'Chia ra',
    },
    {
      key: 'KY_NIEM_CHUONG_BO_TINH',
      code: '5',
      label:
        'Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương',
      group: 'Chia ra',
    },
  ],
  rows: awardRows(false),
};

/** Reconstructed: organisations doing TĐKT work, by kind of organisation (catalogue: "by kind"). */
export const FORM_0604: ReportFormDef = {
  code: '0604',
  number: '0604.N/BNV-TĐKT',
  title: 'SỐ LƯỢNG TỔ CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG',
  citation: REPORT_CITATION,
  measureUnit: 'Đơn vị tính: Tổ chức',
  hasUnitColumn: false,
  reconstructed: true,
  columns: [
    { key: 'TONG', code: '1=(2+3)', label: 'Tổng số' },
    { key: 'CHUYEN_TRACH', code: '2', label: 'Chuyên trách', group: 'Chia ra' },
    { key: 'KIEM_NHIEM', code: '3', label: 'Kiêm nhiệm', group: 'Chia ra' },
  ],
  rows: [
    { key: 'TONG', code: '01', label: 'Tổng số', bold: true },
    heading('H_KIND', '1. Chia theo loại cơ quan, tổ chức, đơn vị'),
    { key: 'K_TINH', code: '02', label: '- Tỉnh, thành phố trực thuộc Trung ương' },
    { key: 'K_SO_NGANH', code: '03', label: '- Sở, ban, ngành' },
    { key: 'K_HUYEN', code: '04', label: '- Huyện, quận, thị xã (đến 30/6/2025)' },
    { key: 'K_XA', code: '05', label: '- Xã, phường, đặc khu' },
    { key: 'K_CO_QUAN', code: '06', label: '- Cơ quan, đơn vị sự nghiệp' },
    { key: 'K_DOANH_NGHIEP', code: '07', label: '- Doanh nghiệp' },
  ],
};

/** Reconstructed from the catalogue: columns Tổng, Nữ; rows age bands, training level, years in TĐKT. */
export const FORM_0605: ReportFormDef = {
  code: '0605',
  number: '0605.N/BNV-TĐKT',
  title: 'SỐ LƯỢNG CÔNG CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG',
  citation: REPORT_CITATION,
  measureUnit: 'Đơn vị tính: Người',
  hasUnitColumn: false,
  reconstructed: true,
  columns: [
    { key: 'TONG', code: '1', label: 'Tổng số' },
    { key: 'NU', code: '2', label: 'Trong đó: Nữ' },
  ],
  rows: [
    { key: 'TONG', code: '01', label: 'Tổng số', bold: true },
    heading('H_AGE', '1. Chia theo độ tuổi'),
    { key: 'A_30', code: '02', label: '- Từ 30 tuổi trở xuống' },
    { key: 'A_31_40', code: '03', label: '- Từ 31 đến 40 tuổi' },
    { key: 'A_41_50', code: '04', label: '- Từ 41 đến 50 tuổi' },
    { key: 'A_51_55', code: '05', label: '- Từ 51 đến 55 tuổi' },
    { key: 'A_56_60', code: '06', label: '- Từ 56 đến 60 tuổi' },
    { key: 'A_TREN_60', code: '07', label: '- Trên 60 tuổi' },
    heading('H_TRAINING', '2. Chia theo trình độ đào tạo'),
    { key: 'T_SO_CAP', code: '08', label: '- Sơ cấp' },
    { key: 'T_TRUNG_CAP', code: '09', label: '- Trung cấp' },
    { key: 'T_CAO_DANG', code: '10', label: '- Cao đẳng' },
    { key: 'T_DAI_HOC', code: '11', label: '- Đại học' },
    { key: 'T_TREN_DAI_HOC', code: '12', label: '- Trên đại học' },
    heading('H_YEARS', '3. Chia theo thời gian làm công tác thi đua, khen thưởng'),
    { key: 'Y_DUOI_5', code: '13', label: '- Dưới 5 năm' },
    { key: 'Y_5_10', code: '14', label: '- Từ 5 năm đến dưới 10 năm' },
    { key: 'Y_TREN_10', code: '15', label: '- Từ 10 năm trở lên' },
  ],
};

export const REPORT_FORMS: Record<ReportFormCode, ReportFormDef> = {
  '0601': FORM_0601,
  '0602': FORM_0602,
  '0603': FORM_0603,
  '0604': FORM_0604,
  '0605': FORM_0605,
};

/** Short Vietnamese names for menus. */
export const REPORT_FORM_SHORT: Record<ReportFormCode, string> = {
  '0601': 'Biểu 0601.N – Số phong trào thi đua',
  '0602': 'Biểu 0602.N – Khen thưởng cấp Nhà nước',
  '0603': 'Biểu 0603.N – Khen thưởng cấp bộ, ngành, tỉnh',
  '0604': 'Biểu 0604.N – Tổ chức làm công tác TĐKT',
  '0605': 'Biểu 0605.N – Công chức làm công tác TĐKT',
};

/** Rows that carry values (not section headings). */
export function valueRows(form: ReportFormDef): ReportRow[] {
  return form.rows.filter((r) => !r.heading);
}
