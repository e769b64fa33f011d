import { eq } from 'drizzle-orm';
import { formatLegalDate, type RegistryRecord } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { persons } from '../../db/schema';
import { NotFoundError } from '../../errors';
import { isUuid } from '../../lib/ids';
import { createPdf, pdfToBuffer, QUOC_HIEU, TIEU_NGU } from '../../documents';
import { searchRegistry } from './search';
import { authorizePersonRead } from '../people/queries';

/**
 * In hồ sơ: a person's lifelong record (sổ vàng) as a PDF — every title and award across units, oldest first,
 * with decision number and date, issuer, achievement years, verification code, and revocations marked. The
 * reader must be allowed to read the person (a unit of their history in scope, or oneself).
 */
export async function personRecordPdf(ctx: ServiceContext, personId: string) {
  if (!isUuid(personId)) throw new NotFoundError('Không tìm thấy cán bộ.');
  const [p] = await ctx.read.select().from(persons).where(eq(persons.id, personId));
  if (!p) throw new NotFoundError('Không tìm thấy cán bộ.');
  await authorizePersonRead(ctx, personId);
  const all: RegistryRecord[] = [];
  for (let page = 1; ; page++) {
    const res = await searchRegistry(ctx, { personId, includeRevoked: 'true', page, pageSize: 200 });
    all.push(...res.items);
    if (res.items.length < 200) break;
  }
  all.sort((a, b) => a.decidedOn.localeCompare(b.decidedOn) || a.id.localeCompare(b.id));

  const pdf = createPdf();
  pdf.addPage({ size: 'A4', margins: { top: 57, bottom: 57, left: 85, right: 57 } });
  const width = pdf.page.width - 85 - 57;
  pdf.font('Tinos-Bold').fontSize(12).text(QUOC_HIEU, { align: 'center' });
  pdf.font('Tinos-Bold').fontSize(13).text(TIEU_NGU, { align: 'center' });
  pdf.moveDown(1.5);
  pdf.font('Tinos-Bold').fontSize(15).text('HỒ SƠ KHEN THƯỞNG (SỔ VÀNG)', { align: 'center' });
  pdf.moveDown(0.8);
  pdf.font('Tinos').fontSize(13);
  pdf.text(`Họ và tên: ${p.fullName}`);
  if (p.dateOfBirth) pdf.text(`Ngày sinh: ${formatLegalDate(p.dateOfBirth)}`);
  const current = all.at(-1);
  if (current?.recipientUnitName)
    pdf.text(
      `Đơn vị (theo khen thưởng gần nhất): ${[current.recipientPosition, current.recipientUnitName].filter(Boolean).join(', ')}`,
    );
  pdf.text(`Số danh hiệu, hình thức khen thưởng: ${all.filter((a) => !a.revoked).length}`);
  pdf.moveDown(0.8);
  if (all.length === 0) pdf.font('Tinos-Italic').text('Chưa có danh hiệu, hình thức khen thưởng nào.');
  all.forEach((a, i) => {
    if (pdf.y > pdf.page.height - 150)
      pdf.addPage({ size: 'A4', margins: { top: 57, bottom: 57, left: 85, right: 57 } });
    const years =
      a.periodFrom === null && a.periodTo === null
        ? ''
        : a.periodFrom === a.periodTo || a.periodFrom === null
          ? ` năm ${a.periodTo ?? a.periodFrom}`
          : ` giai đoạn ${a.periodFrom}–${a.periodTo}`;
    pdf
      .font('Tinos-Bold')
      .fontSize(13)
      .text(`${i + 1}. ${a.codeName}${years}`, { width });
    pdf.font('Tinos').fontSize(12);
    pdf.text(
      `Quyết định số ${a.decisionNumber} ngày ${formatLegalDate(a.decidedOn)}${a.issuerName ? ` của ${a.issuerName}` : ''}`,
      { width },
    );
    const where = [a.recipientPosition, a.recipientUnitName].filter(Boolean).join(', ');
    if (where) pdf.text(`Khi đó: ${where}`, { width });
    if (a.achievement) pdf.font('Tinos-Italic').text(a.achievement, { width }).font('Tinos');
    pdf.text(`Mã xác minh: ${a.verifyCode}`, { width });
    if (a.revoked)
      pdf
        .font('Tinos-Bold')
        .text(
          `Đã bị thu hồi${a.revoked.decisionNumber ? ` theo Quyết định số ${a.revoked.decisionNumber}` : ''}${a.revoked.on ? ` ngày ${formatLegalDate(a.revoked.on)}` : ''}${a.revoked.reason ? `: ${a.revoked.reason}` : ''}`,
          { width },
        )
        .font('Tinos');
    pdf.moveDown(0.6);
  });
  pdf.moveDown(1);
  pdf
    .font('Tinos-Italic')
    .fontSize(11)
    .text(`In ngày ${formatLegalDate(ctx.clock.today())} từ hệ thống Vinh Danh.`, { width });
  const bytes = await pdfToBuffer(pdf);
  const slug = p.fullName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return { bytes, filename: `so-vang-${slug}.pdf` };
}
