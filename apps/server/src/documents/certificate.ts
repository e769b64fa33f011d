import { createPdf, pdfToBuffer } from './pdf';
import { QUOC_HIEU, TIEU_NGU } from './layout';
import { qrMatrix } from './qr';

/**
 * Certificates (bằng khen, giấy khen, giấy chứng nhận danh hiệu) as ONE PDF, one page per recipient.
 *
 * - FULL: the whole certificate — double border, quốc hiệu and tiêu ngữ, the authority, the heading, the
 *   recipient, the achievement, the decision reference, place and date, the signature block — in Tinos (embedded).
 * - PHOI: only the variable fields, each at the template's x/y (millimetres from the top-left corner of the sheet),
 *   to print on a pre-printed blank (phôi).
 *
 * Both print the QR code of the public verification page and the verification code in text. The QR is drawn as
 * vector squares (no image per page), so a thousand pages stay small and fast.
 */
export type CertificateFieldKey =
  | 'name'
  | 'position'
  | 'unit'
  | 'title'
  | 'achievement'
  | 'decision'
  | 'placeDate'
  | 'signerAuthority'
  | 'signerTitle'
  | 'signerName'
  | 'certificateNumber'
  | 'verifyCode'
  | 'qr';

export const CERTIFICATE_FIELD_KEYS: readonly CertificateFieldKey[] = [
  'name',
  'position',
  'unit',
  'title',
  'achievement',
  'decision',
  'placeDate',
  'signerAuthority',
  'signerTitle',
  'signerName',
  'certificateNumber',
  'verifyCode',
  'qr',
];

export interface CertificateField {
  key: CertificateFieldKey;
  /** mm from the left edge; for align "center" the centre of the box, for "right" its right edge. */
  x: number;
  /** mm from the top edge (top of the text line). */
  y: number;
  /** Box width in mm (text wraps inside); for "qr" the side of the square. */
  width?: number;
  /** Font size in pt (default 14). */
  size?: number;
  align?: 'left' | 'center' | 'right';
  bold?: boolean;
  italic?: boolean;
}

export interface CertificateLayout {
  paper: 'A4' | 'A3';
  orientation: 'LANDSCAPE' | 'PORTRAIT';
  mode: 'FULL' | 'PHOI';
  /** FULL mode: the heading; null = each item's own heading (from its award code). */
  heading?: string | null;
  /** PHOI: every printed field. FULL: only "qr" may be moved. */
  fields: CertificateField[];
}

export interface CertificateItem {
  /** "GIẤY KHEN", "BẰNG KHEN", "GIẤY CHỨNG NHẬN". */
  heading: string;
  /** Authority line, e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH". */
  authority: string;
  name: string;
  position: string | null;
  unit: string | null;
  /** "Lao động tiên tiến năm 2020" or the award form's name. */
  title: string;
  achievement: string | null;
  /** "Quyết định số 12/QĐ-UBND ngày 05/01/2021". */
  decision: string;
  /** "Ba Đình, ngày 05 tháng 01 năm 2021". */
  placeDate: string;
  signerAuthority: string | null;
  signerTitle: string;
  signerName: string;
  /** "Số vào sổ: 1". */
  certificateNumber: string;
  verifyCode: string;
  verifyUrl: string;
}

const MM = 72 / 25.4;
const SIZES: Record<CertificateLayout['paper'], [number, number]> = {
  A4: [210, 297],
  A3: [297, 420],
};
const RED = '#b71c1c';

/** Page size in mm (width, height) of a layout. */
export function pageSizeMm(layout: Pick<CertificateLayout, 'paper' | 'orientation'>): [number, number] {
  const [w, h] = SIZES[layout.paper];
  return layout.orientation === 'LANDSCAPE' ? [h, w] : [w, h];
}

type Pdf = ReturnType<typeof createPdf>;

function font(pdf: Pdf, bold?: boolean, italic?: boolean) {
  pdf.font(bold ? (italic ? 'Tinos-BoldItalic' : 'Tinos-Bold') : italic ? 'Tinos-Italic' : 'Tinos');
}

