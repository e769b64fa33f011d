import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
  type IParagraphOptions,
} from 'docx';
import { DOCX_FONT, textWidth } from './fonts';
import {
  annexReference,
  documentTitle,
  numberLine,
  placeDateLine,
  punctuatedBases,
  type DocumentAnnex,
  type OfficialDocument,
} from './model';
import { LAYOUT, QUOC_HIEU, TIEU_NGU, punctuatedRecipients } from './layout';

/** Points → twentieths of a point (DOCX lengths). */
const tw = (pt: number) => Math.round(pt * 20);
/** Points → half-points (DOCX font sizes). */
const hp = (pt: number) => Math.round(pt * 2);

interface RunStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
}

function run(text: string, s: RunStyle): TextRun {
  return new TextRun({ text, font: DOCX_FONT, size: hp(s.size), bold: s.bold, italics: s.italic });
}

function para(
  text: string | TextRun[],
  s: RunStyle,
  opts: Omit<IParagraphOptions, 'children' | 'text'> = {},
): Paragraph {
  const children = typeof text === 'string' ? [run(text, s)] : text;
  return new Paragraph({ spacing: { before: 0, after: 0 }, ...opts, children });
}

/** A centred horizontal rule of `width` points inside a box of `box` points (a top border on a tiny paragraph). */
function rule(width: number, box: number, before = 0): Paragraph {
  const side = Math.max(0, (box - width) / 2);
  return new Paragraph({
    spacing: { before: tw(before), after: 0, line: 120 },
    indent: { left: tw(side), right: tw(side) },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', { size: 2 })],
  });
}

const NO_BORDERS = TableBorders.NONE;

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    children,
    width: { size: tw(width), type: WidthType.DXA },
    borders: NO_BORDERS,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
  });
}

function headerTable(doc: OfficialDocument): Table {
  const h = doc.header;
  const { left, right } = LAYOUT.headerColumns;
  const leftTop: Paragraph[] = [];
  if (h.parentBody)
    leftTop.push(para(h.parentBody.toUpperCase(), { size: 13 }, { alignment: AlignmentType.CENTER }));
  leftTop.push(
    para(h.issuingBody.toUpperCase(), { size: 13, bold: true }, { alignment: AlignmentType.CENTER }),
  );
  const bodyWidth = Math.min(left, textWidth(h.issuingBody.toUpperCase(), 13, 'bold'));
  leftTop.push(rule(bodyWidth * 0.4, left, 2));

  const rightTop = [
    para(QUOC_HIEU, { size: 12, bold: true }, { alignment: AlignmentType.CENTER }),
    para(TIEU_NGU, { size: 13, bold: true }, { alignment: AlignmentType.CENTER }),
    rule(textWidth(TIEU_NGU, 13, 'bold'), right, 2),
  ];
  const rows = [
    new TableRow({ children: [cell(leftTop, left), cell(rightTop, right)] }),
    new TableRow({
      children: [
        cell(
          [para(numberLine(h), { size: 13 }, { alignment: AlignmentType.CENTER, spacing: { before: 120 } })],
          left,
        ),
        cell(
          [
            para(
              placeDateLine(h),
              { size: 14, italic: true },
              { alignment: AlignmentType.CENTER, spacing: { before: 120 } },
            ),
          ],
          right,
        ),
      ],
    }),
  ];
  return new Table({
    rows,
    width: { size: tw(left + right), type: WidthType.DXA },
    columnWidths: [tw(left), tw(right)],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
  });
}

function titleBlock(doc: OfficialDocument, contentWidth: number): Paragraph[] {
  const out: Paragraph[] = [
    para(
      doc.typeName.toUpperCase(),
      { size: 14, bold: true },
      { alignment: AlignmentType.CENTER, spacing: { before: 360 } },
    ),
  ];
  if (doc.subject) out.push(para(doc.subject, { size: 14, bold: true }, { alignment: AlignmentType.CENTER }));
  out.push(rule(Math.min(contentWidth / 3, 120), contentWidth, 2));
  if (doc.addressees?.length) {
    const [first, ...rest] = doc.addressees;
    out.push(
      para(`Kính gửi: ${first}`, { size: 14 }, { alignment: AlignmentType.CENTER, spacing: { before: 240 } }),
    );
    for (const a of rest) out.push(para(a, { size: 14 }, { alignment: AlignmentType.CENTER }));
  }
  if (doc.authority)
    out.push(
      para(
        doc.authority.toUpperCase(),
        { size: 14, bold: true },
        { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 } },
      ),
    );
  return out;
}

