/**
 * Biên bản họp Hội đồng and Biên bản kiểm phiếu, as document data (the NĐ 30/2020 model of the documents module:
 * header, type name, subject, blocks, annex tables, signer). Built only from a closed meeting's frozen results.
 */
import { BALLOT_CHOICE_LABELS, COUNCIL_ROLE_LABELS, formatLegalDate, type Meeting } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { NotFoundError, ServiceError } from '../../errors';
import { renderDocx, type OfficialDocument } from '../../documents';
import { getMeeting } from './meetings';

export interface MinutesDocument {
  header: { issuingBody: string; symbol: string; place: string; date: string | null; number?: number | null };
  typeName: 'BIÊN BẢN';
  subject: string;
  blocks: (
    | { kind: 'paragraph'; text: string; bold?: boolean; italic?: boolean }
    | { kind: 'centered'; text: string; bold?: boolean }
  )[];
  annexes: {
    title: string;
    reference: string | null;
    columns: { header: string; width: number }[];
    rows: string[][];
  }[];
  signer: { title: string; name: string } | null;
  title: string;
}

const pct = (yes: number, total: number) =>
  total === 0 ? '0' : (Math.round((yes / total) * 1000) / 10).toString().replace('.', ',');
const thresholdText = (t: number | null) =>
  t === null ? 'quá bán (quy chế Hội đồng)' : `từ ${Math.round(t * 100)} % trở lên`;

/** Both minutes of a closed meeting. */
export async function meetingMinutes(
  ctx: ServiceContext,
  meetingId: string,
): Promise<{ meeting: MinutesDocument; tally: MinutesDocument }> {
  const m = await getMeeting(ctx, meetingId);
  if (m.status !== 'CLOSED')
    throw new ServiceError('BALLOTS_NOT_PUBLISHED', 'Biên bản chỉ lập được sau khi kết thúc phiên họp.');
  return { meeting: meetingRecord(m), tally: tallyRecord(m) };
}

function header(m: Meeting) {
  return {
    issuingBody: m.councilName.toUpperCase(),
    symbol: 'BB-HĐTĐKT',
    place: m.unitName.replace(/^(Quận|Huyện|Phường|Xã|Thành phố|Tỉnh|Thị xã)\s+/i, ''),
    date: m.meetingDate,
    number: null,
  };
}

function chair(m: Meeting) {
  const c = m.members.find((x) => x.role === 'CHU_TICH');
  return { title: 'CHỦ TỊCH HỘI ĐỒNG', name: c?.fullName ?? '' };
}

export function meetingRecord(m: Meeting): MinutesDocument {
  const present = m.members.filter((x) => x.present);
  const absent = m.members.filter((x) => x.present === false);
  const blocks: MinutesDocument['blocks'] = [
    {
      kind: 'paragraph',
      text: `Hôm nay, ngày ${formatLegalDate(m.meetingDate)}${m.location ? `, tại ${m.location}` : ''}, ${m.councilName} họp xét khen thưởng.`,
    },
    { kind: 'paragraph', text: 'I. THÀNH PHẦN', bold: true },
    {
      kind: 'paragraph',
      text: `Tổng số thành viên Hội đồng: ${m.members.length}; có mặt: ${present.length}; vắng mặt: ${absent.length}.`,
    },
    ...present.map((x) => ({
      kind: 'paragraph' as const,
      text: `- ${x.fullName}, ${COUNCIL_ROLE_LABELS[x.role]}${x.position ? ` (${x.position})` : ''}: có mặt.`,
    })),
    ...absent.map((x) => ({
      kind: 'paragraph' as const,
      text: `- ${x.fullName}, ${COUNCIL_ROLE_LABELS[x.role]}: vắng mặt, lấy ý kiến bằng văn bản.`,
    })),
    { kind: 'paragraph', text: 'II. NỘI DUNG', bold: true },
    {
      kind: 'paragraph',
      text: `Hội đồng xem xét ${m.items.length} trường hợp đề nghị khen thưởng và biểu quyết bằng hình thức ${
        m.method === 'ONLINE'
          ? 'bỏ phiếu kín trực tuyến (phiếu ẩn danh có chữ ký mù)'
          : 'bỏ phiếu kín bằng giấy'
      }.`,
    },
    ...m.items.flatMap((i) => [
      {
        kind: 'paragraph' as const,
        text: `${i.position}. ${i.nomineeName}${i.nomineeUnit ? `, ${i.nomineeUnit}` : ''} — đề nghị ${i.awardName}.`,
      },
      ...i.recusals.map((r) => ({
        kind: 'paragraph' as const,
        text: `Thành viên ${r.fullName} không tham gia biểu quyết (${r.reason}).`,
        italic: true,
      })),
    ]),
    { kind: 'paragraph', text: 'III. KẾT QUẢ', bold: true },
    ...m.items.map((i) => ({
      kind: 'paragraph' as const,
      text: `${i.nomineeName}: ${i.result!.yes}/${i.result!.membersInOffice} thành viên đồng ý (${pct(
        i.result!.yes,
        i.result!.membersInOffice,
      )} %), ${i.result!.passed ? 'đạt' : 'không đạt'} tỷ lệ ${thresholdText(i.result!.threshold)}.`,
    })),
    {
      kind: 'paragraph',
      text: 'Kết quả kiểm phiếu chi tiết tại Biên bản kiểm phiếu kèm theo.',
      italic: true,
    },
  ];
  return {
    header: header(m),
    typeName: 'BIÊN BẢN',
    subject: `Họp ${m.councilName}: ${m.title}`,
    blocks,
    annexes: [],
    signer: chair(m),
    title: `Biên bản họp — ${m.title}`,
  };
}

