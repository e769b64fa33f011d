import { describe, expect, it } from 'vitest';
import {
  annexReference,
  numberLine,
  placeDateLine,
  qrMatrix,
  qrPng,
  qrSvg,
  renderDocx,
  renderPdf,
  sentenceCase,
  vietnameseDateWords,
} from './index';
import { sampleDecision } from './sample';
import { docxParagraphs, docxParts, docxText, pdfFonts, pdfText } from './testing';

describe('NĐ 30 helpers', () => {
  it('pads day, and months 1–2, with a zero; leaves blanks for a draft', () => {
    expect(vietnameseDateWords('2021-01-05')).toBe('ngày 05 tháng 01 năm 2021');
    expect(vietnameseDateWords('2020-12-31')).toBe('ngày 31 tháng 12 năm 2020');
    expect(vietnameseDateWords('2020-03-09')).toBe('ngày 09 tháng 3 năm 2020');
    const h = { issuingBody: 'X', symbol: 'QĐ-UBND', place: 'Ba Đình' };
    expect(numberLine({ ...h, number: 5 })).toBe('Số: 05/QĐ-UBND');
    expect(numberLine({ ...h, number: 112 })).toBe('Số: 112/QĐ-UBND');
    expect(numberLine({ ...h, number: null })).toMatch(/^Số: +\/QĐ-UBND$/);
    expect(placeDateLine({ ...h, date: null })).toMatch(/^Ba Đình, ngày +tháng +năm$/);
  });

  it('writes the issuer of an annex reference in sentence case', () => {
    expect(sentenceCase('CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH')).toBe(
      'Chủ tịch Ủy ban nhân dân quận Ba Đình',
    );
    expect(sentenceCase('ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI')).toBe('Ủy ban nhân dân thành phố Hà Nội');
    expect(annexReference(sampleDecision())).toBe(
      '(Kèm theo Quyết định số 05/QĐ-UBND ngày 05 tháng 01 năm 2021 của Chủ tịch Ủy ban nhân dân quận Ba Đình)',
    );
  });
});

