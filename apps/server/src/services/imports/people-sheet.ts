import { Readable } from 'node:stream';
import ExcelJS, { type CellValue } from '../../lib/excel';
import { foldVietnamese, parseVietnameseDate, isLegalDate, type RowError } from '@vinhdanh/shared';

/** The people import template: column order, Vietnamese headers, and which are required. */
export const PEOPLE_COLUMNS = [
  { key: 'stt', header: 'STT', width: 6 },
  { key: 'fullName', header: 'Họ và tên (*)', width: 28 },
  { key: 'sex', header: 'Giới tính (*)', width: 12 },
  { key: 'dateOfBirth', header: 'Ngày sinh (dd/mm/yyyy)', width: 16 },
  { key: 'ethnicity', header: 'Dân tộc', width: 12 },
  { key: 'nationalId', header: 'Số CCCD', width: 16 },
  { key: 'staffCode', header: 'Mã cán bộ', width: 14 },
  { key: 'unitCode', header: 'Mã đơn vị (*)', width: 16 },
  { key: 'position', header: 'Chức vụ/vị trí (*)', width: 24 },
  { key: 'from', header: 'Từ ngày (*)', width: 14 },
  { key: 'isLeader', header: 'Lãnh đạo (Có/Không)', width: 14 },
  { key: 'email', header: 'Email', width: 24 },
  { key: 'phone', header: 'Điện thoại', width: 14 },
] as const;
export type PeopleColumn = (typeof PEOPLE_COLUMNS)[number]['key'];

export interface PeopleRow {
  row: number;
  fullName: string;
  sex: 'NAM' | 'NU';
  dateOfBirth: string | null;
  ethnicity: string;
  nationalId: string | null;
  staffCode: string | null;
  unitCode: string;
  position: string;
  from: string;
  isLeader: boolean;
  email: string | null;
  phone: string | null;
}

