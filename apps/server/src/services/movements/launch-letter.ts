import { eq } from 'drizzle-orm';
import { formatLegalDate, formatTargetValue, MILESTONE_KIND_LABELS, type Movement } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { decisionRegisters } from '../../db/schema';
import { renderDocx, type DocumentBlock, type OfficialDocument } from '../../documents';
import { versionOn } from '../units/queries';
import { getMovement } from './queries';

function upper(s: string): string {
  return s.toLocaleUpperCase('vi');
}

/** "Ủy ban nhân dân quận Ba Đình" / "UBND quận Ba Đình" → "ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH". */
function bodyName(name: string): string {
  const local = /^(thành phố|tỉnh|quận|huyện|thị xã|phường|xã|thị trấn|đặc khu)\s/i.test(name);
  return upper(local ? `Ủy ban nhân dân ${name}` : name.replace(/^UBND\b/i, 'Ủy ban nhân dân'));
}

/** "Quận Ba Đình" → "Ba Đình" (địa danh, ô 4), from the issuing body's name. */
function placeOf(name: string): string {
  return name
    .replace(/^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+/i, '')
    .replace(/^(thành phố|tỉnh|quận|huyện|thị xã|phường|xã|thị trấn|đặc khu)\s+/i, '')
    .trim();
}

/**
 * The signer block from the movement's signer position, e.g. "Phó Bí thư Quận ủy, Chủ tịch UBND quận Ba Đình" →
 * TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH (the office held in the issuing body is the last part of the position).
 */
function signerOf(m: Movement, issuingBody: string): OfficialDocument['signer'] {
  const office = (m.signerPosition ?? '').split(',').pop()!.trim();
  const title = upper(
    office.replace(/\s+(UBND|Ủy ban|Uỷ ban|Hội đồng|Sở|Ban)\b.*$/i, '').trim() || 'CHỦ TỊCH',
  );
  const collective = issuingBody.match(/^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)/)?.[1];
  return {
    authority: /^PHÓ CHỦ TỊCH$/.test(title)
      ? 'KT. CHỦ TỊCH'
      : collective && title === 'CHỦ TỊCH'
        ? `TM. ${collective}`
        : null,
    title,
    name: m.signerName ?? '',
  };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

/** Splits a free text into paragraphs (one per non-empty line). */
function paras(text: string | null): DocumentBlock[] {
  return (text ?? '')
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ kind: 'paragraph' as const, text: t }));
}

const heading = (text: string): DocumentBlock => ({ kind: 'paragraph', text, bold: true });

/**
 * Kế hoạch phát động phong trào (NĐ 30/2020 layout): mục đích yêu cầu, đối tượng và phạm vi, thời gian, the content
 * items as a numbered list with their targets and owners, tiêu chí, tổ chức thực hiện with the milestones and the
 * reporting periods, nơi nhận, người ký; the participating units as the attached list.
 */
