/**
 * Vietnamese name material for the demo organisation (pure data, no I/O).
 *
 * Weights are rough relative frequencies for northern Việt Nam (Hà Nội public sector): Nguyễn dominates,
 * "Vũ" is far more common than "Võ" and "Hoàng" than "Huỳnh" in the north. The figures are approximations
 * for realistic-looking demo data, not statistics to be quoted.
 */

export type Weighted<T> = readonly (readonly [T, number])[];

/** Họ (family names) of the Kinh majority, weighted. */
export const KINH_SURNAMES: Weighted<string> = [
  ['Nguyễn', 36],
  ['Trần', 11],
  ['Lê', 9],
  ['Phạm', 7],
  ['Hoàng', 4.5],
  ['Vũ', 4.5],
  ['Phan', 3],
  ['Đặng', 2.2],
  ['Bùi', 2.2],
  ['Đỗ', 2.2],
  ['Ngô', 1.5],
  ['Dương', 1.2],
  ['Đinh', 1.2],
  ['Đào', 1.2],
  ['Trịnh', 1.1],
  ['Hồ', 1],
  ['Lương', 0.7],
  ['Mai', 0.6],
  ['Cao', 0.6],
  ['Lý', 0.5],
  ['Chu', 0.5],
  ['Lưu', 0.5],
  ['Kiều', 0.4],
  ['Khuất', 0.3],
  ['Võ', 0.4],
  ['Huỳnh', 0.3],
  ['Tạ', 0.3],
  ['Phùng', 0.4],
  ['Nghiêm', 0.3],
  ['Quách', 0.2],
];

/** Ethnic minority groups used in the demo, with typical family names. Weights = share among minority staff. */
export const MINORITY_GROUPS: readonly {
  ethnicity: string;
  weight: number;
  surnames: readonly string[];
  /** CCCD province codes of provinces where the group mainly lives (birth registration place). */
  provinceCodes: readonly string[];
}[] = [
  {
    ethnicity: 'Tày',
    weight: 4,
    surnames: ['Nông', 'Hoàng', 'Lục', 'Đàm', 'Ma', 'Hà'],
    provinceCodes: ['004', '006', '020'],
  },
  {
    ethnicity: 'Mường',
    weight: 3,
    surnames: ['Đinh', 'Bùi', 'Quách', 'Hà', 'Xa'],
    provinceCodes: ['017', '025', '038'],
  },
  {
    ethnicity: 'Thái',
    weight: 2,
    surnames: ['Lò', 'Cầm', 'Lường', 'Quàng', 'Hà', 'Vi'],
    provinceCodes: ['014', '011', '040'],
  },
  {
    ethnicity: 'Nùng',
    weight: 2,
    surnames: ['Hoàng', 'Nông', 'Lương', 'Chu', 'Vi'],
    provinceCodes: ['020', '004', '024'],
  },
  {
    ethnicity: 'Dao',
    weight: 1,
    surnames: ['Triệu', 'Bàn', 'Lý', 'Đặng'],
    provinceCodes: ['010', '015', '008'],
  },
];

/**
 * CCCD province codes (3 first digits = place of birth registration) for Kinh staff, weighted.
 * 001 Hà Nội dominates; the others are neighbouring northern provinces.
 */
export const KINH_PROVINCE_CODES: Weighted<string> = [
  ['001', 70],
  ['034', 3], // Thái Bình
  ['036', 3], // Nam Định
  ['030', 3], // Hải Dương
  ['033', 2.5], // Hưng Yên
  ['035', 2], // Hà Nam
  ['037', 2], // Ninh Bình
  ['038', 3], // Thanh Hóa
  ['040', 2.5], // Nghệ An
  ['042', 1.5], // Hà Tĩnh
  ['026', 2], // Vĩnh Phúc
  ['027', 2], // Bắc Ninh
  ['025', 1.5], // Phú Thọ
  ['031', 1], // Hải Phòng
  ['019', 1], // Thái Nguyên
];

