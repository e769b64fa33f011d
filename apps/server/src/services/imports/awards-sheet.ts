import { ALL_CODES } from '@vinhdanh/rules';
import ExcelJS, { type CellValue } from '../../lib/excel';
import {
  AWARD_TYPE_CODES,
  AWARD_TYPE_LABELS,
  foldVietnamese,
  parseVietnameseDate,
  type RowError,
} from '@vinhdanh/shared';

/** The historical awards import template (sổ vàng): column order, Vietnamese headers, required marks. */
export const AWARD_COLUMNS = [
  { key: 'stt', header: 'STT', width: 6 },
  { key: 'name', header: 'Họ và tên / Tên tập thể (*)', width: 30 },
  { key: 'nationalId', header: 'Số CCCD', width: 16 },
  { key: 'staffCode', header: 'Mã cán bộ', width: 14 },
  { key: 'unitCode', header: 'Mã đơn vị', width: 18 },
  { key: 'code', header: 'Danh hiệu, hình thức (*)', width: 34 },
  { key: 'decisionNumber', header: 'Số quyết định (*)', width: 18 },
  { key: 'decidedOn', header: 'Ngày quyết định (*)', width: 16 },
  { key: 'issuer', header: 'Cơ quan ban hành', width: 30 },
  { key: 'signer', header: 'Người ký', width: 24 },
  { key: 'periodFrom', header: 'Thành tích từ năm', width: 12 },
  { key: 'periodTo', header: 'Thành tích đến năm', width: 12 },
  { key: 'type', header: 'Loại hình', width: 16 },
  { key: 'achievement', header: 'Nội dung thành tích', width: 40 },
] as const;
export type AwardColumn = (typeof AWARD_COLUMNS)[number]['key'];

export interface AwardSheetRow {
  row: number;
  name: string;
  nationalId: string | null;
  staffCode: string | null;
  unitCode: string | null;
  code: string;
  decisionNumber: string;
  decidedOn: string;
  issuer: string | null;
  signer: string | null;
  periodFrom: number | null;
  periodTo: number | null;
  type: string;
  achievement: string | null;
}

const CODE_BY_FOLDED = new Map<string, string>();
for (const c of ALL_CODES) {
  CODE_BY_FOLDED.set(foldVietnamese(c.code), c.code);
  CODE_BY_FOLDED.set(foldVietnamese(c.vi), c.code);
}
const TYPE_BY_FOLDED = new Map<string, string>();
for (const t of AWARD_TYPE_CODES) {
  TYPE_BY_FOLDED.set(foldVietnamese(t), t);
  TYPE_BY_FOLDED.set(foldVietnamese(AWARD_TYPE_LABELS[t]), t);
}

