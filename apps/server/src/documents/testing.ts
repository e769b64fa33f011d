/**
 * Reading documents back in tests (any area's tests may use these): the text of a DOCX (word/document.xml and
 * headers) and of a PDF (through pdf.js, the way a reader extracts it), and the fonts a PDF declares.
 * Test-only: pdfjs-dist and fflate are devDependencies.
 */
import { strFromU8, unzipSync } from 'fflate';

/** The XML parts of a DOCX by path (word/document.xml, word/header1.xml, …). */
export function docxParts(docx: Buffer | Uint8Array): Record<string, string> {
  const files = unzipSync(new Uint8Array(docx));
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) if (name.endsWith('.xml')) out[name] = strFromU8(data);
  return out;
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

/** The paragraphs of word/document.xml as plain text (runs joined), in order. */
export function docxParagraphs(docx: Buffer | Uint8Array): string[] {
  const xml = docxParts(docx)['word/document.xml'] ?? '';
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1] ?? '')).join(''),
  );
}

/** All text of word/document.xml, paragraphs separated by newlines. */
export function docxText(docx: Buffer | Uint8Array): string {
  return docxParagraphs(docx).join('\n');
}

export interface PdfReadBack {
  pages: string[];
  text: string;
  /** Page sizes in points ([width, height]). */
  sizes: [number, number][];
}

/** Extracts the text of every page with pdf.js (uses the ToUnicode maps, as a reader copying text would). */
export async function pdfText(pdf: Buffer | Uint8Array): Promise<PdfReadBack> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  const pages: string[] = [];
  const sizes: [number, number][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const vp = page.getViewport({ scale: 1 });
    sizes.push([Math.round(vp.width), Math.round(vp.height)]);
    const content = await page.getTextContent();
    let line = '';
    const lines: string[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      line += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = '';
      }
    }
    if (line) lines.push(line);
    pages.push(lines.join('\n'));
  }
  await doc.destroy();
  return { pages, text: pages.join('\n'), sizes };
}

/** The fonts a PDF declares: base names and whether each carries an embedded font program. */
export function pdfFonts(pdf: Buffer | Uint8Array): { baseFonts: string[]; embeddedPrograms: number } {
  const raw = Buffer.from(pdf).toString('latin1');
  const baseFonts = [...new Set([...raw.matchAll(/\/BaseFont \/([A-Za-z0-9+\-_]+)/g)].map((m) => m[1]!))];
  const embeddedPrograms = (raw.match(/\/FontFile[23]? /g) ?? []).length;
  return { baseFonts, embeddedPrograms };
}