/** Tên đệm (middle names). The "older" lists are used for people born before 1985. */
export const MIDDLE_NAMES = {
  NAM: {
    older: [
      ['Văn', 30],
      ['Đức', 10],
      ['Minh', 8],
      ['Quang', 6],
      ['Hữu', 6],
      ['Xuân', 5],
      ['Mạnh', 4],
      ['Thanh', 4],
      ['Ngọc', 3],
      ['Công', 4],
      ['Trung', 3],
      ['Việt', 3],
      ['Tiến', 2],
      ['Đình', 4],
      ['Quốc', 3],
    ],
    younger: [
      ['Văn', 10],
      ['Đức', 10],
      ['Minh', 12],
      ['Quang', 7],
      ['Tuấn', 5],
      ['Hoàng', 5],
      ['Duy', 5],
      ['Anh', 4],
      ['Thành', 4],
      ['Trọng', 3],
      ['Quốc', 4],
      ['Việt', 4],
      ['Hải', 3],
      ['Ngọc', 2],
      ['Gia', 2],
    ],
  },
  NU: {
    older: [
      ['Thị', 45],
      ['Thu', 6],
      ['Ngọc', 5],
      ['Thanh', 5],
      ['Minh', 3],
      ['Hồng', 4],
      ['Kim', 3],
      ['Bích', 3],
      ['Thúy', 2],
      ['Lan', 2],
      ['Phương', 2],
    ],
    younger: [
      ['Thị', 18],
      ['Thu', 8],
      ['Ngọc', 8],
      ['Thanh', 6],
      ['Minh', 6],
      ['Phương', 5],
      ['Thùy', 5],
      ['Hồng', 3],
      ['Khánh', 4],
      ['Diệu', 3],
      ['Quỳnh', 3],
      ['Mai', 3],
      ['Hải', 3],
      ['Bảo', 2],
      ['Hà', 2],
    ],
  },
} as const satisfies Record<'NAM' | 'NU', Record<'older' | 'younger', Weighted<string>>>;

/** Tên (given names), sex-appropriate. */
export const GIVEN_NAMES: Record<'NAM' | 'NU', readonly string[]> = {
  NAM: [
    'Anh',
    'Bình',
    'Cường',
    'Dũng',
    'Đức',
    'Dương',
    'Hải',
    'Hiếu',
    'Hoàng',
    'Hùng',
    'Huy',
    'Khánh',
    'Long',
    'Mạnh',
    'Minh',
    'Nam',
    'Phong',
    'Phúc',
    'Quang',
    'Quân',
    'Sơn',
    'Tài',
    'Thắng',
    'Thành',
    'Toàn',
    'Trung',
    'Tuấn',
    'Tùng',
    'Việt',
    'Vinh',
    'Hưng',
    'Kiên',
    'Lâm',
    'Lợi',
    'Tiến',
    'Trường',
    'Hiệp',
    'Đạt',
    'Thịnh',
    'Khoa',
    'Hòa',
    'Thái',
    'Hậu',
    'Nghĩa',
    'Phương',
    'Bảo',
    'Giang',
    'Duy',
    'Vũ',
  ],
  NU: [
    'Hoa',
    'Lan',
    'Hương',
    'Hà',
    'Hằng',
    'Huyền',
    'Mai',
    'Ngọc',
    'Nhung',
    'Phương',
    'Thảo',
    'Trang',
    'Thủy',
    'Yến',
    'Linh',
    'Loan',
    'Hạnh',
    'Hiền',
    'Hồng',
    'Dung',
    'Nga',
    'Oanh',
    'Vân',
    'Anh',
    'Châu',
    'Giang',
    'Thúy',
    'Liên',
    'Tâm',
    'Quỳnh',
    'Ly',
    'Nhàn',
    'Thoa',
    'Hòa',
    'Uyên',
    'Ngân',
    'Diệp',
    'Minh',
    'Trâm',
    'Chi',
    'Lệ',
    'Thơ',
    'Xuân',
    'Bích',
    'Duyên',
    'Hậu',
    'Lụa',
    'Mơ',
    'Tuyết',
    'Vy',
  ],
};

/** Removes Vietnamese diacritics (for ASCII e-mail local parts and usernames). */
export function toAscii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}