/** Text in a box: x/y/width in mm; align relative to x as documented on CertificateField. */
function put(pdf: Pdf, text: string, f: Omit<CertificateField, 'key'>, pageWidthMm: number, color = 'black') {
  if (!text) return;
  const size = f.size ?? 14;
  const align = f.align ?? 'left';
  const width = f.width ?? (align === 'left' ? pageWidthMm - f.x - 10 : Math.min(pageWidthMm - 20, 240));
  const left = align === 'center' ? f.x - width / 2 : align === 'right' ? f.x - width : f.x;
  font(pdf, f.bold, f.italic);
  // `height` keeps an over-long text on its page (pdfkit would otherwise continue on a new one).
  const height = Math.max(size * 1.3, pdf.page.height - f.y * MM - 2 * MM);
  pdf
    .fillColor(color)
    .fontSize(size)
    .text(text, left * MM, f.y * MM, { width: width * MM, height, align, lineGap: 1 });
}

/** The QR code as vector squares, `side` mm wide, quiet zone included. */
function drawQr(pdf: Pdf, url: string, xMm: number, yMm: number, sideMm: number) {
  const m = qrMatrix(url);
  const n = m.length + 8;
  const cell = (sideMm * MM) / n;
  const x0 = xMm * MM + 4 * cell;
  const y0 = yMm * MM + 4 * cell;
  for (let r = 0; r < m.length; r++) {
    const row = m[r]!;
    let c = 0;
    while (c < row.length) {
      if (!row[c]) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < row.length && row[end + 1]) end++;
      pdf.rect(x0 + c * cell, y0 + r * cell, (end - c + 1) * cell, cell);
      c = end + 1;
    }
  }
  pdf.fillColor('black').fill();
}

function fieldText(item: CertificateItem, key: CertificateFieldKey): string {
  switch (key) {
    case 'name':
      return item.name;
    case 'position':
      return item.position ?? '';
    case 'unit':
      return item.unit ?? '';
    case 'title':
      return item.title;
    case 'achievement':
      return item.achievement ?? '';
    case 'decision':
      return item.decision;
    case 'placeDate':
      return item.placeDate;
    case 'signerAuthority':
      return item.signerAuthority ?? '';
    case 'signerTitle':
      return item.signerTitle;
    case 'signerName':
      return item.signerName;
    case 'certificateNumber':
      return item.certificateNumber;
    case 'verifyCode':
      return `Mã xác minh: ${item.verifyCode}`;
    case 'qr':
      return '';
  }
}

function fullPage(pdf: Pdf, layout: CertificateLayout, item: CertificateItem) {
  const [W, H] = pageSizeMm(layout);
  const s = H / 210; // scale vertical positions from the A4-landscape design
  const cx = W / 2;
  pdf
    .lineWidth(2.5)
    .strokeColor(RED)
    .rect(10 * MM, 10 * MM, (W - 20) * MM, (H - 20) * MM)
    .stroke();
  pdf
    .lineWidth(0.8)
    .rect(13 * MM, 13 * MM, (W - 26) * MM, (H - 26) * MM)
    .stroke();
  put(pdf, QUOC_HIEU, { x: cx, y: 20 * s, align: 'center', bold: true, size: 14, width: W - 40 }, W);
  put(pdf, TIEU_NGU, { x: cx, y: 27 * s, align: 'center', bold: true, size: 14, width: W - 40 }, W);
  const tw = pdf.widthOfString(TIEU_NGU) / MM;
  pdf
    .lineWidth(0.6)
    .strokeColor('black')
    .moveTo((cx - tw / 2) * MM, (27 * s + 6.2) * MM)
    .lineTo((cx + tw / 2) * MM, (27 * s + 6.2) * MM)
    .stroke();
  put(pdf, item.authority, { x: cx, y: 42 * s, align: 'center', bold: true, size: 15, width: W - 50 }, W);
  put(
    pdf,
    layout.heading ?? item.heading,
    { x: cx, y: 52 * s, align: 'center', bold: true, size: 40, width: W - 40 },
    W,
    RED,
  );
  put(pdf, 'Tặng', { x: cx, y: 75 * s, align: 'center', italic: true, size: 15 }, W);
  put(pdf, item.name, { x: cx, y: 83 * s, align: 'center', bold: true, size: 24, width: W - 50 }, W, RED);
  const where = [item.position, item.unit].filter(Boolean).join(', ');
  put(pdf, where, { x: cx, y: 96 * s, align: 'center', size: 15, width: W - 60 }, W);
  put(pdf, item.title, { x: cx, y: 105 * s, align: 'center', bold: true, size: 16, width: W - 60 }, W);
  put(
    pdf,
    item.achievement ?? '',
    { x: cx, y: 114 * s, align: 'center', italic: true, size: 14, width: W - 70 },
    W,
  );
  // Signature block (right half).
  const sx = W * 0.72;
  put(pdf, item.placeDate, { x: sx, y: 140 * s, align: 'center', italic: true, size: 13, width: 120 }, W);
  put(
    pdf,
    item.signerAuthority ?? '',
    { x: sx, y: 147 * s, align: 'center', bold: true, size: 14, width: 120 },
    W,
  );
  put(pdf, item.signerTitle, { x: sx, y: 153 * s, align: 'center', bold: true, size: 14, width: 120 }, W);
  put(pdf, item.signerName, { x: sx, y: 182 * s, align: 'center', bold: true, size: 15, width: 120 }, W);
  // Reference and verification (left).
  const qr = layout.fields.find((f) => f.key === 'qr');
  const qx = qr?.x ?? 22;
  const qy = qr?.y ?? 138 * s;
  const qs = qr?.width ?? 30;
  drawQr(pdf, item.verifyUrl, qx, qy, qs);
  put(pdf, item.decision, { x: qx + qs + 2, y: qy + 6, size: 11, width: 110 }, W);
  put(pdf, item.certificateNumber, { x: qx + qs + 2, y: qy + 13, size: 11, width: 110 }, W);
  put(
    pdf,
    `Mã xác minh: ${item.verifyCode}`,
    { x: qx + qs + 2, y: qy + 19, size: 11, bold: true, width: 110 },
    W,
  );
}