export function tallyRecord(m: Meeting): MinutesDocument {
  const citation = m.items[0]?.result?.citation ?? '';
  const rows = m.items.map((i) => {
    const r = i.result!;
    return [
      String(i.position),
      i.nomineeName,
      i.awardName,
      String(r.membersInOffice),
      String(r.online + r.written + r.paper),
      String(r.yes),
      String(r.no),
      String(r.abstain),
      `${pct(r.yes, r.membersInOffice)} %`,
      thresholdText(r.threshold),
      r.passed ? 'Đạt' : 'Không đạt',
    ];
  });
  const notes = m.items.flatMap((i) =>
    i.writtenVotes.map((w) => `${w.fullName}: ${BALLOT_CHOICE_LABELS[w.choice]} (${i.nomineeName})`),
  );
  return {
    header: header(m),
    typeName: 'BIÊN BẢN',
    subject: `Kiểm phiếu ${m.title}`,
    blocks: [
      {
        kind: 'paragraph',
        text: `Tổng số thành viên Hội đồng đương nhiệm: ${m.members.length}. Số thành viên có mặt: ${
          m.members.filter((x) => x.present).length
        }. Tỷ lệ đồng ý tính trên tổng số thành viên của Hội đồng (${citation}).`,
      },
      {
        kind: 'paragraph',
        text:
          m.method === 'ONLINE'
            ? 'Phiếu trực tuyến được công bố kèm chữ ký của Hội đồng; mọi thành viên có thể tự kiểm phiếu lại và kiểm tra phiếu của mình bằng biên nhận.'
            : 'Phiếu giấy do hai cán bộ kiểm độc lập, kết quả hai lần kiểm khớp nhau.',
      },
      ...(notes.length > 0
        ? [
            {
              kind: 'paragraph' as const,
              text: `Ý kiến bằng văn bản của thành viên vắng mặt: ${notes.join('; ')}.`,
            },
          ]
        : []),
    ],
    annexes: [
      {
        title: 'KẾT QUẢ KIỂM PHIẾU',
        reference: null,
        columns: [
          { header: 'TT', width: 4 },
          { header: 'Họ và tên / Tập thể', width: 18 },
          { header: 'Danh hiệu, hình thức', width: 16 },
          { header: 'Tổng số thành viên', width: 8 },
          { header: 'Số phiếu', width: 7 },
          { header: 'Đồng ý', width: 7 },
          { header: 'Không đồng ý', width: 7 },
          { header: 'Không biểu quyết', width: 8 },
          { header: 'Tỷ lệ đồng ý', width: 8 },
          { header: 'Ngưỡng', width: 10 },
          { header: 'Kết quả', width: 8 },
        ],
        rows,
      },
    ],
    signer: chair(m),
    title: `Biên bản kiểm phiếu — ${m.title}`,
  };
}

/**
 * Biên bản họp / Biên bản kiểm phiếu as DOCX in the NĐ 30/2020 layout (documents module). A read: anyone who may
 * read the closed meeting may download it.
 */
export async function minutesDocx(
  ctx: ServiceContext,
  meetingId: string,
  kind: string,
): Promise<{ bytes: Buffer; filename: string }> {
  if (kind !== 'bien-ban-hop' && kind !== 'bien-ban-kiem-phieu')
    throw new NotFoundError('Không có loại biên bản này.');
  const both = await meetingMinutes(ctx, meetingId);
  const m = kind === 'bien-ban-hop' ? both.meeting : both.tally;
  const doc: OfficialDocument = {
    header: m.header,
    typeName: m.typeName,
    subject: m.subject,
    blocks: m.blocks,
    annexes: m.annexes.map((a) => ({ ...a, landscape: a.columns.length > 6 })),
    signer: m.signer,
    title: m.title,
  };
  return { bytes: await renderDocx(doc), filename: `${kind}-${meetingId.slice(0, 8)}.docx` };
}
