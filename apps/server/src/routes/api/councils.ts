import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ZAddAgendaFromNominationsInput,
  ZAddAgendaItemInput,
  ZAgendaNomination,
  ZAddCouncilMemberInput,
  ZAttendanceInput,
  ZCastBallotInput,
  ZCastBallotResult,
  ZCouncil,
  ZCreateCouncilInput,
  ZCreateMeetingInput,
  ZDeclareCouncilConflictInput,
  ZEndCouncilMemberInput,
  ZIssueTokensInput,
  ZIssueTokensResult,
  ZMeeting,
  ZMeetingSummary,
  ZPaperCountInput,
  ZPaperFallbackInput,
  ZPublishedBallots,
  ZWrittenVoteInput,
} from '@vinhdanh/shared';
import {
  addCouncilMember,
  createCouncil,
  endCouncilMember,
  getCouncil,
  listCouncils,
} from '../../services/councils/councils';
import {
  addAgendaItem,
  createMeeting,
  declareConflict,
  getMeeting,
  listMeetings,
  recordAttendance,
} from '../../services/councils/meetings';
import { castBallot, issueBallotTokens, openVoting, switchToPaper } from '../../services/councils/voting';
import { confirmWrittenVote, enterPaperCount, enterWrittenVote } from '../../services/councils/manual-votes';
import { closeMeeting, publishedBallots } from '../../services/councils/close-meeting';
import { meetingMinutes, minutesDocx } from '../../services/councils/minutes';
import { addAgendaFromNominations, listAgendaNominations } from '../../services/councils/agenda-nominations';
import { DOCX_MIME } from '../../documents';
import { defineRoutes } from '../route';

type Params = { id: string; memberId: string; voteId: string; kind: string };
const TAG = ['Hội đồng TĐKT'];

