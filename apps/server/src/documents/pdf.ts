import PDFDocument from 'pdfkit';
import { fontBytes, type FontStyle } from './fonts';
import { LAYOUT, QUOC_HIEU, TIEU_NGU, punctuatedRecipients } from './layout';
import {
  annexReference,
  documentTitle,
  numberLine,
  placeDateLine,
  punctuatedBases,
  type DocumentAnnex,
  type OfficialDocument,
} from './model';

type Pdf = PDFKit.PDFDocument;

const FONT: Record<FontStyle, string> = {
  regular: 'Tinos',
  bold: 'Tinos-Bold',
  italic: 'Tinos-Italic',
  boldItalic: 'Tinos-BoldItalic',
};

function style(bold?: boolean, italic?: boolean): FontStyle {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}

/**
 * A pdfkit document with the four Tinos faces registered (as "Tinos", "Tinos-Bold", "Tinos-Italic",
 * "Tinos-BoldItalic") and selected, so no standard (non-embedded) font is ever used. Other PDF layouts
 * (certificates) start from here. Fonts are subset and embedded by pdfkit.
 */
export function createPdf(options: PDFKit.PDFDocumentOptions = {}): Pdf {
  const pdf = new PDFDocument({
    size: 'A4',
    autoFirstPage: false,
    bufferPages: true,
    margins: MARGINS,
    // The default font would be the standard (non-embedded) Helvetica: start with Tinos instead.
    font: fontBytes('regular') as unknown as string,
    ...options,
  });
  for (const s of Object.keys(FONT) as FontStyle[]) pdf.registerFont(FONT[s], fontBytes(s));
  pdf.font(FONT.regular);
  return pdf;
}

/** Collects a finished pdfkit document into one Buffer. */
export function pdfToBuffer(pdf: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}

interface Ctx {
  pdf: Pdf;
  left: number;
  width: number;
  bottom: number;
}

function use(pdf: Pdf, size: number, bold?: boolean, italic?: boolean) {
  pdf.font(FONT[style(bold, italic)]).fontSize(size);
}

function hrule(pdf: Pdf, cx: number, y: number, width: number) {
  pdf
    .moveTo(cx - width / 2, y)
    .lineTo(cx + width / 2, y)
    .lineWidth(0.6)
    .strokeColor('#000000')
    .stroke();
}

const MARGINS = {
  top: LAYOUT.margins.top,
  bottom: LAYOUT.margins.bottom,
  left: LAYOUT.margins.left,
  right: LAYOUT.margins.right,
};

function header(c: Ctx, doc: OfficialDocument) {
  const { pdf, left } = c;
  const h = doc.header;
  const lw = LAYOUT.headerColumns.left;
  const rw = LAYOUT.headerColumns.right;
  const xr = left + lw;
  const top = MARGINS.top;

  pdf.x = left;
  pdf.y = top;
  if (h.parentBody) {
    use(pdf, 13);
    pdf.text(h.parentBody.toUpperCase(), left, top, { width: lw, align: 'center' });
  }
  use(pdf, 13, true);
  const body = h.issuingBody.toUpperCase();
  pdf.text(body, left, pdf.y, { width: lw, align: 'center' });
  const bodyWidth = Math.min(lw, pdf.widthOfString(body));
  const leftEnd = pdf.y + 3;
  hrule(pdf, left + lw / 2, leftEnd, bodyWidth * 0.4);

  use(pdf, 12, true);
  pdf.text(QUOC_HIEU, xr, top, { width: rw, align: 'center' });
  use(pdf, 13, true);
  pdf.text(TIEU_NGU, xr, pdf.y, { width: rw, align: 'center' });
  const ruleY = pdf.y + 1;
  hrule(pdf, xr + rw / 2, ruleY, pdf.widthOfString(TIEU_NGU));

  const row2 = Math.max(leftEnd, ruleY) + 8;
  use(pdf, 13);
  pdf.text(numberLine(h), left, row2, { width: lw, align: 'center' });
  const n = pdf.y;
  use(pdf, 14, false, true);
  pdf.text(placeDateLine(h), xr, row2, { width: rw, align: 'center' });
  pdf.x = left;
  pdf.y = Math.max(n, pdf.y);
}

function centered(c: Ctx, text: string, size: number, bold?: boolean, italic?: boolean, gapBefore = 0) {
  use(c.pdf, size, bold, italic);
  c.pdf.text(text, c.left, c.pdf.y + gapBefore, { width: c.width, align: 'center' });
}