export function launchLetterDocument(
  m: Movement,
  header: { parentBody: string | null; issuingBody: string; place: string },
): OfficialDocument {
  const d = (s: string | null) => (s ? formatLegalDate(s) : '…');
  const blocks: DocumentBlock[] = [];
  const basis = [
    'Căn cứ Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn thi hành',
    ...(m.relatedPlans ? [`Thực hiện ${lowerFirst(m.relatedPlans.replace(/[.;]+$/, ''))}`] : []),
  ];
  blocks.push({
    kind: 'paragraph',
    text: `${basis.join('; ')}; ${m.launchingUnitName} ban hành Kế hoạch phát động ${lowerFirst(m.name)}${m.occasion ? ` chào mừng ${lowerFirst(m.occasion.replace(/^chào mừng\s+/i, ''))}` : ''} như sau:`,
  });
  blocks.push(heading('I. MỤC ĐÍCH, YÊU CẦU'));
  blocks.push(...paras(m.objectives));
  blocks.push(heading('II. ĐỐI TƯỢNG, PHẠM VI'));
  blocks.push(...paras(m.targetGroups));
  blocks.push({
    kind: 'paragraph',
    text: `Đơn vị tham gia: ${m.participants.length} đơn vị${m.picks.length ? ` (${m.picks.map((p) => p.name).join('; ')})` : ''}, danh sách kèm theo.`,
  });
  blocks.push(heading('III. THỜI GIAN THỰC HIỆN'));
  blocks.push({
    kind: 'paragraph',
    text: `Từ ngày ${d(m.startDate)} đến ngày ${d(m.endDate)}.${m.launchDate ? ` Phát động ngày ${d(m.launchDate)}${m.launchEvent ? ` tại ${lowerFirst(m.launchEvent)}` : ''}.` : ''}${m.registrationDeadline ? ` Các đơn vị gửi bản đăng ký thi đua trước ngày ${d(m.registrationDeadline)}.` : ''}`,
  });
  blocks.push(heading('IV. NỘI DUNG THI ĐUA VÀ CHỈ TIÊU'));
  m.items.forEach((it, i) => {
    const target = it.target !== null ? formatTargetValue(it.targetType, it.target, it.measureUnit) : null;
    const owner = [it.ownerName, it.ownerUnitName].filter(Boolean).join(', ');
    blocks.push({
      kind: 'paragraph',
      text: `${i + 1}. ${it.title.replace(/\.$/, '')}.${target ? ` Chỉ tiêu: ${target}.` : ''}${owner ? ` Chủ trì: ${owner}.` : ''}`,
    });
  });
  if (m.criteria) {
    blocks.push(heading('V. TIÊU CHÍ ĐÁNH GIÁ'));
    blocks.push(...paras(m.criteria));
  }
  blocks.push(heading(`${m.criteria ? 'VI' : 'V'}. TỔ CHỨC THỰC HIỆN`));
  blocks.push(...paras(m.plan));
  blocks.push(...paras(m.measures));
  if (m.milestones.length) {
    blocks.push({ kind: 'paragraph', text: 'Các mốc thời gian:' });
    for (const x of m.milestones)
      blocks.push({
        kind: 'paragraph',
        text: `- Ngày ${d(x.date)}: ${MILESTONE_KIND_LABELS[x.kind]} — ${x.name}.`,
      });
  }
  if (m.reportPeriods.length) {
    blocks.push({ kind: 'paragraph', text: 'Báo cáo tiến độ:' });
    for (const p of m.reportPeriods)
      blocks.push({
        kind: 'paragraph',
        text: `- ${p.name}: số liệu đến ngày ${d(p.asOf)}, gửi trước ngày ${d(p.dueDate)}.`,
      });
  }
  blocks.push({
    kind: 'paragraph',
    text: `Trên đây là Kế hoạch phát động ${lowerFirst(m.name)}; đề nghị các cơ quan, đơn vị tổ chức thực hiện./.`,
  });
  return {
    header: {
      parentBody: header.parentBody,
      issuingBody: header.issuingBody,
      number: null,
      symbol: 'KH-UBND',
      place: header.place,
      date: m.launchDate,
    },
    typeName: 'KẾ HOẠCH',
    subject: `Phát động ${lowerFirst(m.name)}`,
    blocks,
    recipients: ['Các đơn vị tham gia', 'Lưu: VT, TĐKT'],
    signer: signerOf(m, header.issuingBody),
    annexes: m.participants.length
      ? [
          {
            title: 'DANH SÁCH ĐƠN VỊ THAM GIA',
            columns: [
              { header: 'STT', width: 8, align: 'center' },
              { header: 'Tên đơn vị', width: 92 },
            ],
            rows: m.participants.map((p, i) => [String(i + 1), p.name]),
          },
        ]
      : [],
  };
}

/** The launch plan of a movement as DOCX, for whoever may read the movement. */
export async function movementLaunchLetterDocx(
  ctx: ServiceContext,
  id: string,
): Promise<{ filename: string; bytes: Buffer }> {
  const m = await getMovement(ctx, id);
  const [reg] = await ctx.read
    .select()
    .from(decisionRegisters)
    .where(eq(decisionRegisters.issuerUnitId, m.launchingUnitId))
    .limit(1);
  let header: { parentBody: string | null; issuingBody: string; place: string };
  if (reg) header = { parentBody: reg.parentBody, issuingBody: reg.issuingBody, place: reg.place };
  else {
    const day = m.launchDate ?? m.startDate ?? ctx.clock.today();
    const v = await versionOn(ctx.read, m.launchingUnitId, day);
    const parent = v?.parentId ? await versionOn(ctx.read, v.parentId, day) : undefined;
    header = {
      parentBody: parent ? bodyName(parent.name) : null,
      issuingBody: bodyName(v?.name ?? m.launchingUnitName),
      place: placeOf(v?.name ?? m.launchingUnitName),
    };
  }
  const bytes = await renderDocx(launchLetterDocument(m, header));
  return { filename: `ke-hoach-phat-dong-${m.slug ?? m.id}.docx`, bytes };
}
