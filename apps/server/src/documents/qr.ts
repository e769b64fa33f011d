import QRCode from 'qrcode';

/**
 * QR codes for documents (certificates, verification links). Error correction "M" survives a folded or stamped
 * certificate; the margin is the 4-module quiet zone the standard asks for.
 */
export interface QrOptions {
  /** Size of the PNG in pixels (default 300). */
  size?: number;
  errorCorrection?: 'L' | 'M' | 'Q' | 'H';
}

/** A PNG of the QR code for `text` (e.g. a `/verify/:code` URL), for PDFs and DOCX images. */
export async function qrPng(text: string, options: QrOptions = {}): Promise<Buffer> {
  return QRCode.toBuffer(text, {
    type: 'png',
    width: options.size ?? 300,
    margin: 4,
    errorCorrectionLevel: options.errorCorrection ?? 'M',
  });
}

/** An SVG string of the QR code for `text`, for web pages. */
export async function qrSvg(text: string, options: QrOptions = {}): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    margin: 4,
    errorCorrectionLevel: options.errorCorrection ?? 'M',
  });
}

/** The module matrix (true = dark), for drawing a QR code as vector squares in a PDF. */
export function qrMatrix(text: string, options: QrOptions = {}): boolean[][] {
  const qr = QRCode.create(text, { errorCorrectionLevel: options.errorCorrection ?? 'M' });
  const n = qr.modules.size;
  const rows: boolean[][] = [];
  for (let r = 0; r < n; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < n; c++) row.push(qr.modules.get(r, c) === 1);
    rows.push(row);
  }
  return rows;
}
