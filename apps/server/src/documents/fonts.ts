import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

/**
 * The embedded font of every PDF: Tinos (Apache 2.0 / OFL via @expo-google-fonts/tinos), metric-compatible with
 * Times New Roman — the font NĐ 30/2020 prescribes — and covering all Vietnamese letters. It ships in an npm
 * package, so a PDF is byte-for-byte the same layout on every machine (ADR 0006). DOCX files name
 * "Times New Roman" and let Word use the installed one.
 */
export const DOCX_FONT = 'Times New Roman';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const require = createRequire(import.meta.url);
const FILES: Record<FontStyle, string> = {
  regular: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  italic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
};

/** Absolute path of a Tinos face. */
export function fontPath(style: FontStyle): string {
  return require.resolve(FILES[style]);
}

const bytes = new Map<FontStyle, Buffer>();
/** The TTF bytes of a face (read once per process). */
export function fontBytes(style: FontStyle): Buffer {
  let b = bytes.get(style);
  if (!b) {
    b = readFileSync(fontPath(style));
    bytes.set(style, b);
  }
  return b;
}

const faces = new Map<FontStyle, fontkit.Font>();
function face(style: FontStyle): fontkit.Font {
  let f = faces.get(style);
  if (!f) {
    f = fontkit.create(fontBytes(style)) as fontkit.Font;
    faces.set(style, f);
  }
  return f;
}

/** Width of `text` in points at `size` (Tinos = Times New Roman metrics); used to size rules under lines. */
export function textWidth(text: string, size: number, style: FontStyle = 'regular'): number {
  const f = face(style);
  return (f.layout(text).advanceWidth / f.unitsPerEm) * size;
}