/** Builds the downloadable template: headers, an example row, a units sheet and instructions. */
export async function buildPeopleTemplate(unitList: { code: string; name: string }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Vinh Danh';
  const ws = wb.addWorksheet('Cán bộ');
  ws.columns = PEOPLE_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.addRow({
    stt: 1,
    fullName: 'Nguyễn Văn An',
    sex: 'Nam',
    dateOfBirth: '15/03/1985',
    ethnicity: 'Kinh',
    nationalId: '001085012345',
    staffCode: 'CB-0001',
    unitCode: unitList[0]?.code ?? 'MA_DON_VI',
    position: 'Chuyên viên',
    from: '01/01/2020',
    isLeader: 'Không',
    email: '',
    phone: '',
  });
  for (let r = 2; r <= 5000; r++) {
    ws.getCell(r, 3).dataValidation = { type: 'list', allowBlank: false, formulae: ['"Nam,Nữ"'] };
    ws.getCell(r, 11).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Có,Không"'] };
  }
  const units = wb.addWorksheet('Danh mục đơn vị');
  units.columns = [
    { header: 'Mã đơn vị', key: 'code', width: 20 },
    { header: 'Tên đơn vị', key: 'name', width: 50 },
  ];
  units.getRow(1).font = { bold: true };
  for (const u of unitList) units.addRow(u);
  const help = wb.addWorksheet('Hướng dẫn');
  help.getColumn(1).width = 110;
  [
    'HƯỚNG DẪN NHẬP DANH SÁCH CÁN BỘ',
    'Mỗi dòng một người. Cột có dấu (*) là bắt buộc. Ngày ghi theo dạng dd/mm/yyyy.',
    'Mỗi người cần có Số CCCD (12 chữ số) hoặc Mã cán bộ: hệ thống dùng để nhận ra người đã có, nên nhập lại cùng một tệp không tạo bản ghi trùng.',
    'Mã đơn vị lấy ở trang "Danh mục đơn vị". Đơn vị phải còn hiệu lực vào "Từ ngày".',
    'Dòng có lỗi sẽ không được nhập; hệ thống trả về bảng lỗi (dòng, cột, nội dung). Các dòng hợp lệ được nhập trong một giao dịch.',
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

/** Validates one sheet row; returns the parsed row or its errors (column names as in the template). */
export function parsePeopleRow(rowNumber: number, values: CellValue[]): PeopleRow | RowError[] {
  const get = (k: PeopleColumn) => cellText(values[PEOPLE_COLUMNS.findIndex((c) => c.key === k) + 1]).trim();
  const errors: RowError[] = [];
  const err = (k: PeopleColumn, code: string, message: string) =>
    errors.push({ row: rowNumber, column: PEOPLE_COLUMNS.find((c) => c.key === k)!.header, code, message });

  const fullName = get('fullName').replace(/\s+/g, ' ');
  if (fullName.length < 2) err('fullName', 'REQUIRED', 'Thiếu họ và tên.');
  else if (/\d/.test(fullName)) err('fullName', 'INVALID_NAME', 'Họ và tên không được chứa chữ số.');
  const sexText = foldVietnamese(get('sex'));
  const sex = sexText === 'nam' ? 'NAM' : sexText === 'nu' ? 'NU' : null;
  if (!sex) err('sex', 'INVALID_SEX', 'Giới tính phải là "Nam" hoặc "Nữ".');
  const dobText = get('dateOfBirth');
  const dateOfBirth = dobText ? parseVietnameseDate(dobText) : null;
  if (dobText && !dateOfBirth)
    err('dateOfBirth', 'INVALID_DATE', `Ngày sinh "${dobText}" không hợp lệ (dd/mm/yyyy).`);
  const nationalId = get('nationalId').replace(/\s/g, '') || null;
  if (nationalId && !/^\d{12}$/.test(nationalId))
    err('nationalId', 'INVALID_NATIONAL_ID', 'Số CCCD phải gồm đúng 12 chữ số.');
  const staffCode = get('staffCode') || null;
  if (!nationalId && !staffCode)
    err('nationalId', 'IDENTITY_REQUIRED', 'Cần Số CCCD hoặc Mã cán bộ để nhận diện người.');
  const unitCode = get('unitCode').toUpperCase();
  if (!unitCode) err('unitCode', 'REQUIRED', 'Thiếu mã đơn vị.');
  const position = get('position');
  if (!position) err('position', 'REQUIRED', 'Thiếu chức vụ/vị trí.');
  const fromText = get('from');
  const from = fromText ? parseVietnameseDate(fromText) : null;
  if (!from)
    err(
      'from',
      'INVALID_DATE',
      fromText ? `Từ ngày "${fromText}" không hợp lệ (dd/mm/yyyy).` : 'Thiếu "Từ ngày".',
    );
  if (dateOfBirth && from && from <= dateOfBirth)
    err('from', 'INVALID_PERIOD', 'Ngày bắt đầu công tác phải sau ngày sinh.');
  const leaderText = foldVietnamese(get('isLeader'));
  if (leaderText && !['co', 'khong', 'x'].includes(leaderText)) {
    err('isLeader', 'INVALID_BOOLEAN', 'Cột Lãnh đạo ghi "Có" hoặc "Không".');
  }
  const email = get('email') || null;
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    err('email', 'INVALID_EMAIL', 'Email không hợp lệ.');
  if (errors.length) return errors;
  return {
    row: rowNumber,
    fullName,
    sex: sex!,
    dateOfBirth: dateOfBirth && isLegalDate(dateOfBirth) ? dateOfBirth : null,
    ethnicity: get('ethnicity') || 'Kinh',
    nationalId,
    staffCode,
    unitCode,
    position,
    from: from!,
    isLeader: leaderText === 'co' || leaderText === 'x',
    email,
    phone: get('phone') || null,
  };
}

/** Files up to this size are parsed in memory (simple and robust); larger ones are streamed row by row. */
export const STREAM_THRESHOLD_BYTES = 1024 * 1024;

/**
 * Rows of the first worksheet. Small files are loaded whole: exceljs's streaming reader parks worksheets in
 * temporary files when they come before the shared strings (as Excel and exceljs write them), a path that
 * proved flaky under load. Large files are streamed so memory stays flat.
 */
export async function* readWorkbookRows(bytes: Buffer): AsyncGenerator<{ row: number; values: CellValue[] }> {
  if (bytes.length > STREAM_THRESHOLD_BYTES) {
    yield* readSheetRows(Readable.from([bytes]));
    return;
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    yield { row: r, values: row.values as CellValue[] };
  }
}

/** Streams the first worksheet row by row (memory stays flat on large files). */
export async function* readSheetRows(stream: Readable): AsyncGenerator<{ row: number; values: CellValue[] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'emit',
  });
  for await (const ws of reader) {
    for await (const row of ws) {
      yield { row: row.number, values: row.values as CellValue[] };
    }
    break; // only the first sheet holds data
  }
}

export function headerMatches(values: CellValue[]): boolean {
  return PEOPLE_COLUMNS.every((c, i) => foldVietnamese(cellText(values[i + 1])) === foldVietnamese(c.header));
}