describe('renderDocx', () => {
  it('lays out every NĐ 30 element, read back from word/document.xml', async () => {
    const docx = await renderDocx(sampleDecision(3));
    const paragraphs = docxParagraphs(docx);
    const text = paragraphs.join('\n');
    for (const s of [
      'UBND THÀNH PHỐ HÀ NỘI',
      'ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 05/QĐ-UBND',
      'Ba Đình, ngày 05 tháng 01 năm 2021',
      'QUYẾT ĐỊNH',
      'Về việc tặng Giấy khen cho các cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2020',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH',
      'QUYẾT ĐỊNH:',
      'Nơi nhận:',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Hoàng Văn Thắng',
      'DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN',
      '(Kèm theo Quyết định số 05/QĐ-UBND ngày 05 tháng 01 năm 2021 của Chủ tịch Ủy ban nhân dân quận Ba Đình)',
      'Nguyễn Thị Hương',
      'Lê Thị Thu Hằng',
      'Tiền thưởng (đồng)',
    ])
      expect(text).toContain(s);
    // Căn cứ punctuation: ";" after each line, "." after the last; nơi nhận likewise, ending with "Lưu".
    expect(paragraphs).toContain('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;');
    expect(paragraphs).toContain('Xét đề nghị của Trưởng phòng Nội vụ quận.');
    expect(paragraphs).toContain('- Như Điều 3;');
    expect(paragraphs).toContain('- Lưu: VT, NV.');
    expect(paragraphs).toContain(
      'Điều 1. Tặng Giấy khen cho 3 cá nhân đã có thành tích xuất sắc trong phong trào thi đua năm 2020 (có danh sách kèm theo).',
    );
    // Order: header before title before căn cứ before articles before signature before the list.
    const at = (s: string) => text.indexOf(s);
    expect(at('CỘNG HÒA')).toBeLessThan(at('QUYẾT ĐỊNH\n'));
    expect(at('Căn cứ Luật Thi đua')).toBeLessThan(at('Điều 1.'));
    expect(at('Điều 3.')).toBeLessThan(at('Nơi nhận:'));
    expect(at('Hoàng Văn Thắng')).toBeLessThan(at('DANH SÁCH'));
  });

  it('uses A4, NĐ 30 margins, Times New Roman, bold "Điều", and no page number on the first page', async () => {
    const parts = docxParts(await renderDocx(sampleDecision(2)));
    const xml = parts['word/document.xml']!;
    expect(xml).toContain('w:w="11906"');
    expect(xml).toContain('w:h="16838"');
    expect(xml).toMatch(/<w:pgMar [^>]*w:left="1701"/); // 30 mm
    expect(xml).toMatch(/<w:pgMar [^>]*w:right="850"/); // 15 mm
    expect(xml).toContain('<w:titlePg/>');
    expect(xml).toMatch(/<w:b\/>[\s\S]{0,300}<w:t xml:space="preserve">Điều 1\. <\/w:t>/);
    expect(parts['word/styles.xml']).toContain('Times New Roman');
    // The default header carries the PAGE field, the first-page header none.
    const headers = Object.entries(parts).filter(([n]) => /word\/header\d+\.xml/.test(n));
    expect(headers.some(([, x]) => x.includes('PAGE'))).toBe(true);
    expect(headers.some(([, x]) => !x.includes('PAGE'))).toBe(true);
  });

  it('prints a draft with a blank number and date, and a landscape list when asked', async () => {
    const d = sampleDecision(2, null);
    d.header.date = null;
    d.annexes![0]!.landscape = true;
    const docx = await renderDocx(d);
    const text = docxText(docx);
    expect(text).toMatch(/Số: +\/QĐ-UBND/);
    expect(text).toMatch(/Ba Đình, ngày +tháng +năm/);
    const xml = docxParts(docx)['word/document.xml']!;
    expect(xml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
  });
});

describe('renderPdf', () => {
  it('embeds Tinos (no standard font) and reads back every element with its diacritics', async () => {
    const pdf = await renderPdf(sampleDecision(3));
    const fonts = pdfFonts(pdf);
    expect(fonts.baseFonts.length).toBeGreaterThan(0);
    for (const f of fonts.baseFonts) expect(f).toMatch(/^[A-Z]{6}\+Tinos-(Regular|Bold|Italic|BoldItalic)$/);
    expect(fonts.embeddedPrograms).toBe(fonts.baseFonts.length);

    const { pages, sizes } = await pdfText(pdf);
    expect(sizes[0]).toEqual([595, 842]);
    const first = pages[0]!.replace(/\n/g, ' ');
    for (const s of [
      'ỦY BAN NHÂN DÂN QUẬN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 05/QĐ-UBND',
      'Ba Đình, ngày 05 tháng 01 năm 2021',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Điều 1. Tặng Giấy khen',
      'Nơi nhận:',
      'KT. CHỦ TỊCH',
      'Hoàng Văn Thắng',
    ])
      expect(first).toContain(s);
    // The list starts on its own page.
    const annex = pages.slice(1).join(' ').replace(/\n/g, ' ');
    expect(annex).toContain('DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN');
    expect(annex).toContain('Lê Thị Thu Hằng');
    expect(annex).toContain('Tổng cộng');
    expect(first).not.toContain('Lê Thị Thu Hằng');
  });

  it('numbers pages from 2, restarting in the list, repeats the table header, and can print the list landscape', async () => {
    const d = sampleDecision(120);
    d.annexes![0]!.landscape = true;
    const { pages, sizes } = await pdfText(await renderPdf(d));
    expect(pages.length).toBeGreaterThan(3);
    expect(sizes[1]).toEqual([842, 595]);
    // Page numbers are drawn last on a page, so they are the last text item read back.
    expect(pages[1]!.split('\n').at(-1)).toMatch(/^20 Đỗ Minh Ngọc 20 .* 710\.000$/); // first page of the list: no number
    expect(pages[2]!.split('\n').at(-1)).toBe('2');
    expect(pages[3]!.split('\n').at(-1)).toBe('3');
    expect(pages[2]).toContain('Họ và tên'); // header row repeated
    expect(pages.join('\n')).toContain('Phạm Quốc Việt 119');
  });

  it('is the same bytes for the same document (fonts from npm, dates from the document)', async () => {
    const a = await renderPdf(sampleDecision(2));
    const b = await renderPdf(sampleDecision(2));
    expect(a.equals(b)).toBe(true);
  });
});

describe('QR codes', () => {
  const url = 'https://vinhdanh.example/verify/ABCD-2345-EFGH';
  it('encodes a verification URL as a standard QR symbol with finder patterns', () => {
    const m = qrMatrix(url);
    const n = m.length;
    expect(n).toBeGreaterThanOrEqual(21);
    expect((n - 17) % 4).toBe(0); // QR sizes are 17 + 4·version
    // The three finder patterns: a dark 7×7 ring at the top-left, top-right and bottom-left corners.
    for (const [r0, c0] of [
      [0, 0],
      [0, n - 7],
      [n - 7, 0],
    ] as const) {
      for (let i = 0; i < 7; i++) {
        expect(m[r0]![c0 + i]).toBe(true);
        expect(m[r0 + 6]![c0 + i]).toBe(true);
        expect(m[r0 + i]![c0]).toBe(true);
      }
      expect(m[r0 + 1]![c0 + 1]).toBe(false);
      expect(m[r0 + 3]![c0 + 3]).toBe(true);
    }
    // A different text gives a different symbol.
    expect(qrMatrix(url + 'X')).not.toEqual(m);
  });

  it('renders PNG of the asked size and SVG', async () => {
    const png = await qrPng(url, { size: 240 });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(240);
    const svg = await qrSvg(url);
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });
});