function body(c: Ctx, text: string, opts: { bold?: boolean; italic?: boolean; label?: string } = {}) {
  const { pdf } = c;
  const common = {
    width: c.width,
    align: 'justify' as const,
    indent: LAYOUT.firstLineIndent,
    lineGap: 2,
  };
  pdf.y += LAYOUT.paragraphGap;
  if (opts.label) {
    use(pdf, 14, true);
    pdf.text(opts.label + ' ', c.left, pdf.y, { ...common, continued: true });
    use(pdf, 14, opts.bold, opts.italic);
    pdf.text(text, { ...common, indent: 0 });
  } else {
    use(pdf, 14, opts.bold, opts.italic);
    pdf.text(text, c.left, pdf.y, common);
  }
}

function signature(c: Ctx, doc: OfficialDocument) {
  const { pdf } = c;
  const recipients = punctuatedRecipients(doc.recipients ?? []);
  if (!doc.signer && recipients.length === 0) return;
  const lw = c.width * LAYOUT.signatureSplit;
  const rw = c.width - lw;
  const xr = c.left + lw;
  const s = doc.signer;

  // Height of both columns, so the block never splits across pages.
  use(pdf, 11);
  let leftH = recipients.length ? 16 : 0;
  for (const r of recipients) leftH += pdf.heightOfString(`- ${r}`, { width: lw });
  use(pdf, 14, true);
  let rightH = 0;
  if (s) {
    for (const t of [s.authority, s.title, s.name])
      if (t) rightH += pdf.heightOfString(t.toUpperCase(), { width: rw });
    rightH += LAYOUT.signatureSpace;
  }
  let y = pdf.y + 18;
  if (y + Math.max(leftH, rightH) > c.bottom) {
    pdf.addPage({ size: 'A4', layout: 'portrait', margins: MARGINS });
    y = MARGINS.top;
  }
  if (recipients.length) {
    use(pdf, 12, true, true);
    pdf.text('Nơi nhận:', c.left, y + 2, { width: lw });
    use(pdf, 11);
    for (const r of recipients) pdf.text(`- ${r}`, c.left, pdf.y, { width: lw });
  }
  if (s) {
    use(pdf, 14, true);
    pdf.y = y;
    if (s.authority) pdf.text(s.authority.toUpperCase(), xr, pdf.y, { width: rw, align: 'center' });
    pdf.text(s.title.toUpperCase(), xr, pdf.y, { width: rw, align: 'center' });
    pdf.text(s.name, xr, pdf.y + LAYOUT.signatureSpace, { width: rw, align: 'center' });
  }
}

const PAD = 3;

function annexPages(c: Ctx, doc: OfficialDocument, annex: DocumentAnnex) {
  const { pdf } = c;
  if (annex.label) centered(c, annex.label, 14, true);
  centered(c, annex.title.toUpperCase(), 14, true);
  centered(c, annex.reference ?? annexReference(doc), 14, false, true);
  hrule(pdf, c.left + c.width / 2, pdf.y + 5, Math.min(c.width / 3, 120));
  pdf.y += 14;

  const total = annex.columns.reduce((a, col) => a + col.width, 0);
  const widths = annex.columns.map((col) => (col.width / total) * c.width);
  const size = LAYOUT.tableFontSize;

  const rowHeight = (cells: string[], bold: boolean) => {
    use(pdf, size, bold);
    let h = 0;
    cells.forEach((t, i) => {
      h = Math.max(h, pdf.heightOfString(t || ' ', { width: widths[i]! - 2 * PAD }));
    });
    return h + 2 * PAD;
  };
  const drawRow = (cells: string[], y: number, h: number, bold: boolean, headerRow: boolean) => {
    use(pdf, size, bold);
    let x = c.left;
    cells.forEach((t, i) => {
      const w = widths[i]!;
      pdf.lineWidth(0.5).rect(x, y, w, h).stroke();
      const align = headerRow ? 'center' : (annex.columns[i]?.align ?? 'left');
      const th = pdf.heightOfString(t || ' ', { width: w - 2 * PAD });
      pdf.text(t, x + PAD, y + (h - th) / 2, { width: w - 2 * PAD, align, lineBreak: true });
      x += w;
    });
  };
  const headers = annex.columns.map((col) => col.header);
  const headerH = rowHeight(headers, true);
  let y = pdf.y;
  drawRow(headers, y, headerH, true, true);
  y += headerH;
  const all: [string[], boolean][] = annex.rows.map((r) => [r, false]);
  if (annex.totalRow) all.push([annex.totalRow, true]);
  for (const [cells, bold] of all) {
    const h = rowHeight(cells, bold);
    if (y + h > c.bottom) {
      pdf.addPage({ size: 'A4', layout: annex.landscape ? 'landscape' : 'portrait', margins: MARGINS });
      y = MARGINS.top;
      drawRow(headers, y, headerH, true, true);
      y += headerH;
    }
    drawRow(cells, y, h, bold, false);
    y += h;
  }
  pdf.x = c.left;
  pdf.y = y;
}

