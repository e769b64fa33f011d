/**
 * Stable error codes. The body of every API error is `{ error: CODE, message, details }`;
 * `message` is Vietnamese, the UI may translate by code.
 */
export const ERROR_MESSAGES = {
  VALIDATION_FAILED: 'Dữ liệu gửi lên không hợp lệ.',
  INVALID_DATE: 'Ngày không hợp lệ (định dạng YYYY-MM-DD).',
  UNAUTHENTICATED: 'Bạn cần đăng nhập để tiếp tục.',
  INVALID_CREDENTIALS: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  ACCOUNT_LOCKED: 'Tài khoản tạm bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau.',
  ACCOUNT_DISABLED: 'Tài khoản đã bị vô hiệu hóa.',
  CSRF_FAILED: 'Phiên làm việc không hợp lệ (thiếu mã chống giả mạo yêu cầu). Vui lòng tải lại trang.',
  FORBIDDEN: 'Bạn không có quyền thực hiện thao tác này.',
  OUT_OF_SCOPE: 'Đối tượng nằm ngoài phạm vi đơn vị bạn được phân quyền.',
  NOT_FOUND: 'Không tìm thấy dữ liệu yêu cầu.',
  CONFLICT: 'Dữ liệu đã bị thay đổi bởi người khác. Vui lòng tải lại và thử lại.',
  DUPLICATE_NATIONAL_ID: 'Số CCCD đã tồn tại trong hệ thống.',
  DUPLICATE_STAFF_CODE: 'Mã cán bộ đã tồn tại trong hệ thống.',
  DUPLICATE_CODE: 'Mã đã tồn tại.',
  DUPLICATE_USERNAME: 'Tên đăng nhập đã tồn tại.',
  UNIT_NOT_VALID_ON_DATE: 'Đơn vị không còn hiệu lực vào ngày đã chọn.',
  DISTRICT_LEVEL_ABOLISHED: 'Từ ngày 01/07/2025 không còn đơn vị hành chính cấp huyện.',
  INVALID_PERIOD: 'Khoảng thời gian không hợp lệ (ngày bắt đầu sau ngày kết thúc).',
  PARENT_CYCLE: 'Không thể chọn đơn vị cấp dưới làm đơn vị cấp trên.',
  INVALID_LINEAGE_EVENT: 'Sự kiện tổ chức không hợp lệ.',
  UNIT_HAS_ACTIVE_CHILDREN: 'Đơn vị còn đơn vị trực thuộc đang hoạt động.',
  FILE_TOO_LARGE: 'Tệp vượt quá dung lượng cho phép.',
  UNSUPPORTED_FILE_TYPE: 'Loại tệp không được hỗ trợ.',
  INVALID_SPREADSHEET: 'Không đọc được tệp Excel (.xlsx).',
  IMPORT_HEADER_MISMATCH: 'Tiêu đề cột của tệp không khớp với mẫu nhập liệu.',
  JOB_NOT_FOUND: 'Không tìm thấy tác vụ nền.',
  RATE_LIMITED: 'Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
  PASSWORD_TOO_WEAK: 'Mật khẩu phải có ít nhất 10 ký tự.',
  // Hội đồng TĐKT và bỏ phiếu kín
  MEETING_NOT_DRAFT:
    'Phiên họp đã mở bỏ phiếu hoặc đã kết thúc: không thay đổi được chương trình, thành phần.',
  MEETING_NOT_VOTING: 'Phiên họp không trong thời gian bỏ phiếu.',
  MEETING_EMPTY_AGENDA: 'Chương trình họp chưa có nội dung để bỏ phiếu.',
  QUORUM_NOT_MET: 'Số thành viên Hội đồng tham dự chưa đủ để họp xét khen thưởng.',
  NOT_COUNCIL_MEMBER:
    'Bạn không phải thành viên Hội đồng đương nhiệm có quyền biểu quyết trong phiên họp này.',
  MEMBER_RECUSED: 'Thành viên đã tự nguyện không tham gia biểu quyết nội dung này (xung đột lợi ích).',
  TOKEN_ALREADY_ISSUED: 'Thành viên đã nhận phiếu cho nội dung này.',
  WRITTEN_VOTE_EXISTS: 'Thành viên đã có phiếu lấy ý kiến bằng văn bản cho nội dung này.',
  BALLOT_SIGNATURE_INVALID: 'Phiếu không có chữ ký hợp lệ của Hội đồng cho nội dung này.',
  BALLOT_TOKEN_USED: 'Mã phiếu này đã được dùng để bỏ phiếu.',
  BLINDED_MESSAGE_INVALID: 'Yêu cầu cấp phiếu không hợp lệ.',
  METHOD_NOT_PAPER: 'Phiên họp không bỏ phiếu bằng giấy.',
  METHOD_NOT_ONLINE: 'Phiên họp đã chuyển sang bỏ phiếu bằng giấy.',
  PAPER_COUNT_MISMATCH: 'Kết quả kiểm phiếu nhập lần hai không khớp lần một. Cần kiểm lại phiếu.',
  PAPER_COUNT_INCOMPLETE: 'Chưa có kết quả kiểm phiếu giấy được hai cán bộ xác nhận cho mọi nội dung.',
  WRITTEN_VOTE_SAME_OFFICER: 'Phiếu bằng văn bản phải do một cán bộ khác xác nhận.',
  WRITTEN_VOTE_UNCONFIRMED: 'Còn phiếu bằng văn bản chưa được cán bộ thứ hai xác nhận.',
  BALLOTS_NOT_PUBLISHED: 'Phiếu bầu chỉ được công bố sau khi kết thúc phiên họp.',
  TOO_MANY_BALLOTS: 'Tổng số phiếu vượt quá số thành viên Hội đồng.',
  INTERNAL: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại hoặc liên hệ quản trị viên.',
} as const;
export type ErrorCode = keyof typeof ERROR_MESSAGES;

export interface ApiErrorBody {
  error: ErrorCode | string;
  message: string;
  details?: unknown;
}
