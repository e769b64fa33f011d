/**
 * Documents module: one model of an administrative document laid out per Nghị định 30/2020/NĐ-CP, rendered as
 * DOCX (`renderDocx`) and as PDF with an embedded Vietnamese font (`renderPdf`); QR codes for verification links.
 * See docs/ARCHITECTURE.md ("Documents") and ADR 0006.
 *
 *   const doc: OfficialDocument = { header: {...}, typeName: 'QUYẾT ĐỊNH', subject: 'Về việc …', blocks: [...] };
 *   const docx = await renderDocx(doc); const pdf = await renderPdf(doc);
 */
export * from './model';
export { renderDocx } from './docx';
export { renderPdf, createPdf, pdfToBuffer } from './pdf';
export { qrPng, qrSvg, qrMatrix, type QrOptions } from './qr';
export { fontPath, fontBytes, textWidth, DOCX_FONT, type FontStyle } from './fonts';
export { LAYOUT, QUOC_HIEU, TIEU_NGU } from './layout';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_MIME = 'application/pdf';
export {
  renderCertificates,
  pageSizeMm,
  CERTIFICATE_FIELD_KEYS,
  DEFAULT_FULL_LAYOUT,
  DEFAULT_PHOI_LAYOUT,
  type CertificateField,
  type CertificateFieldKey,
  type CertificateItem,
  type CertificateLayout,
} from './certificate';
