import { z } from 'zod';
import { BALLOT_CHOICES } from '../ballot';
import { ZLegalDate } from './common';

/** Chức danh trong Hội đồng TĐKT. */
export const COUNCIL_ROLES = ['CHU_TICH', 'PHO_CHU_TICH', 'UY_VIEN', 'THU_KY'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];
export const COUNCIL_ROLE_LABELS: Record<CouncilRole, string> = {
  CHU_TICH: 'Chủ tịch Hội đồng',
  PHO_CHU_TICH: 'Phó Chủ tịch Hội đồng',
  UY_VIEN: 'Ủy viên',
  THU_KY: 'Ủy viên, Thư ký Hội đồng',
};

export const MEETING_STATUSES = ['DRAFT', 'VOTING', 'CLOSED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  DRAFT: 'Chuẩn bị họp',
  VOTING: 'Đang bỏ phiếu',
  CLOSED: 'Đã kết thúc, công bố kết quả',
};
export const MEETING_METHODS = ['ONLINE', 'PAPER'] as const;
export type MeetingMethod = (typeof MEETING_METHODS)[number];
export const MEETING_METHOD_LABELS: Record<MeetingMethod, string> = {
  ONLINE: 'Bỏ phiếu kín trực tuyến',
  PAPER: 'Bỏ phiếu kín bằng giấy',
};

const ZText = (max: number) => z.string().trim().min(1, 'Không được để trống.').max(max);

export const ZCouncilMember = z.object({
  id: z.string(),
  personId: z.string(),
  fullName: z.string(),
  role: z.enum(COUNCIL_ROLES),
  position: z.string().nullable(),
  voting: z.boolean(),
  fromDate: z.string(),
  toDate: z.string().nullable(),
  /** In office today. */
  inOffice: z.boolean(),
});
export type CouncilMember = z.infer<typeof ZCouncilMember>;

export const ZCouncil = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  name: z.string(),
  termFrom: z.string(),
  termTo: z.string().nullable(),
  basis: z.string(),
  members: z.array(ZCouncilMember),
});
export type Council = z.infer<typeof ZCouncil>;

export const ZCreateCouncilInput = z.object({
  unitId: z.string().uuid('Chưa chọn đơn vị.'),
  name: ZText(300),
  termFrom: ZLegalDate,
  termTo: ZLegalDate.nullish(),
  basis: ZText(500),
});
export type CreateCouncilInput = z.infer<typeof ZCreateCouncilInput>;

export const ZAddCouncilMemberInput = z.object({
  personId: z.string().uuid('Chưa chọn cán bộ.'),
  role: z.enum(COUNCIL_ROLES, { message: 'Chức danh không hợp lệ.' }),
  position: z.string().trim().max(300).nullish(),
  voting: z.boolean().default(true),
  fromDate: ZLegalDate,
  toDate: ZLegalDate.nullish(),
});
export type AddCouncilMemberInput = z.infer<typeof ZAddCouncilMemberInput>;
export const ZEndCouncilMemberInput = z.object({ toDate: ZLegalDate });

export const ZCreateMeetingInput = z.object({
  title: ZText(300),
  meetingDate: ZLegalDate,
  location: z.string().trim().max(300).nullish(),
});
export type CreateMeetingInput = z.infer<typeof ZCreateMeetingInput>;

export const ZAddAgendaItemInput = z.object({
  nomineeName: ZText(300),
  nomineeUnit: z.string().trim().max(300).nullish(),
  awardCode: ZText(64),
  summary: z.string().trim().max(2000).nullish(),
});
export type AddAgendaItemInput = z.infer<typeof ZAddAgendaItemInput>;

export const ZAttendanceInput = z.object({
  members: z
    .array(z.object({ memberId: z.string().uuid(), present: z.boolean() }))
    .min(1)
    .max(200),
});
export const ZDeclareCouncilConflictInput = z.object({
  itemId: z.string().uuid(),
  /** Omitted: the acting member declares their own conflict. */
  memberId: z.string().uuid().nullish(),
  reason: ZText(1000),
});

export const ZBallotPublicKey = z.object({ kty: z.literal('RSA'), n: z.string(), e: z.string() });

export const ZItemResult = z.object({
  membersInOffice: z.number().int(),
  present: z.number().int(),
  yes: z.number().int(),
  no: z.number().int(),
  abstain: z.number().int(),
  invalid: z.number().int(),
  online: z.number().int(),
  written: z.number().int(),
  paper: z.number().int(),
  threshold: z.number().nullable(),
  citation: z.string(),
  confirmed: z.boolean(),
  passed: z.boolean(),
  message: z.string(),
});
export type ItemResult = z.infer<typeof ZItemResult>;