const BODY = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: tw(LAYOUT.firstLineIndent) },
  spacing: { before: tw(LAYOUT.paragraphGap), after: 0, line: 288 },
} as const;

function bodyBlocks(doc: OfficialDocument): Paragraph[] {
  const out: Paragraph[] = [];
  for (const b of punctuatedBases(doc.bases ?? [])) out.push(para(b, { size: 14, italic: true }, BODY));
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') {
      out.push(para(block.text, { size: 14, italic: block.italic, bold: block.bold }, BODY));
    } else if (block.kind === 'centered') {
      out.push(
        para(
          block.text,
          { size: 14, bold: block.bold, italic: block.italic },
          {
            alignment: AlignmentType.CENTER,
            spacing: { before: tw(LAYOUT.paragraphGap * 2), after: tw(LAYOUT.paragraphGap) },
          },
        ),
      );
    } else {
      const label = `Điều ${block.number}.`;
      if (block.title) {
        out.push(para(`${label} ${block.title}`, { size: 14, bold: true }, BODY));
        for (const p of block.paragraphs) out.push(para(p, { size: 14 }, BODY));
      } else {
        const [first = '', ...rest] = block.paragraphs;
        out.push(
          para([run(`${label} `, { size: 14, bold: true }), run(first, { size: 14 })], { size: 14 }, BODY),
        );
        for (const p of rest) out.push(para(p, { size: 14 }, BODY));
      }
    }
  }
  return out;
}

function signatureTable(doc: OfficialDocument, contentWidth: number): Table | null {
  const recipients = doc.recipients ?? [];
  if (!doc.signer && recipients.length === 0) return null;
  const left = contentWidth * LAYOUT.signatureSplit;
  const right = contentWidth - left;
  const leftCell: Paragraph[] = [];
  if (recipients.length) {
    leftCell.push(para('Nơi nhận:', { size: 12, bold: true, italic: true }));
    for (const r of punctuatedRecipients(recipients)) leftCell.push(para(`- ${r}`, { size: 11 }));
  } else leftCell.push(para('', { size: 11 }));
  const rightCell: Paragraph[] = [];
  const s = doc.signer;
  if (s) {
    if (s.authority)
      rightCell.push(
        para(s.authority.toUpperCase(), { size: 14, bold: true }, { alignment: AlignmentType.CENTER }),
      );
    rightCell.push(
      para(s.title.toUpperCase(), { size: 14, bold: true }, { alignment: AlignmentType.CENTER }),
    );
    rightCell.push(para('', { size: 14 }, { spacing: { before: tw(LAYOUT.signatureSpace) } }));
    rightCell.push(para(s.name, { size: 14, bold: true }, { alignment: AlignmentType.CENTER }));
  } else rightCell.push(para('', { size: 14 }));
  return new Table({
    rows: [new TableRow({ cantSplit: true, children: [cell(leftCell, left), cell(rightCell, right)] })],
    width: { size: tw(contentWidth), type: WidthType.DXA },
    columnWidths: [tw(left), tw(right)],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
  });
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function annexChildren(
  doc: OfficialDocument,
  annex: DocumentAnnex,
  contentWidth: number,
): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (annex.label) out.push(para(annex.label, { size: 14, bold: true }, { alignment: AlignmentType.CENTER }));
  out.push(para(annex.title.toUpperCase(), { size: 14, bold: true }, { alignment: AlignmentType.CENTER }));
  out.push(
    para(
      annex.reference ?? annexReference(doc),
      { size: 14, italic: true },
      { alignment: AlignmentType.CENTER },
    ),
  );
  out.push(rule(Math.min(contentWidth / 3, 120), contentWidth, 2));
  out.push(para('', { size: 6 }));
  const total = annex.columns.reduce((a, c) => a + c.width, 0);
  const widths = annex.columns.map((c) => (c.width / total) * contentWidth);
  // A list may have thousands of cells: keep each cell minimal (table-level borders and margins, paragraph styles
  // instead of per-run properties), which keeps a 500-row list fast (bench/decision-docx.bench.ts).
  const alignments = annex.columns.map((c) => ALIGN[c.align ?? 'left']);
  const mk = (texts: string[], style: 'VdTable' | 'VdTableHead', header: boolean) =>
    new TableRow({
      tableHeader: header || undefined,
      cantSplit: true,
      children: texts.map(
        (t, i) =>
          new TableCell({
            verticalAlign: header ? VerticalAlignTable.CENTER : undefined,
            children: [
              new Paragraph({ style, alignment: header ? AlignmentType.CENTER : alignments[i], text: t }),
            ],
          }),
      ),
    });
  const rows = [
    mk(
      annex.columns.map((c) => c.header),
      'VdTableHead',
      true,
    ),
    ...annex.rows.map((r) => mk(r, 'VdTable', false)),
  ];
  if (annex.totalRow) rows.push(mk(annex.totalRow, 'VdTableHead', false));
  out.push(
    new Table({
      rows,
      width: { size: tw(contentWidth), type: WidthType.DXA },
      columnWidths: widths.map(tw),
      layout: TableLayoutType.FIXED,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
    }),
  );
  return out;
}

