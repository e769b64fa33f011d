import type { DecisionDetail } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import ExcelJS from '../../lib/excel';
import { authorize } from '../../policies/scope';
import { renderDocx, renderPdf, type OfficialDocument } from '../../documents';
import { CODE_NAME, loadDecision, loadRegister, presentDetail, type RegisterRow } from './common';

/** 1.234.000 (VND with "." separators, no unit). */
export function vnd(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function period(from: number | null, to: number | null): string {
  if (from === null && to === null) return '';
  if (from === null || from === to) return String(to ?? from);
  return `${from}–${to ?? ''}`;
}

function article1(d: DecisionDetail, ref: string | null): string {
  const n = d.recipients.length;
  const codes = [...new Set(d.recipients.map((r) => r.codeName))];
  const what = codes.length === 1 ? codes[0]! : 'danh hiệu, hình thức khen thưởng';
  const people = d.recipients.every((r) => r.recipientKind === 'INDIVIDUAL')
    ? 'cá nhân'
    : d.recipients.every((r) => r.recipientKind !== 'INDIVIDUAL')
      ? 'tập thể'
      : 'tập thể, cá nhân';
  switch (d.kind) {
    case 'CONG_NHAN_DANH_HIEU':
      return `Công nhận danh hiệu ${what} cho ${n} ${people} (có danh sách kèm theo).${d.content ? ` ${d.content}` : ''}`;
    case 'DINH_CHINH':
      return `Đính chính Quyết định số ${ref ?? '…'}: ${d.content ?? ''}${n ? ' (danh sách đính chính kèm theo).' : ''}`;
    case 'THU_HOI':
      return `Thu hồi ${n ? `khen thưởng của ${n} ${people} có tên trong danh sách kèm theo, đã được khen thưởng tại` : ''} Quyết định số ${ref ?? '…'}. Lý do: ${d.content ?? ''}`;
    default:
      return `Tặng ${what} cho ${n} ${people} đã có thành tích xuất sắc (có danh sách kèm theo).${d.content ? ` ${d.content}` : ''}`;
  }
}

/** The decision as an NĐ 30 document: header from the register, articles by kind, the list as the annex. */
export function decisionDocument(d: DecisionDetail, reg: RegisterRow): OfficialDocument {
  const paid = d.recipients.some((r) => r.amountVnd !== null);
  const blocks: OfficialDocument['blocks'] = [
    { kind: 'centered', text: 'QUYẾT ĐỊNH:', bold: true },
    { kind: 'article', number: 1, paragraphs: [article1(d, d.refNumberText)] },
  ];
  let n = 2;
  if (paid && d.kind !== 'THU_HOI')
    blocks.push({
      kind: 'article',
      number: n++,
      paragraphs: [
        `Tiền thưởng kèm theo theo quy định tại Luật Thi đua, khen thưởng và các văn bản hướng dẫn, tổng cộng ${vnd(d.totalVnd)} đồng (mức của từng trường hợp ghi tại danh sách kèm theo), chi từ quỹ thi đua, khen thưởng của ${reg.issuingBody.toLocaleLowerCase('vi').replace(/^./, (c) => c.toLocaleUpperCase('vi'))}.`,
      ],
    });
  blocks.push({
    kind: 'article',
    number: n,
    paragraphs: [
      `Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị có liên quan và các ${d.recipients.some((r) => r.recipientKind !== 'INDIVIDUAL') ? 'tập thể, cá nhân' : 'cá nhân'} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`,
    ],
  });
  const individual = d.recipients.every((r) => r.recipientKind === 'INDIVIDUAL');
  const title =
    d.kind === 'THU_HOI'
      ? 'Danh sách khen thưởng bị thu hồi'
      : d.kind === 'DINH_CHINH'
        ? 'Danh sách đính chính'
        : `Danh sách ${individual ? 'cá nhân' : 'tập thể, cá nhân'} được khen thưởng`;
  const columns = [
    { header: 'STT', width: 7, align: 'center' as const },
    { header: individual ? 'Họ và tên' : 'Tên tập thể, cá nhân', width: 25 },
    { header: 'Chức vụ, đơn vị công tác', width: 33 },
    { header: 'Danh hiệu, hình thức', width: 17 },
    { header: 'Năm thành tích', width: 10, align: 'center' as const },
  ];
  const withCash = paid && d.kind !== 'THU_HOI';
  if (withCash) columns.push({ header: 'Tiền thưởng (đồng)', width: 14, align: 'right' as never });
  const rows = d.recipients.map((r) => {
    const cells = [
      String(r.ordinal),
      r.name,
      [r.position, r.unitName].filter(Boolean).join(', '),
      CODE_NAME.get(r.code) ?? r.code,
      period(r.periodFrom, r.periodTo),
    ];
    if (withCash) cells.push(r.amountVnd === null ? '' : vnd(r.amountVnd));
    return cells;
  });
  return {
    header: {
      parentBody: reg.parentBody,
      issuingBody: reg.issuingBody,
      number: d.numberText ? Number(d.numberText.split('/')[0]) : null,
      symbol: reg.symbol,
      place: reg.place,
      date: d.decidedOn,
    },
    typeName: 'QUYẾT ĐỊNH',
    subject: d.subject,
    authority: reg.authority,
    bases: d.bases,
    blocks,
    recipients: d.recipientsText.length ? d.recipientsText : [`Như Điều ${n}`, 'Lưu: VT, TĐKT'],
    signer: { authority: d.signerAuthority, title: d.signerTitle, name: d.signerName },
    annexes: d.recipients.length
      ? [
          {
            title,
            columns,
            rows,
            totalRow: withCash ? ['', 'Tổng cộng', '', '', '', vnd(d.totalVnd)] : null,
          },
        ]
      : [],
  };
}

async function load(ctx: ServiceContext, id: string) {
  const row = await loadDecision(ctx.read, id);
  await authorize(ctx, 'decision.read', [row.issuerUnitId]);
  const reg = await loadRegister(ctx.read, row.registerId);
  const d = await presentDetail(ctx.read, row);
  return { d, reg };
}

/** A file name like "QD-12-QĐ-UBND-2021.docx" (drafts: "du-thao-…"). */
export function decisionFileName(d: DecisionDetail, ext: string): string {
  const base = d.numberText
    ? `quyet-dinh-${d.numberText.replace(/\//g, '-')}`
    : `du-thao-quyet-dinh-${d.id.slice(-8)}`;
  return `${base}.${ext}`;
}

export async function decisionDocx(ctx: ServiceContext, id: string) {
  const { d, reg } = await load(ctx, id);
  return { bytes: await renderDocx(decisionDocument(d, reg)), filename: decisionFileName(d, 'docx') };
}

export async function decisionPdf(ctx: ServiceContext, id: string) {
  const { d, reg } = await load(ctx, id);
  return { bytes: await renderPdf(decisionDocument(d, reg)), filename: decisionFileName(d, 'pdf') };
}

/**
 * Danh sách chi tiền thưởng (XLSX): one row per paid recipient with the coefficient, base salary and amount, a
 * total row and a signature line for the accountant. Read back by the tests.
 */
export async function paymentListXlsx(ctx: ServiceContext, id: string) {
  const { d, reg } = await load(ctx, id);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Vinh Danh';
  const ws = wb.addWorksheet('Danh sách chi thưởng');
  ws.columns = [
    { width: 6 },
    { width: 28 },
    { width: 36 },
    { width: 26 },
    { width: 10 },
    { width: 14 },
    { width: 16 },
    { width: 18 },
  ];
  ws.addRow([reg.issuingBody.toUpperCase()]);
  ws.addRow(['DANH SÁCH CHI TIỀN THƯỞNG']);
  ws.addRow([
    d.numberText
      ? `Kèm theo Quyết định số ${d.numberText} ngày ${d.decidedOn!.split('-').reverse().join('/')}`
      : 'Dự thảo quyết định (chưa có số)',
  ]);
  ws.addRow([d.subject]);
  ws.addRow([]);
  const header = ws.addRow([
    'STT',
    'Họ và tên',
    'Chức vụ, đơn vị',
    'Danh hiệu, hình thức',
    'Hệ số',
    'Lương cơ sở (đồng)',
    'Số tiền (đồng)',
    'Ký nhận',
  ]);
  header.font = { bold: true };
  for (const r of d.recipients) {
    ws.addRow([
      r.ordinal,
      r.name,
      [r.position, r.unitName].filter(Boolean).join(', '),
      r.codeName,
      r.coefficient,
      r.baseSalaryVnd,
      r.amountVnd,
      '',
    ]);
  }
  const total = ws.addRow(['', 'Tổng cộng', '', '', '', '', d.totalVnd, '']);
  total.font = { bold: true };
  ws.addRow([]);
  ws.addRow(['', `Tổng số tiền: ${vnd(d.totalVnd)} đồng`]);
  for (const c of [6, 7]) ws.getColumn(c).numFmt = '#,##0';
  ws.getRow(1).font = { bold: true };
  ws.getRow(2).font = { bold: true, size: 14 };
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return {
    bytes,
    filename: decisionFileName(d, 'xlsx').replace(/^(quyet-dinh|du-thao-quyet-dinh)/, 'chi-thuong'),
  };
}