/** Builds the downloadable template: headers, two example rows, the code list, the unit list, instructions. */
export async function buildAwardsTemplate(unitList: { code: string; name: string }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Vinh Danh';
  const ws = wb.addWorksheet('Khen thưởng');
  ws.columns = AWARD_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.addRow({
    stt: 1,
    name: 'Nguyễn Văn An',
    nationalId: '001085012345',
    staffCode: '',
    unitCode: '',
    code: 'Chiến sĩ thi đua cơ sở',
    decisionNumber: '45/QĐ-UBND',
    decidedOn: '15/01/2019',
    issuer: 'UBND quận Ba Đình',
    signer: 'Chủ tịch UBND quận',
    periodFrom: 2018,
    periodTo: 2018,
    type: 'Thường xuyên',
    achievement: '',
  });
  ws.addRow({
    stt: 2,
    name: 'Tập thể Phòng Nội vụ',
    unitCode: unitList[0]?.code ?? 'MA_DON_VI',
    code: 'GIAY_KHEN',
    decisionNumber: '46/QĐ-UBND',
    decidedOn: '15/01/2019',
    type: 'Thường xuyên',
  });
  const codes = wb.addWorksheet('Danh mục khen thưởng');
  codes.columns = [
    { header: 'Mã', key: 'code', width: 26 },
    { header: 'Tên danh hiệu, hình thức', key: 'vi', width: 60 },
  ];
  codes.getRow(1).font = { bold: true };
  for (const c of ALL_CODES) codes.addRow({ code: c.code, vi: c.vi });
  const units = wb.addWorksheet('Danh mục đơn vị');
  units.columns = [
    { header: 'Mã đơn vị', key: 'code', width: 20 },
    { header: 'Tên đơn vị', key: 'name', width: 50 },
  ];
  units.getRow(1).font = { bold: true };
  for (const u of unitList) units.addRow(u);
  const help = wb.addWorksheet('Hướng dẫn');
  help.getColumn(1).width = 120;
  [
    'HƯỚNG DẪN NHẬP KHEN THƯỞNG ĐÃ CÓ (SỔ VÀNG)',
    'Mỗi dòng một khen thưởng. Cột có dấu (*) là bắt buộc. Ngày ghi theo dạng dd/mm/yyyy.',
    'Cá nhân: ghi Số CCCD hoặc Mã cán bộ của người đã có trong hệ thống. Tập thể: để trống hai cột đó và ghi Mã đơn vị.',
    'Danh hiệu, hình thức ghi theo mã hoặc tên ở trang "Danh mục khen thưởng".',
    'Nhập lại cùng một tệp không tạo bản ghi trùng: một khen thưởng được nhận ra theo người (hoặc đơn vị), danh hiệu, số và ngày quyết định.',
    'Dòng có lỗi không được nhập; hệ thống trả về bảng lỗi (dòng, cột, nội dung). Các dòng hợp lệ được nhập trong một giao dịch.',
  ].forEach((t, i) => {
    help.getCell(i + 1, 1).value = t;
    if (i === 0) help.getCell(1, 1).font = { bold: true, size: 13 };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return cellText(v.result as CellValue);
    return '';
  }
  return String(v);
}

export function awardsHeaderMatches(values: CellValue[]): boolean {
  return AWARD_COLUMNS.every((c, i) => foldVietnamese(cellText(values[i + 1])) === foldVietnamese(c.header));
}

/** Validates one row; returns the parsed row or its errors (column names as in the template). */
export function parseAwardRow(rowNumber: number, values: CellValue[]): AwardSheetRow | RowError[] {
  const get = (k: AwardColumn) => cellText(values[AWARD_COLUMNS.findIndex((c) => c.key === k) + 1]).trim();
  const errors: RowError[] = [];
  const err = (k: AwardColumn, code: string, message: string) =>
    errors.push({ row: rowNumber, column: AWARD_COLUMNS.find((c) => c.key === k)!.header, code, message });

  const name = get('name').replace(/\s+/g, ' ');
  if (name.length < 2) err('name', 'REQUIRED', 'Thiếu họ và tên hoặc tên tập thể.');
  const nationalId = get('nationalId').replace(/\s/g, '') || null;
  if (nationalId && !/^\d{12}$/.test(nationalId))
    err('nationalId', 'INVALID_NATIONAL_ID', 'Số CCCD phải gồm đúng 12 chữ số.');
  const staffCode = get('staffCode') || null;
  const unitCode = get('unitCode').toUpperCase() || null;
  if (!nationalId && !staffCode && !unitCode)
    err('unitCode', 'IDENTITY_REQUIRED', 'Cá nhân cần Số CCCD hoặc Mã cán bộ; tập thể cần Mã đơn vị.');
  const codeText = get('code');
  const code = codeText ? CODE_BY_FOLDED.get(foldVietnamese(codeText)) : undefined;
  if (!codeText) err('code', 'REQUIRED', 'Thiếu danh hiệu, hình thức khen thưởng.');
  else if (!code)
    err('code', 'UNKNOWN_CODE', `"${codeText}" không có trong danh mục danh hiệu, hình thức khen thưởng.`);
  const decisionNumber = get('decisionNumber');
  if (!decisionNumber) err('decisionNumber', 'REQUIRED', 'Thiếu số quyết định.');
  const dateText = get('decidedOn');
  const decidedOn = dateText ? parseVietnameseDate(dateText) : null;
  if (!decidedOn)
    err(
      'decidedOn',
      'INVALID_DATE',
      dateText ? `Ngày quyết định "${dateText}" không hợp lệ (dd/mm/yyyy).` : 'Thiếu ngày quyết định.',
    );
  const year = (k: 'periodFrom' | 'periodTo') => {
    const t = get(k);
    if (!t) return null;
    const n = Number(t);
    if (!Number.isInteger(n) || n < 1945 || n > 2100) {
      err(k, 'INVALID_YEAR', `Năm "${t}" không hợp lệ.`);
      return null;
    }
    return n;
  };
  const periodFrom = year('periodFrom');
  const periodTo = year('periodTo');
  if (periodFrom !== null && periodTo !== null && periodFrom > periodTo)
    err('periodTo', 'INVALID_PERIOD', 'Năm bắt đầu thành tích sau năm kết thúc.');
  if (periodTo !== null && decidedOn && periodTo > Number(decidedOn.slice(0, 4)))
    err('periodTo', 'INVALID_PERIOD', 'Năm kết thúc thành tích sau năm ra quyết định.');
  const typeText = get('type');
  const type = typeText ? TYPE_BY_FOLDED.get(foldVietnamese(typeText)) : 'THUONG_XUYEN';
  if (!type)
    err('type', 'UNKNOWN_TYPE', `Loại hình "${typeText}" không hợp lệ (ví dụ: Thường xuyên, Đột xuất).`);
  if (errors.length) return errors;
  return {
    row: rowNumber,
    name,
    nationalId,
    staffCode,
    unitCode,
    code: code!,
    decisionNumber,
    decidedOn: decidedOn!,
    issuer: get('issuer') || null,
    signer: get('signer') || null,
    periodFrom,
    periodTo,
    type: type!,
    achievement: get('achievement') || null,
  };
}
