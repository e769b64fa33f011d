/**
 * Thành phần hồ sơ tạo từ dữ liệu: tờ trình with the danh sách kèm theo, biên bản bình xét / xét khen thưởng
 * (with blanks for the vote counts the meeting fills in) and a báo cáo thành tích skeleton per nominee, as DOCX
 * in the NĐ 30/2020 layout (documents module). The file is attached as the component (`generated = true`); the
 * unit prints it, signs it and may replace it by the signed scan.
 */
import { z } from 'zod';
import { formatLegalDate, type DossierDetail, type Nomination } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { renderDocx, type DocumentHeader, type OfficialDocument } from '../../documents';
import { ValidationError, parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { attachComponent } from './attachments';
import { presentDossierDetail, requireDossier } from './queries';

const ZGenerate = z.object({
  component: z.string().min(1, 'Chọn thành phần hồ sơ.').max(64),
  nominationId: z.string().uuid('Mã không hợp lệ.').nullable().default(null),
});

const ADMIN = /^(Ủy ban nhân dân|UBND|Phường|Xã|Quận|Huyện|Thị xã|Thị trấn|Thành phố|Tỉnh)\s*/i;

/** "Phường Phúc Xá" → "ỦY BAN NHÂN DÂN PHƯỜNG PHÚC XÁ"; other bodies keep their name. */
function issuingBody(name: string): string {
  const up = name.toLocaleUpperCase('vi');
  if (/^(Ủy ban|UBND)/i.test(name)) return up;
  return ADMIN.test(name) ? `ỦY BAN NHÂN DÂN ${up}` : up;
}
const place = (name: string) => name.replace(ADMIN, '').trim() || name;

function header(ctx: ServiceContext, unitName: string, kind: string): DocumentHeader {
  return {
    issuingBody: issuingBody(unitName),
    symbol: ADMIN.test(unitName) ? `${kind}-UBND` : kind,
    place: place(unitName),
    date: ctx.clock.today(),
    number: null,
  };
}

function period(n: Nomination): string {
  return n.periodFrom === n.periodTo ? `Năm ${n.periodTo}` : `${n.periodFrom}–${n.periodTo}`;
}

function nomineeList(live: Nomination[], title: string) {
  return {
    title,
    columns: [
      { header: 'TT', width: 4, align: 'center' as const },
      { header: 'Họ và tên / Tập thể', width: 20 },
      { header: 'Đơn vị', width: 18 },
      { header: 'Danh hiệu, hình thức đề nghị', width: 18 },
      { header: 'Thời gian lập thành tích', width: 10, align: 'center' as const },
    ],
    rows: live.map((n, i) => [String(i + 1), n.nomineeName, n.nomineeUnitName, n.codeName, period(n)]),
  };
}

function counts(live: Nomination[]): string {
  const people = live.filter((n) => n.personId).length;
  const collectives = live.length - people;
  return [people ? `${people} cá nhân` : null, collectives ? `${collectives} tập thể` : null]
    .filter(Boolean)
    .join(' và ');
}

function toTrinh(ctx: ServiceContext, d: DossierDetail, live: Nomination[]): OfficialDocument {
  const admin = ADMIN.test(d.proposingUnitName);
  const codes = [...new Set(live.map((n) => n.codeName))];
  return {
    header: header(ctx, d.proposingUnitName, 'TTr'),
    typeName: 'TỜ TRÌNH',
    subject: `Về việc đề nghị khen thưởng${d.occasion ? ` ${d.occasion}` : ` năm ${d.year}`}`,
    addressees: [d.receivingUnitName],
    blocks: [
      { kind: 'paragraph', text: 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', italic: true },
      {
        kind: 'paragraph',
        text: 'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
        italic: true,
      },
      {
        kind: 'paragraph',
        text: `${d.proposingUnitName} kính trình ${d.receivingUnitName} xem xét, khen thưởng cho ${counts(live)} (${codes.join('; ')}) đã có thành tích ${d.occasion ?? `năm ${d.year}`}, theo danh sách kèm theo.`,
      },
      {
        kind: 'paragraph',
        text: `Hồ sơ gồm: tờ trình, danh sách, biên bản bình xét và báo cáo thành tích của từng cá nhân, tập thể được đề nghị${d.procedure === 'DON_GIAN' ? ' (thủ tục đơn giản, Điều 85 Luật Thi đua, khen thưởng)' : ''}.`,
      },
      { kind: 'paragraph', text: `Kính trình ${d.receivingUnitName} xem xét, quyết định./.` },
    ],
    recipients: ['Như trên;', 'Lưu: VT.'],
    signer: admin
      ? { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: '' }
      : { title: 'THỦ TRƯỞNG ĐƠN VỊ', name: '' },
    annexes: [nomineeList(live, 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG')],
  };
}

function bienBan(ctx: ServiceContext, d: DossierDetail, live: Nomination[], code: string): OfficialDocument {
  return {
    header: header(ctx, d.proposingUnitName, 'BB'),
    typeName: 'BIÊN BẢN',
    subject: `${code === 'BIEN_BAN_BINH_XET' ? 'Họp bình xét thi đua' : 'Họp xét khen thưởng'} ${d.occasion ?? `năm ${d.year}`}`,
    blocks: [
      {
        kind: 'paragraph',
        text: `Hôm nay, ngày ..../..../${d.year + 1}, tại ${d.proposingUnitName}, Hội đồng Thi đua – Khen thưởng họp xét đề nghị khen thưởng.`,
      },
      { kind: 'paragraph', text: 'I. THÀNH PHẦN', bold: true },
      { kind: 'paragraph', text: 'Tổng số thành viên: ....; có mặt: ....; vắng mặt: .... .' },
      { kind: 'paragraph', text: 'II. KẾT QUẢ BIỂU QUYẾT (bỏ phiếu kín)', bold: true },
      ...live.map((n, i) => ({
        kind: 'paragraph' as const,
        text: `${i + 1}. ${n.nomineeName}, ${n.nomineeUnitName} — ${n.codeName}: .... /.... thành viên đồng ý (....%).`,
      })),
      {
        kind: 'paragraph',
        text: `Hội đồng thống nhất đề nghị khen thưởng ${counts(live)} theo danh sách kèm theo. Biên bản kết thúc lúc .... giờ cùng ngày./.`,
      },
    ],
    signer: { title: 'CHỦ TỊCH HỘI ĐỒNG', name: '' },
    annexes: [nomineeList(live, 'DANH SÁCH ĐƯỢC HỘI ĐỒNG ĐỀ NGHỊ')],
  };
}

function baoCao(ctx: ServiceContext, d: DossierDetail, n: Nomination, code: string): OfficialDocument {
  const person = !!n.personId;
  return {
    header: header(ctx, n.nomineeUnitName || d.proposingUnitName, 'BC'),
    typeName: 'BÁO CÁO',
    subject: `${code === 'BAO_CAO_TOM_TAT_THANH_TICH' ? 'Tóm tắt thành tích' : 'Thành tích'} đề nghị ${n.codeName}`,
    blocks: [
      {
        kind: 'paragraph',
        text: person ? 'I. SƠ LƯỢC LÝ LỊCH' : 'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH',
        bold: true,
      },
      { kind: 'paragraph', text: `${person ? 'Họ và tên' : 'Tên tập thể'}: ${n.nomineeName}.` },
      { kind: 'paragraph', text: `Đơn vị: ${n.nomineeUnitName}.` },
      { kind: 'paragraph', text: 'II. THÀNH TÍCH ĐẠT ĐƯỢC', bold: true },
      { kind: 'paragraph', text: `Thời gian lập thành tích: ${period(n)}.` },
      { kind: 'paragraph', text: n.summary ?? '(Nêu thành tích, kết quả thực hiện nhiệm vụ được giao.)' },
      { kind: 'paragraph', text: 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', bold: true },
      { kind: 'paragraph', text: '(Danh hiệu, hình thức, số và ngày quyết định.)' },
      {
        kind: 'paragraph',
        text: `Xác nhận của ${d.proposingUnitName} ngày ${formatLegalDate(ctx.clock.today())}.`,
        italic: true,
      },
    ],
    signer: person
      ? { title: 'NGƯỜI BÁO CÁO', name: n.nomineeName }
      : { title: 'THỦ TRƯỞNG ĐƠN VỊ', name: '' },
  };
}

/**
 * Tạo thành phần hồ sơ từ dữ liệu (DOCX) and attach it. Needs nomination.manage on the proposing unit; only
 * while the dossier is editable; the component must belong to the dossier and be generatable
 * (`dossierComponents(...).generatable`). Audited as `dossier.attach` (generated).
 */
export async function generateComponent(
  ctx: ServiceContext,
  dossierId: string,
  input: unknown,
): Promise<DossierDetail> {
  const row = await requireDossier(ctx.read, dossierId);
  await authorize(ctx, 'nomination.manage', [row.proposingUnitId]);
  const data = parseInput(ZGenerate, input);
  const d = await presentDossierDetail(ctx, ctx.read, row);
  const req = d.components.find((c) => c.code === data.component);
  if (!req)
    throw new ValidationError([
      { path: 'component', message: 'Thành phần này không thuộc hồ sơ theo hình thức và thủ tục đã chọn.' },
    ]);
  if (!req.generatable)
    throw new ValidationError([
      { path: 'component', message: `"${req.name}" không tạo được từ dữ liệu; hãy tải tệp lên.` },
    ]);
  const live = d.nominations.filter((n) => n.status !== 'WITHDRAWN');
  let doc: OfficialDocument;
  let name: string;
  if (req.scope === 'NOMINATION') {
    const n = live.find((x) => x.id === data.nominationId);
    if (!n)
      throw new ValidationError([
        { path: 'nominationId', message: `Chọn người được đề nghị cho "${req.name}".` },
      ]);
    doc = baoCao(ctx, d, n, req.code);
    name = `${req.code}-${n.nomineeName}`;
  } else {
    doc = req.code === 'TO_TRINH' ? toTrinh(ctx, d, live) : bienBan(ctx, d, live, req.code);
    name = req.code;
  }
  const bytes = await renderDocx(doc);
  return attachComponent(
    ctx,
    dossierId,
    { component: req.code, nominationId: req.scope === 'NOMINATION' ? data.nominationId : null },
    { bytes, filename: `${name.replace(/\s+/g, '-')}.docx` },
    true,
  );
}
