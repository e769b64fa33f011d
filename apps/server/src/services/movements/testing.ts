import type { SaveMovementInput } from '@vinhdanh/shared';

/** A complete movement modelled on the 2020 Ba Đình campaign, for tests (override what the test varies). */
export function campaignInput(
  launchingUnitId: string,
  participants: SaveMovementInput['participants'],
  over: Partial<SaveMovementInput> = {},
): SaveMovementInput {
  return {
    name: 'Đợt thi đua cao điểm chào mừng Đại hội Đảng bộ quận lần thứ 26',
    kind: 'DOT',
    launchingUnitId,
    scope: 'CO_QUAN_DON_VI',
    signerName: 'Tạ Nam Chiến',
    signerPosition: 'Phó Bí thư Quận ủy, Chủ tịch UBND quận',
    launchDate: '2020-02-27',
    launchEvent: 'Lễ kỷ niệm 90 năm Ngày thành lập Đảng bộ TP Hà Nội',
    startDate: '2020-02-27',
    endDate: '2020-12-31',
    registrationDeadline: '2020-03-15',
    objectives: 'Lập thành tích chào mừng Đại hội Đảng bộ quận lần thứ XXVI.',
    targetGroups: 'Cán bộ, đảng viên, công chức, viên chức, người lao động.',
    criteria: 'Hoàn thành các chỉ tiêu được giao; không có vi phạm.',
    plan: 'Triển khai từ 27/02/2020, sơ kết 30/6/2020, tổng kết tháng 12/2020.',
    measures: 'Tuyên truyền, kiểm tra, biểu dương kịp thời.',
    participants,
    items: [
      {
        title: 'Tuyên truyền, quán triệt đến 100% cán bộ, đảng viên',
        targetType: 'PERCENT',
        target: 100,
      },
      {
        title: 'Chuẩn bị các điều kiện tổ chức thành công Đại hội XXVI',
        targetType: 'DATE',
        target: '2020-07-15',
      },
      { title: 'Phát triển đảng viên', targetType: 'NUMBER', target: 5, measureUnit: 'đảng viên' },
      { title: 'Năm trật tự và văn minh đô thị 2020', targetType: 'BOOLEAN', target: true },
    ],
    milestones: [
      { kind: 'SO_KET', name: 'Sơ kết 6 tháng', date: '2020-06-30' },
      { kind: 'SU_KIEN', name: 'Đại hội đại biểu Đảng bộ quận lần thứ XXVI', date: '2020-07-15' },
      { kind: 'TONG_KET', name: 'Tổng kết đợt thi đua', date: '2020-12-20' },
    ],
    reportPeriods: [
      { name: 'Quý I/2020', asOf: '2020-03-31', dueDate: '2020-04-05' },
      { name: '6 tháng đầu năm 2020', asOf: '2020-06-30', dueDate: '2020-07-05' },
    ],
    ...over,
  };
}