export const ZMeetingItem = z.object({
  id: z.string(),
  position: z.number().int(),
  nominationId: z.string().nullable(),
  nomineeName: z.string(),
  nomineeUnit: z.string().nullable(),
  awardCode: z.string(),
  awardName: z.string(),
  summary: z.string().nullable(),
  publicKey: ZBallotPublicKey.nullable(),
  keyDestroyedAt: z.string().nullable(),
  recusals: z.array(z.object({ memberId: z.string(), fullName: z.string(), reason: z.string() })),
  tokensIssued: z.number().int(),
  ballotsCast: z.number().int(),
  writtenVotes: z.array(
    z.object({
      id: z.string(),
      memberId: z.string(),
      fullName: z.string(),
      choice: z.enum(BALLOT_CHOICES),
      confirmed: z.boolean(),
    }),
  ),
  paperCounts: z.array(
    z.object({
      entry: z.number().int(),
      enteredBy: z.string(),
      yes: z.number().int(),
      no: z.number().int(),
      abstain: z.number().int(),
      invalid: z.number().int(),
    }),
  ),
  result: ZItemResult.nullable(),
});
export type MeetingItem = z.infer<typeof ZMeetingItem>;

export const ZMeetingMember = ZCouncilMember.extend({ present: z.boolean().nullable() });

export const ZMeeting = z.object({
  id: z.string(),
  councilId: z.string(),
  councilName: z.string(),
  unitName: z.string(),
  title: z.string(),
  meetingDate: z.string(),
  location: z.string().nullable(),
  method: z.enum(MEETING_METHODS),
  status: z.enum(MEETING_STATUSES),
  steps: z.array(z.object({ kind: z.string(), at: z.string(), note: z.string().nullable() })),
  /** Voting members in office on the meeting date (the denominator). */
  members: z.array(ZMeetingMember),
  items: z.array(ZMeetingItem),
  /** What the acting account may do here. */
  canManage: z.boolean(),
  /** Set when the acting account is a voting member in office on the meeting date. */
  me: z
    .object({
      memberId: z.string(),
      recusedItemIds: z.array(z.string()),
      tokenItemIds: z.array(z.string()),
      writtenItemIds: z.array(z.string()),
    })
    .nullable(),
});
export type Meeting = z.infer<typeof ZMeeting>;

export const ZMeetingSummary = z.object({
  id: z.string(),
  councilId: z.string(),
  councilName: z.string(),
  title: z.string(),
  meetingDate: z.string(),
  method: z.enum(MEETING_METHODS),
  status: z.enum(MEETING_STATUSES),
  items: z.number().int(),
  isMember: z.boolean(),
});
export type MeetingSummary = z.infer<typeof ZMeetingSummary>;

export const ZIssueTokensInput = z.object({
  items: z
    .array(z.object({ itemId: z.string().uuid(), blindedMsg: z.string().min(100).max(2000) }))
    .min(1)
    .max(200),
});
export const ZIssueTokensResult = z.object({
  items: z.array(z.object({ itemId: z.string(), blindSig: z.string() })),
});

export const ZCastBallotInput = z.object({
  itemId: z.string().uuid(),
  token: z.string().regex(/^[0-9a-f]{64}$/, 'Mã phiếu không hợp lệ.'),
  signature: z.string().min(100).max(2000),
  choice: z.enum(BALLOT_CHOICES, { message: 'Lựa chọn không hợp lệ.' }),
});
export const ZCastBallotResult = z.object({ tokenId: z.string() });

export const ZWrittenVoteInput = z.object({
  itemId: z.string().uuid(),
  memberId: z.string().uuid(),
  choice: z.enum(BALLOT_CHOICES, { message: 'Lựa chọn không hợp lệ.' }),
});
export const ZPaperCountInput = z.object({
  itemId: z.string().uuid(),
  yes: z.number().int().min(0).max(1000),
  no: z.number().int().min(0).max(1000),
  abstain: z.number().int().min(0).max(1000),
  invalid: z.number().int().min(0).max(1000),
});
export const ZPaperFallbackInput = z.object({ reason: ZText(1000) });

export const ZPublishedBallot = z.object({
  itemId: z.string(),
  source: z.enum(['ONLINE', 'WRITTEN', 'PAPER']),
  tokenId: z.string().nullable(),
  signature: z.string().nullable(),
  choice: z.enum(BALLOT_CHOICES),
  count: z.number().int(),
});
export const ZPublishedBallots = z.object({
  meetingId: z.string(),
  items: z.array(
    z.object({ itemId: z.string(), nomineeName: z.string(), publicKey: ZBallotPublicKey.nullable() }),
  ),
  ballots: z.array(ZPublishedBallot),
});
export type PublishedBallots = z.infer<typeof ZPublishedBallots>;

/** Agenda from appraised dossiers: nominations in APPRAISED_PASSED_TO_COUNCIL within the council's body. */
export const ZAgendaNomination = z.object({
  nominationId: z.string(),
  dossierId: z.string(),
  dossierTitle: z.string(),
  proposingUnitName: z.string(),
  nomineeName: z.string(),
  nomineeUnit: z.string(),
  awardCode: z.string(),
  awardName: z.string(),
});
export type AgendaNomination = z.infer<typeof ZAgendaNomination>;
export const ZAddAgendaFromNominationsInput = z.object({
  nominationIds: z
    .array(z.string().uuid('Mã không hợp lệ.'))
    .min(1, 'Chọn ít nhất một người được đề nghị.')
    .max(500),
});
export const MINUTES_KINDS = ['bien-ban-hop', 'bien-ban-kiem-phieu'] as const;
export type MinutesKind = (typeof MINUTES_KINDS)[number];
