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
  DUPLICATE_SLUG: 'Đường dẫn bài viết đã được dùng cho bài khác.',
  EXEMPLAR_CONSENT_REQUIRED:
    'Chưa có sự đồng ý (còn hiệu lực) của cá nhân được nêu gương; không thể đăng thông tin về người này.',
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
  SIGNER_NOT_AUTHORIZED: 'Người ký không có thẩm quyền quyết định danh hiệu, hình thức khen thưởng này.',
  INVALID_TRANSITION: 'Không thể chuyển hồ sơ đề nghị sang trạng thái này.',
  DOSSIER_EMPTY: 'Hồ sơ chưa có cá nhân, tập thể nào được đề nghị.',
  DOSSIER_INCOMPLETE: 'Hồ sơ đề nghị chưa đủ thành phần theo quy định.',
  DEADLINE_PASSED: 'Đã quá hạn nộp hồ sơ đề nghị.',
  DUPLICATE_NOMINEE: 'Người/tập thể này đã được đề nghị cùng hình thức trong hồ sơ.',
  SIMPLIFIED_PROCEDURE_NOT_ALLOWED: 'Trường hợp này không được áp dụng thủ tục đơn giản.',
  RECEIVING_UNIT_NOT_SUPERIOR: 'Cơ quan nhận hồ sơ phải là cấp trên của đơn vị đề nghị.',
  CONSULTATION_OPEN: 'Chưa hết thời gian công khai lấy ý kiến.',
  CONSULTATION_REQUIRED: 'Danh sách phải được công khai lấy ý kiến trước bước này.',
  CONSULTATION_CLOSED: 'Đã hết thời gian nhận ý kiến.',
  POSTING_TOO_SHORT: 'Thời gian công khai chưa đủ số ngày làm việc theo quy định.',
  SPAM_SUSPECTED: 'Ý kiến không được tiếp nhận. Vui lòng điền lại biểu mẫu.',
  SCORE_ABOVE_MAX: 'Điểm chấm vượt quá điểm tối đa của tiêu chí.',
  EVIDENCE_REQUIRED: 'Tiêu chí yêu cầu tài liệu minh chứng nhưng chưa có tệp minh chứng.',
  UNIT_NOT_IN_CLUSTER: 'Đơn vị không thuộc cụm/khối thi đua của đợt chấm điểm.',
  SELF_CROSS_SCORING: 'Đơn vị không được chấm chéo cho chính mình.',
  SCORER_RECUSED: 'Đơn vị chấm đã khai báo xung đột lợi ích với đơn vị này nên không được chấm.',
  NOT_ASSIGNED_TO_SCORE: 'Đơn vị không được phân công chấm điểm đơn vị này.',
  SCORING_ROUND_STATE: 'Thao tác không phù hợp với trạng thái hiện tại của đợt chấm điểm.',
  TEMPLATE_IN_USE: 'Mẫu chấm điểm đã được dùng cho đợt chấm điểm, không thể sửa.',
  APPEAL_WINDOW_CLOSED: 'Không trong thời hạn phúc khảo.',
  APPEALS_PENDING: 'Còn đơn phúc khảo chưa giải quyết.',
  INTERNAL: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại hoặc liên hệ quản trị viên.',
} as const;
export type ErrorCode = keyof typeof ERROR_MESSAGES;

export interface ApiErrorBody {
  error: ErrorCode | string;
  message: string;
  details?: unknown;
}