/** Numbers every page but the first of each part (main text; each annex restarts at 1), centred in the top margin. */
function pageNumbers(pdf: Pdf, starts: number[]) {
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    const start = [...starts].reverse().find((s) => s <= i) ?? 0;
    const n = i - start + 1;
    if (n === 1) continue;
    pdf.switchToPage(i);
    const w = pdf.page.width;
    use(pdf, 13);
    const bottomMargin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.text(String(n), 0, MARGINS.top / 2 - 4, { width: w, align: 'center', lineBreak: false });
    pdf.page.margins.bottom = bottomMargin;
  }
}

/**
 * Lays `doc` out per NĐ 30/2020 as a PDF with Tinos embedded (A4; page numbers from page 2; each annex starts a
 * new page, landscape if asked, with its own page numbering).
 */
export async function renderPdf(doc: OfficialDocument): Promise<Buffer> {
  const date = doc.header.date ? new Date(`${doc.header.date}T00:00:00Z`) : new Date(0);
  const pdf = createPdf({
    info: { Title: documentTitle(doc), Creator: 'Vinh Danh', Producer: 'Vinh Danh', CreationDate: date },
  });
  pdf.addPage({ size: 'A4', layout: 'portrait', margins: MARGINS });
  const portraitWidth = pdf.page.width - MARGINS.left - MARGINS.right;
  const c: Ctx = { pdf, left: MARGINS.left, width: portraitWidth, bottom: pdf.page.height - MARGINS.bottom };

  header(c, doc);
  centered(c, doc.typeName.toUpperCase(), 14, true, false, 18);
  if (doc.subject) centered(c, doc.subject, 14, true);
  hrule(pdf, c.left + c.width / 2, pdf.y + 3, Math.min(c.width / 3, 120));
  pdf.y += 6;
  if (doc.addressees?.length) {
    const [first, ...rest] = doc.addressees;
    centered(c, `Kính gửi: ${first}`, 14, false, false, 12);
    for (const a of rest) centered(c, a, 14);
  }
  if (doc.authority) centered(c, doc.authority.toUpperCase(), 14, true, false, 12);
  pdf.y += 4;
  for (const b of punctuatedBases(doc.bases ?? [])) body(c, b, { italic: true });
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') body(c, block.text, { bold: block.bold, italic: block.italic });
    else if (block.kind === 'centered') {
      centered(c, block.text, 14, block.bold, block.italic, LAYOUT.paragraphGap * 2);
      pdf.y += LAYOUT.paragraphGap;
    } else {
      const label = `Điều ${block.number}.`;
      if (block.title) {
        body(c, `${label} ${block.title}`, { bold: true });
        for (const p of block.paragraphs) body(c, p);
      } else {
        const [first = '', ...rest] = block.paragraphs;
        body(c, first, { label });
        for (const p of rest) body(c, p);
      }
    }
  }
  signature(c, doc);

  const starts = [0];
  for (const annex of doc.annexes ?? []) {
    pdf.addPage({ size: 'A4', layout: annex.landscape ? 'landscape' : 'portrait', margins: MARGINS });
    starts.push(pdf.bufferedPageRange().start + pdf.bufferedPageRange().count - 1);
    const ac: Ctx = {
      pdf,
      left: MARGINS.left,
      width: pdf.page.width - MARGINS.left - MARGINS.right,
      bottom: pdf.page.height - MARGINS.bottom,
    };
    pdf.x = ac.left;
    pdf.y = MARGINS.top;
    annexPages(ac, doc, annex);
  }
  pageNumbers(pdf, starts);
  return pdfToBuffer(pdf);
}
