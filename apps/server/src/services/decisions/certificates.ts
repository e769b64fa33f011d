import { asc, eq, inArray, isNull, or } from 'drizzle-orm';
import {
  ZCertificatesQuery,
  ZSaveCertificateTemplateInput,
  type CertificateTemplate,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { awards } from '../../db/schema';
import { certificateTemplates } from '../../db/schema/certificates';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, ServiceError, parseInput } from '../../errors';
import { authorize, scopeFor } from '../../policies/scope';
import { isUuid, newId } from '../../lib/ids';
import {
  renderCertificates,
  placeDateLine,
  type CertificateItem,
  type CertificateLayout,
} from '../../documents';
import { verifyUrl } from '../registry/present';
import { CODE_NAME, loadDecision, loadRegister, presentDetail, recipientsOf } from './common';

/** The two templates every body may use (inserted by the migration). */
export const DEFAULT_TEMPLATE_IDS = {
  FULL: '00000000-0000-7000-8000-00000000c001',
  PHOI: '00000000-0000-7000-8000-00000000c002',
} as const;

type TemplateRow = typeof certificateTemplates.$inferSelect;

function present(t: TemplateRow): CertificateTemplate {
  return {
    id: t.id,
    unitId: t.unitId,
    name: t.name,
    paper: t.paper as CertificateTemplate['paper'],
    orientation: t.orientation as CertificateTemplate['orientation'],
    mode: t.mode as CertificateTemplate['mode'],
    heading: t.heading,
    fields: t.fields as CertificateTemplate['fields'],
  };
}

/** Templates usable by the actor: the shared ones and those of bodies in scope. */
export async function listCertificateTemplates(ctx: ServiceContext): Promise<CertificateTemplate[]> {
  await authorize(ctx, 'decision.read');
  const scope = await scopeFor(ctx, 'decision.read');
  const rows = await ctx.read
    .select()
    .from(certificateTemplates)
    .where(
      scope === 'ALL'
        ? undefined
        : or(
            isNull(certificateTemplates.unitId),
            inArray(certificateTemplates.unitId, [...scope, '00000000-0000-0000-0000-000000000000']),
          ),
    )
    .orderBy(asc(certificateTemplates.createdAt), asc(certificateTemplates.name));
  return rows.map(present);
}

/** Thêm mẫu in (per body): paper, orientation, FULL or PHOI, and the field coordinates as data. */
export async function createCertificateTemplate(
  ctx: ServiceContext,
  input: unknown,
): Promise<CertificateTemplate> {
  const data = parseInput(ZSaveCertificateTemplateInput, input);
  await authorize(ctx, 'decision.manage', [data.unitId]);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(certificateTemplates)
      .values({ id: newId(), ...data, createdBy: ctx.actor?.accountId ?? null })
      .returning();
    const out = present(row!);
    await emitAudit(tx, ctx, {
      action: 'certificate_template.create',
      entity: 'certificate_template',
      entityId: out.id,
      after: out,
    });
    return out;
  });
}

/** "GIẤY KHEN", "BẰNG KHEN", … printed as the certificate's heading. */
export function headingOf(code: string): string {
  if (code === 'GIAY_KHEN') return 'GIẤY KHEN';
  if (code.startsWith('BANG_KHEN')) return 'BẰNG KHEN';
  if (code.startsWith('HCLD')) return 'HUÂN CHƯƠNG LAO ĐỘNG';
  if (code.startsWith('CO_THI_DUA')) return 'CỜ THI ĐUA';
  if (code.startsWith('KY_NIEM_CHUONG')) return 'KỶ NIỆM CHƯƠNG';
  return 'GIẤY CHỨNG NHẬN';
}

const TITLE_CODES = new Set([
  'LDTT',
  'CSTT',
  'CSTD_CO_SO',
  'CSTD_BO_TINH',
  'CSTD_TOAN_QUOC',
  'TT_LDTT',
  'DON_VI_TIEN_TIEN',
  'TT_LDXS',
  'DON_VI_QUYET_THANG',
]);

function periodText(from: number | null, to: number | null): string {
  if (from === null && to === null) return '';
  if (from === null || to === null || from === to) return `năm ${to ?? from}`;
  return `giai đoạn ${from}–${to}`;
}

