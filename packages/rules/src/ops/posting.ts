/** op "posting": was the public posting long enough before the council met? (NĐ 98 Điều 46 kh2; NĐ 86/2023.) */
import { viName, type Code } from '../codes.js';
import { viDate } from '../dates.js';
import { workingDaysBetween } from '../calendar/holidays.js';
import type { ParameterStore } from '../params/store.js';
import type { PostingResponse } from '../types.js';
import { RULESET_VERSION } from '../version.js';
import { fail, oneOf, reqCode, reqDate, type Obj } from '../validate.js';

const CONVENTIONS = [{ code: 'EXCLUDE_POSTING_DAY' }, { code: 'INCLUDE_POSTING_DAY' }] as const;
const HUAN_CHUONG: readonly Code[] = ['HCLD_HANG_BA', 'HCLD_HANG_NHI', 'HCLD_HANG_NHAT'];

export function evaluatePosting(o: Obj, store: ParameterStore): Omit<PostingResponse, 'id'> {
  const code = reqCode(o, 'code', 'code');
  const postedOn = reqDate(o, 'postedOn', 'postedOn');
  const meetingOn = reqDate(o, 'meetingOn', 'meetingOn');
  if (meetingOn < postedOn) {
    fail('INVALID_REQUEST', 'meetingOn', "Trường 'meetingOn' không được trước 'postedOn'.");
  }
  // Days are counted one by one; a posting longer than ten years is a data error, not a posting.
  if (meetingOn - postedOn > 3660) {
    fail(
      'INVALID_REQUEST',
      'meetingOn',
      "Khoảng cách giữa 'postedOn' và 'meetingOn' quá 10 năm: kiểm tra lại ngày.",
    );
  }
  const conv = store.resolve('posting.counting_convention', meetingOn);
  if (conv === null) {
    fail(
      'NOT_ENCODED',
      'meetingOn',
      `Quy định công khai trước ngày 01/10/2017 chưa được mã hóa (trường 'meetingOn').`,
    );
  }
  const convention =
    o.countingConvention === undefined || o.countingConvention === null
      ? (conv!.value as string)
      : oneOf(CONVENTIONS, o.countingConvention, 'countingConvention');
  const start = convention === 'EXCLUDE_POSTING_DAY' ? postedOn + 1 : postedOn;
  const base = {
    op: 'posting' as const,
    code,
    countingConvention: convention,
    rulesetVersion: RULESET_VERSION,
  };
  const span = `từ ${viDate(postedOn)} đến trước ngày họp ${viDate(meetingOn)}`;

  if (code === 'GIA_DINH_VAN_HOA') {
    const p = store.resolve('posting.gia_dinh_van_hoa_days', meetingOn);
    const days = Math.max(0, meetingOn - start);
    if (p === null) {
      return {
        ...base,
        required: false,
        valid: true,
        workingDays: days,
        minWorkingDays: 0,
        unit: 'CALENDAR_DAYS',
        citation: 'Nghị định 86/2023/NĐ-CP (chưa có hiệu lực)',
        confirmed: false,
        message: { vi: 'Chưa có quy định niêm yết tại thời điểm này', en: 'No posting rule yet' },
      };
    }
    const min = p.value as number;
    return {
      ...base,
      required: true,
      valid: days >= min,
      workingDays: days,
      minWorkingDays: min,
      unit: 'CALENDAR_DAYS',
      citation: p.reference,
      confirmed: p.confirmed && conv!.confirmed,
      message: {
        vi: `Danh sách Gia đình văn hóa niêm yết ${days} ngày (${span}); ${days >= min ? 'đạt' : 'chưa đạt'} yêu cầu ${min} ngày`,
        en: `Posted ${days} calendar days; ${min} required`,
      },
    };
  }

  const wd = workingDaysBetween(start, meetingOn);
  const isHC = HUAN_CHUONG.includes(code);
  const isCstdtq = code === 'CSTD_TOAN_QUOC';
  const p = isHC || isCstdtq ? store.resolve('posting.min_working_days', meetingOn) : null;
  if (p === null) {
    return {
      ...base,
      required: false,
      valid: true,
      workingDays: wd,
      minWorkingDays: 0,
      unit: 'WORKING_DAYS',
      citation:
        'Luật Thi đua, khen thưởng 2022, Điều 84 khoản 5 (công khai bắt buộc đối với Huân chương, danh hiệu vinh dự nhà nước)',
      confirmed: true,
      message: {
        vi: `Không bắt buộc công khai lấy ý kiến trước khi Hội đồng họp đối với ${viName(code)} (${wd} ngày làm việc ${span})`,
        en: `No mandatory public posting for ${code}`,
      },
    };
  }
  const min = p.value as number;
  const valid = wd >= min;
  return {
    ...base,
    required: true,
    valid,
    workingDays: wd,
    minWorkingDays: min,
    unit: 'WORKING_DAYS',
    citation: isCstdtq
      ? `${p.reference} (áp dụng cho Chiến sĩ thi đua toàn quốc theo thực tiễn – INFERENCE)`
      : p.reference,
    confirmed: p.confirmed && conv!.confirmed && !isCstdtq,
    message: {
      vi: `Công khai ${wd} ngày làm việc ${span}${convention === 'EXCLUDE_POSTING_DAY' ? ' (không tính ngày đăng)' : ' (tính cả ngày đăng)'}; ${valid ? 'đạt' : 'chưa đạt'} yêu cầu tối thiểu ${min} ngày làm việc`,
      en: `Posted for ${wd} working days; at least ${min} required`,
    },
  };
}
