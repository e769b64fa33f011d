import { ERROR_MESSAGES } from '@vinhdanh/shared';

/** Vietnamese is the source catalogue: error code → message. Shared codes first, client-only codes after. */
export const vi: Record<string, string> = {
  ...ERROR_MESSAGES,
  NETWORK_ERROR: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
  BAD_RESPONSE: 'Máy chủ trả về dữ liệu không đọc được.',
  UNKNOWN: 'Đã xảy ra lỗi không xác định.',
};