export function councilRoutes(app: FastifyInstance) {
  defineRoutes(app, [
    {
      method: 'GET',
      url: '/api/v1/councils',
      summary: 'Danh sách Hội đồng TĐKT trong phạm vi (hoặc Hội đồng mình là thành viên)',
      tags: TAG,
      query: z.object({ unitId: z.string().optional() }),
      response: z.array(ZCouncil),
      handler: async (req, _r, ctx) => listCouncils(ctx, req.query),
    },
    {
      method: 'POST',
      url: '/api/v1/councils',
      summary: 'Thành lập Hội đồng TĐKT cho một nhiệm kỳ',
      tags: TAG,
      body: ZCreateCouncilInput,
      response: ZCouncil,
      status: 201,
      handler: async (req, _r, ctx) => createCouncil(ctx, req.body),
    },
    {
      method: 'GET',
      url: '/api/v1/councils/:id',
      summary: 'Hội đồng và thành viên theo nhiệm kỳ',
      tags: TAG,
      response: ZCouncil,
      handler: async (req, _r, ctx) => getCouncil(ctx, (req.params as Params).id),
    },
    {
      method: 'POST',
      url: '/api/v1/councils/:id/members',
      summary: 'Thêm thành viên (Chủ tịch, Phó Chủ tịch, Ủy viên, Thư ký) cho một thời gian',
      tags: TAG,
      body: ZAddCouncilMemberInput,
      response: ZCouncil,
      handler: async (req, _r, ctx) => addCouncilMember(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/councils/:id/members/:memberId/end',
      summary: 'Kết thúc nhiệm vụ của một thành viên từ một ngày',
      tags: TAG,
      body: ZEndCouncilMemberInput,
      response: ZCouncil,
      handler: async (req, _r, ctx) =>
        endCouncilMember(ctx, (req.params as Params).id, (req.params as Params).memberId, req.body),
    },
    {
      method: 'GET',
      url: '/api/v1/councils/:id/meetings',
      summary: 'Các phiên họp của Hội đồng',
      tags: TAG,
      response: z.array(ZMeetingSummary),
      handler: async (req, _r, ctx) => listMeetings(ctx, (req.params as Params).id),
    },
    {
      method: 'POST',
      url: '/api/v1/councils/:id/meetings',
      summary: 'Lập phiên họp Hội đồng',
      tags: TAG,
      body: ZCreateMeetingInput,
      response: ZMeeting,
      status: 201,
      handler: async (req, _r, ctx) => createMeeting(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'GET',
      url: '/api/v1/meetings',
      summary: 'Các phiên họp của mọi Hội đồng mình được xem hoặc là thành viên',
      tags: TAG,
      response: z.array(ZMeetingSummary),
      handler: async (_req, _r, ctx) => listMeetings(ctx, null),
    },
    {
      method: 'GET',
      url: '/api/v1/meetings/:id',
      summary: 'Phiên họp: chương trình, thành phần, trạng thái bỏ phiếu, kết quả',
      tags: TAG,
      response: ZMeeting,
      handler: async (req, _r, ctx) => getMeeting(ctx, (req.params as Params).id),
    },
    {
      method: 'POST',
      url: '/api/v1/meetings/:id/items',
      summary: 'Thêm nội dung (một người/tập thể được đề nghị) vào chương trình họp',
      tags: TAG,
      body: ZAddAgendaItemInput,
      response: ZMeeting,
      handler: async (req, _r, ctx) => addAgendaItem(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'GET',
      url: '/api/v1/meetings/:id/nomination-candidates',
      summary:
        'Người đã thẩm định, trình Hội đồng (trong phạm vi của Hội đồng) có thể đưa vào chương trình họp',
      tags: TAG,
      response: z.array(ZAgendaNomination),
      handler: async (req, _r, ctx) => listAgendaNominations(ctx, (req.params as Params).id),
    },
    {
      method: 'POST',
      url: '/api/v1/meetings/:id/items/from-nominations',
      summary: 'Thêm nội dung từ hồ sơ đã thẩm định (liên kết với đề nghị khen thưởng)',
      tags: TAG,
      body: ZAddAgendaFromNominationsInput,
      response: ZMeeting,
      status: 201,
      handler: async (req, _r, ctx) => addAgendaFromNominations(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'PUT',
      url: '/api/v1/meetings/:id/attendance',
      summary: 'Điểm danh thành viên có mặt/vắng mặt',
      tags: TAG,
      body: ZAttendanceInput,
      response: ZMeeting,
      handler: async (req, _r, ctx) => recordAttendance(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/meetings/:id/conflicts',
      summary: 'Kê khai xung đột lợi ích, không tham gia biểu quyết một nội dung',
      tags: TAG,
      body: ZDeclareCouncilConflictInput,
      response: ZMeeting,
      handler: async (req, _r, ctx) => declareConflict(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/meetings/:id/open',
      summary: 'Mở bỏ phiếu (kiểm tra số thành viên tham dự, tạo khóa cho từng nội dung)',
      tags: TAG,
      response: ZMeeting,
      handler: async (req, _r, ctx) => openVoting(ctx, (req.params as Params).id),
    },
    {
      method: 'POST',
      url: '/api/v1/meetings/:id/tokens',
      summary:
        'Thành viên nhận phiếu: gửi thông điệp đã làm mù, nhận chữ ký mù (máy chủ không biết mã phiếu)',
      tags: TAG,
      body: ZIssueTokensInput,
      response: ZIssueTokensResult,
      handler: async (req, _r, ctx) => issueBallotTokens(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/ballots/cast',
      summary: 'Bỏ phiếu kín (ẩn danh: không phiên đăng nhập, không ghi nhật ký truy cập)',
      tags: TAG,
      anonymous: true,
      body: ZCastBallotInput,
      response: ZCastBallotResult,
      handler: async (req, _r, ctx) => castBallot(ctx, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/meetings/:id/written-votes',
      summary: 'Nhập phiếu lấy ý kiến bằng văn bản của thành viên vắng mặt',
      tags: TAG,
      body: ZWrittenVoteInput,
      response: ZMeeting,
      handler: async (req, _r, ctx) => enterWrittenVote(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/meetings/:id/written-votes/:voteId/confirm',
      summary: 'Cán bộ thứ hai xác nhận phiếu bằng văn bản',
      tags: TAG,
      response: ZMeeting,
      handler: async (req, _r, ctx) =>
        confirmWrittenVote(ctx, (req.params as Params).id, (req.params as Params).voteId),
    },
    {
      method: 'POST',
      url: '/api/v1/meetings/:id/paper-fallback',
      summary: 'Chuyển sang bỏ phiếu giấy (hủy phiếu trực tuyến chưa công bố)',
      tags: TAG,
      body: ZPaperFallbackInput,
      response: ZMeeting,
      handler: async (req, _r, ctx) => switchToPaper(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/meetings/:id/paper-counts',
      summary: 'Nhập kết quả kiểm phiếu giấy (hai cán bộ nhập độc lập, phải khớp)',
      tags: TAG,
      body: ZPaperCountInput,
      response: ZMeeting,
      handler: async (req, _r, ctx) => enterPaperCount(ctx, (req.params as Params).id, req.body),
    },
    {
      method: 'POST',
      url: '/api/v1/meetings/:id/close',
      summary: 'Kết thúc bỏ phiếu, công bố phiếu, kiểm phiếu theo ngưỡng trên tổng số thành viên',
      tags: TAG,
      response: ZMeeting,
      handler: async (req, _r, ctx) => closeMeeting(ctx, (req.params as Params).id),
    },
    {
      method: 'GET',
      url: '/api/v1/meetings/:id/ballots',
      summary: 'Danh sách phiếu đã công bố và khóa công khai (để tự kiểm phiếu lại)',
      tags: TAG,
      response: ZPublishedBallots,
      handler: async (req, _r, ctx) => publishedBallots(ctx, (req.params as Params).id),
    },
    {
      method: 'GET',
      url: '/api/v1/meetings/:id/minutes',
      summary: 'Dữ liệu Biên bản họp và Biên bản kiểm phiếu (sau khi kết thúc)',
      tags: TAG,
      handler: async (req, _r, ctx) => meetingMinutes(ctx, (req.params as Params).id),
    },
    {
      method: 'GET',
      url: '/api/v1/meetings/:id/minutes/:kind/docx',
      summary:
        'Tải Biên bản họp (bien-ban-hop) hoặc Biên bản kiểm phiếu (bien-ban-kiem-phieu), Word, thể thức NĐ 30/2020',
      tags: TAG,
      produces: DOCX_MIME,
      handler: async (req, reply, ctx) => {
        const p = req.params as Params;
        const f = await minutesDocx(ctx, p.id, p.kind);
        reply
          .header('content-type', DOCX_MIME)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.filename)}`);
        return f.bytes;
      },
    },
  ]);
}
