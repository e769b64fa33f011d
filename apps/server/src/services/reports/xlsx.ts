import { REPORT_FORMS, REPORT_RECEIPT_DAY, formatLegalDate, type ReportResult } from '@vinhdanh/shared';
import ExcelJS from '../../lib/excel';

/** What the signature block shows: a finalised snapshot's people, or blanks on a draft. */
export interface SignatureBlock {
  preparerName: string;
  signerName: string;
  signerTitle: string;
  place: string | null;
  /** YYYY-MM-DD */
  signedOn: string;
}

/**
 * A computed zero is printed as 0; a figure the system cannot compute (data not collected) as "..." — the
 * Vietnamese statistical convention for "có phát sinh nhưng chưa thu thập được" — with an Excel note saying why.
 */
export const UNAVAILABLE_MARK = '...';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Biểu in the official layout: title block, header rows, column codes, row codes, notes, signature block. */
export async function reportWorkbook(
  r: ReportResult,
  opts: { receiverName: string; signature: SignatureBlock | null },
): Promise<Buffer> {
  const form = REPORT_FORMS[r.form];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Vinh Danh';
  const ws = wb.addWorksheet(`Biểu ${r.form}`, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const fixed = form.hasUnitColumn ? 3 : 2; // A label, B mã số, C đơn vị tính
  const width = fixed + form.columns.length;
  const half = Math.max(fixed + 1, Math.ceil(width / 2));
  ws.getColumn(1).width = 48;
  ws.getColumn(2).width = 8;
  if (form.hasUnitColumn) ws.getColumn(3).width = 11;
  for (let i = 0; i < form.columns.length; i++) ws.getColumn(fixed + 1 + i).width = 14;

  let row = 1;
  const put = (
    at: number,
    c1: number,
    c2: number,
    value: string,
    style: { bold?: boolean; italic?: boolean; align?: 'left' | 'center' | 'right'; size?: number } = {},
  ) => {
    if (c2 > c1) ws.mergeCells(at, c1, at, c2);
    const cell = ws.getCell(at, c1);
    cell.value = value;
    cell.font = {
      name: 'Times New Roman',
      size: style.size ?? 12,
      bold: !!style.bold,
      italic: !!style.italic,
    };
    cell.alignment = { horizontal: style.align ?? 'left', vertical: 'middle', wrapText: true };
  };

  // Title block
  put(row, 1, half - 1, `Biểu số: ${form.number}`, { bold: true });
  put(row++, half, width, `Đơn vị báo cáo: ${r.unitName}`, { align: 'center' });
  put(row, 1, half - 1, form.citation);
  put(row++, half, width, `Đơn vị nhận báo cáo: ${opts.receiverName}`, { align: 'center' });
  put(row++, 1, half - 1, `Ngày nhận báo cáo: ${REPORT_RECEIPT_DAY}`);
  row++;
  put(row++, 1, width, form.title, { bold: true, align: 'center', size: 14 });
  const fullYear = r.from === `${r.year}-01-01` && r.to === `${r.year}-12-31`;
  put(
    row++,
    1,
    width,
    fullYear
      ? `Năm ${r.year}`
      : `Năm ${r.year} (từ ngày ${formatLegalDate(r.from)} đến ngày ${formatLegalDate(r.to)})`,
    { italic: true, align: 'center' },
  );
  if (!opts.signature) {
    put(row++, 1, width, 'BẢN NHÁP – số liệu chưa được chốt', { bold: true, align: 'center' });
  }
  if (form.reconstructed) {
    put(
      row++,
      1,
      width,
      'Mẫu biểu dựng lại theo danh mục nghiệp vụ (chưa đối chiếu văn bản mẫu chính thức)',
      {
        italic: true,
        align: 'center',
        size: 10,
      },
    );
  }
  if (form.measureUnit) put(row++, 1, width, form.measureUnit, { italic: true, align: 'right' });

  // Header rows: group / subgroup / label (as many levels as the form uses), then the code row.
  const levels =
    1 + (form.columns.some((c) => c.group) ? 1 : 0) + (form.columns.some((c) => c.subgroup) ? 1 : 0);
  const top = row;
  const headerCell = (r1: number, c1: number, r2: number, c2: number, text: string) => {
    if (r2 > r1 || c2 > c1) ws.mergeCells(r1, c1, r2, c2);
    const cell = ws.getCell(r1, c1);
    cell.value = text;
    cell.font = { name: 'Times New Roman', size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (let rr = r1; rr <= r2; rr++) for (let cc = c1; cc <= c2; cc++) ws.getCell(rr, cc).border = BORDER;
  };
  headerCell(top, 1, top + levels - 1, 1, '');
  headerCell(top, 2, top + levels - 1, 2, 'Mã số');
  if (form.hasUnitColumn) headerCell(top, 3, top + levels - 1, 3, 'Đơn vị tính');
  // Walk the columns, merging runs with the same group (and subgroup within it).
  let i = 0;
  while (i < form.columns.length) {
    const c = form.columns[i]!;
    const col = fixed + 1 + i;
    if (!c.group) {
      headerCell(top, col, top + levels - 1, col, c.label);
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < form.columns.length && form.columns[j + 1]!.group === c.group) j++;
    headerCell(top, col, top, fixed + 1 + j, c.group);
    // inside the group: subgroups (if the form has that level) then labels
    let k = i;
    while (k <= j) {
      const s = form.columns[k]!;
      const sc = fixed + 1 + k;
      if (levels === 3 && s.subgroup) {
        let m = k;
        while (m + 1 <= j && form.columns[m + 1]!.subgroup === s.subgroup) m++;
        headerCell(top + 1, sc, top + 1, fixed + 1 + m, s.subgroup);
        for (let q = k; q <= m; q++)
          headerCell(top + 2, fixed + 1 + q, top + 2, fixed + 1 + q, form.columns[q]!.label);
        k = m + 1;
      } else {
        headerCell(top + 1, sc, top + levels - 1, sc, s.label);
        k++;
      }
    }
    i = j + 1;
  }
  row = top + levels;
  // Column codes: A, B, (C), 1, 2, … — consecutive columns with the same code are merged, as in the form.
  headerCell(row, 1, row, 1, 'A');
  headerCell(row, 2, row, 2, 'B');
  if (form.hasUnitColumn) headerCell(row, 3, row, 3, 'C');
  i = 0;
  while (i < form.columns.length) {
    let j = i;
    while (j + 1 < form.columns.length && form.columns[j + 1]!.code === form.columns[i]!.code) j++;
    headerCell(row, fixed + 1 + i, row, fixed + 1 + j, form.columns[i]!.code);
    i = j + 1;
  }
  row++;

  // Data rows
  const cellNotes = new Map<string, string>();
  for (const n of r.notes) {
    if (n.kind !== 'UNAVAILABLE') continue;
    cellNotes.set(`${n.row ?? '*'}|${n.col ?? '*'}`, n.text);
  }
  const noteFor = (rowKey: string, colKey: string, headingKey: string | null) =>
    cellNotes.get(`${rowKey}|${colKey}`) ??
    cellNotes.get(`${rowKey}|*`) ??
    cellNotes.get(`*|${colKey}`) ??
    (headingKey ? cellNotes.get(`${headingKey}|*`) : undefined) ??
    cellNotes.get('*|*');
  let heading: string | null = null;
  for (const fr of form.rows) {
    const label = ws.getCell(row, 1);
    label.value = fr.label;
    label.font = { name: 'Times New Roman', size: 11, bold: !!(fr.bold || fr.heading) };
    label.alignment = { wrapText: true, vertical: 'middle', indent: fr.indent ?? 0 };
    const code = ws.getCell(row, 2);
    code.value = fr.code ?? '';
    code.alignment = { horizontal: 'center', vertical: 'middle' };
    if (form.hasUnitColumn) {
      const u = ws.getCell(row, 3);
      u.value = fr.unitLabel ?? '';
      u.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
    if (fr.heading) heading = fr.key;
    form.columns.forEach((c, ci) => {
      const cell = ws.getCell(row, fixed + 1 + ci);
      cell.alignment = { horizontal: 'right', vertical: 'middle' };
      cell.font = { name: 'Times New Roman', size: 11, bold: !!fr.bold };
      if (fr.heading) return;
      const v = r.values[fr.key]?.[c.key];
      if (v === null || v === undefined) {
        cell.value = UNAVAILABLE_MARK;
        cell.alignment = { horizontal: 'center', vertical: 'middle' };
        const why = noteFor(fr.key, c.key, heading);
        if (why) cell.note = why;
      } else {
        cell.value = v;
        cell.numFmt = '#,##0';
      }
    });
    for (let cc = 1; cc <= width; cc++) ws.getCell(row, cc).border = BORDER;
    row++;
  }

  // Notes
  row++;
  put(
    row++,
    1,
    width,
    `Ghi chú: "${UNAVAILABLE_MARK}" là số liệu hệ thống chưa thu thập được (không phải 0).`,
    {
      italic: true,
      size: 10,
    },
  );
  for (const n of r.notes) put(row++, 1, width, `- ${n.text}`, { italic: true, size: 10 });

  // Signature block
  row++;
  const sig = opts.signature;
  const d = sig?.signedOn ?? null;
  put(
    row++,
    half,
    width,
    d
      ? `${sig?.place ? `${sig.place}, ` : ''}ngày ${d.slice(8)} tháng ${d.slice(5, 7)} năm ${d.slice(0, 4)}`
      : '......, ngày ... tháng ... năm ......',
    { italic: true, align: 'center' },
  );
  put(row, 1, half - 1, 'NGƯỜI LẬP BIỂU', { bold: true, align: 'center' });
  put(row++, half, width, (sig?.signerTitle ?? 'THỦ TRƯỞNG ĐƠN VỊ').toUpperCase(), {
    bold: true,
    align: 'center',
  });
  put(row, 1, half - 1, '(Ký, ghi rõ họ tên)', { italic: true, align: 'center' });
  put(row++, half, width, '(Ký, đóng dấu, ghi rõ họ tên)', { italic: true, align: 'center' });
  row += 3;
  put(row, 1, half - 1, sig?.preparerName ?? '', { bold: true, align: 'center' });
  put(row++, half, width, sig?.signerName ?? '', { bold: true, align: 'center' });

  return Buffer.from(await wb.xlsx.writeBuffer());
}