/**
 * In bằng khen / giấy khen: every recipient of an issued decision as ONE PDF in the chosen template (or only the
 * first page, for the preview), each page with the QR code to `/verify/:code` and the code in text. Revoked
 * lines are not printed.
 */
export async function decisionCertificates(ctx: ServiceContext, id: string, query: unknown) {
  const q = parseInput(ZCertificatesQuery, query);
  const row = await loadDecision(ctx.read, id);
  await authorize(ctx, 'decision.read', [row.issuerUnitId]);
  if (!row.numberText || row.kind === 'THU_HOI')
    throw new ServiceError(
      'CONFLICT',
      'Chỉ in bằng, giấy khen cho quyết định khen thưởng đã ban hành (đã cấp số).',
      undefined,
      409,
    );
  if (!isUuid(q.templateId)) throw new NotFoundError('Không tìm thấy mẫu in.');
  const [tpl] = await ctx.read
    .select()
    .from(certificateTemplates)
    .where(eq(certificateTemplates.id, q.templateId));
  if (!tpl) throw new NotFoundError('Không tìm thấy mẫu in.');
  if (tpl.unitId) await authorize(ctx, 'decision.read', [tpl.unitId]);
  const reg = await loadRegister(ctx.read, row.registerId);
  const d = await presentDetail(ctx.read, row);
  const lines = await recipientsOf(ctx.read, id);
  const awardIds = lines.map((l) => l.awardId).filter((x): x is string => !!x);
  const regRows = awardIds.length
    ? await ctx.read
        .select({ id: awards.id, verifyCode: awards.verifyCode, revokedAt: awards.revokedAt })
        .from(awards)
        .where(inArray(awards.id, awardIds))
    : [];
  const byId = new Map(regRows.map((a) => [a.id, a]));
  const decidedOn = d.decidedOn!;
  const dateText = decidedOn.split('-').reverse().join('/');
  const items: CertificateItem[] = [];
  for (const l of lines) {
    const a = l.awardId ? byId.get(l.awardId) : undefined;
    if (!a || a.revokedAt) continue;
    const name = CODE_NAME.get(l.code) ?? l.code;
    const period = periodText(l.periodFrom, l.periodTo);
    items.push({
      heading: headingOf(l.code),
      authority: reg.authority,
      name: l.name,
      position: l.position,
      unit: l.unitName,
      title: TITLE_CODES.has(l.code) ? `Đạt danh hiệu "${name}" ${period}`.trim() : name,
      achievement:
        l.achievement ??
        (TITLE_CODES.has(l.code) ? null : `Đã có thành tích xuất sắc ${period}`.trim() || null),
      decision: `Quyết định số ${d.numberText} ngày ${dateText}`,
      placeDate: placeDateLine({
        parentBody: null,
        issuingBody: reg.issuingBody,
        number: d.numberText ? Number(d.numberText.split('/')[0]) : null,
        symbol: reg.symbol,
        place: reg.place,
        date: decidedOn,
      }),
      signerAuthority: d.signerAuthority,
      signerTitle: d.signerTitle,
      signerName: d.signerName,
      certificateNumber: `Số vào sổ: ${l.ordinal}`,
      verifyCode: a.verifyCode,
      verifyUrl: verifyUrl(ctx, a.verifyCode),
    });
  }
  if (items.length === 0)
    throw new ServiceError(
      'CONFLICT',
      'Quyết định không còn người nào để in bằng, giấy khen.',
      undefined,
      409,
    );
  const layout: CertificateLayout = {
    paper: tpl.paper as CertificateLayout['paper'],
    orientation: tpl.orientation as CertificateLayout['orientation'],
    mode: tpl.mode as CertificateLayout['mode'],
    heading: tpl.heading,
    fields: tpl.fields as CertificateLayout['fields'],
  };
  const first = q.first === 'true';
  const bytes = await renderCertificates(layout, first ? items.slice(0, 1) : items);
  const base = `bang-khen-${d.numberText!.replace(/\//g, '-')}`;
  return { bytes, filename: `${first ? `${base}-xem-truoc` : base}.pdf`, pages: first ? 1 : items.length };
}