function phoiPage(pdf: Pdf, layout: CertificateLayout, item: CertificateItem) {
  const [W] = pageSizeMm(layout);
  for (const f of layout.fields) {
    if (f.key === 'qr') drawQr(pdf, item.verifyUrl, f.x, f.y, f.width ?? 25);
    else put(pdf, fieldText(item, f.key), f, W);
  }
}

/** All certificates as one PDF (page count = items). */
export async function renderCertificates(
  layout: CertificateLayout,
  items: CertificateItem[],
): Promise<Buffer> {
  const [w, h] = pageSizeMm(layout);
  const pdf = createPdf({
    size: [w * MM, h * MM],
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    bufferPages: false,
  });
  for (const item of items) {
    pdf.addPage({ size: [w * MM, h * MM], margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    if (layout.mode === 'FULL') fullPage(pdf, layout, item);
    else phoiPage(pdf, layout, item);
  }
  return pdfToBuffer(pdf);
}

/** The built-in layouts (also seeded as the two default templates). */
export const DEFAULT_FULL_LAYOUT: CertificateLayout = {
  paper: 'A4',
  orientation: 'LANDSCAPE',
  mode: 'FULL',
  heading: null,
  fields: [{ key: 'qr', x: 22, y: 150, width: 30 }],
};

export const DEFAULT_PHOI_LAYOUT: CertificateLayout = {
  paper: 'A4',
  orientation: 'LANDSCAPE',
  mode: 'PHOI',
  heading: null,
  fields: [
    { key: 'name', x: 148.5, y: 88, width: 220, align: 'center', bold: true, size: 22 },
    { key: 'position', x: 148.5, y: 100, width: 220, align: 'center', size: 15 },
    { key: 'unit', x: 148.5, y: 108, width: 220, align: 'center', size: 15 },
    { key: 'title', x: 148.5, y: 117, width: 220, align: 'center', bold: true, size: 15 },
    { key: 'achievement', x: 148.5, y: 125, width: 210, align: 'center', italic: true, size: 14 },
    { key: 'placeDate', x: 214, y: 142, width: 120, align: 'center', italic: true, size: 13 },
    { key: 'signerName', x: 214, y: 182, width: 120, align: 'center', bold: true, size: 15 },
    { key: 'decision', x: 50, y: 160, width: 110, size: 11 },
    { key: 'certificateNumber', x: 50, y: 167, width: 110, size: 11 },
    { key: 'verifyCode', x: 50, y: 173, width: 110, size: 11, bold: true },
    { key: 'qr', x: 20, y: 155, width: 28 },
  ],
};
