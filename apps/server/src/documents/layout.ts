/**
 * Measurements shared by the DOCX and PDF renderers, in points (1 mm = 72 / 25.4 pt), from NĐ 30/2020 Phụ lục I:
 * A4 portrait; margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm; body 13–14 pt; first-line indent 1 cm;
 * at least 6 pt between paragraphs. The header is a two-column block (left ≈ 2/5, right ≈ 3/5 — the exact
 * widths are not in the text; see spec-updates C2).
 */
const mm = (x: number) => (x * 72) / 25.4;

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

export const LAYOUT = {
  a4: { width: mm(210), height: mm(297) },
  margins: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
  headerColumns: { left: mm(66), right: mm(99) },
  firstLineIndent: mm(10),
  paragraphGap: 6,
  /** Share of the width for "Nơi nhận" (left) beside the signature block (right). */
  signatureSplit: 0.45,
  /** Room for the hand signature and seal. */
  signatureSpace: 60,
  tableFontSize: 12,
} as const;

/** Nơi nhận lines: ";" after each but the last, which ends with ".". */
export function punctuatedRecipients(items: string[]): string[] {
  return items.map((r, i) => {
    const t = r.trim().replace(/[;.]+$/, '');
    return i === items.length - 1 ? `${t}.` : `${t};`;
  });
}