function pageNumberHeader(): { default: Header; first: Header } {
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], font: DOCX_FONT, size: hp(13) })],
        }),
      ],
    }),
    // NĐ 30: the first page shows no number.
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}

function sectionProps(landscape: boolean): ISectionOptions['properties'] {
  const m = LAYOUT.margins;
  return {
    titlePage: true,
    page: {
      size: {
        width: tw(LAYOUT.a4.width),
        height: tw(LAYOUT.a4.height),
        orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: {
        top: tw(m.top),
        bottom: tw(m.bottom),
        left: tw(m.left),
        right: tw(m.right),
        header: tw(m.top / 2),
      },
      pageNumbers: { start: 1 },
    },
  };
}

/** Lays `doc` out per NĐ 30/2020 as a Word document (A4, Times New Roman, page numbers from page 2). */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const contentWidth = LAYOUT.a4.width - LAYOUT.margins.left - LAYOUT.margins.right;
  const main: (Paragraph | Table)[] = [
    headerTable(doc),
    ...titleBlock(doc, contentWidth),
    ...bodyBlocks(doc),
  ];
  const sig = signatureTable(doc, contentWidth);
  if (sig) {
    main.push(para('', { size: 14 }, { spacing: { before: 120 } }));
    main.push(sig);
  }
  const sections: ISectionOptions[] = [
    { properties: sectionProps(false), headers: pageNumberHeader(), children: main },
  ];
  for (const annex of doc.annexes ?? []) {
    const landscape = !!annex.landscape;
    const width = landscape ? LAYOUT.a4.height - LAYOUT.margins.left - LAYOUT.margins.right : contentWidth;
    sections.push({
      properties: sectionProps(landscape),
      headers: pageNumberHeader(),
      children: annexChildren(doc, annex, width),
    });
  }
  const document = new Document({
    creator: 'Vinh Danh',
    title: documentTitle(doc),
    styles: {
      default: { document: { run: { font: DOCX_FONT, size: hp(14) } } },
      paragraphStyles: [
        {
          id: 'VdTable',
          name: 'Vinh Danh bảng',
          run: { font: DOCX_FONT, size: hp(LAYOUT.tableFontSize) },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
        {
          id: 'VdTableHead',
          name: 'Vinh Danh tiêu đề bảng',
          basedOn: 'VdTable',
          run: { font: DOCX_FONT, size: hp(LAYOUT.tableFontSize), bold: true },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      ],
    },
    sections,
  });
  return Packer.toBuffer(document);
}
