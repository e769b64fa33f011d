import '../../test/setup-dom';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import type { Verdict } from '@vinhdanh/shared';
import { VerdictList } from './verdict-view';

const verdicts: Verdict[] = [
  {
    resultId: 'r1',
    target: 'LDTT',
    targetName: 'Lao động tiên tiến',
    outcome: 'ELIGIBLE',
    confirmed: false,
    regime: 'LUAT_2022_ND_98_2023',
    reasons: [
      {
        rule: 'ldtt.rating',
        met: true,
        status: 'MET',
        citation: 'Luật Thi đua, khen thưởng 2022, Điều 26',
        confirmed: true,
        message: { vi: 'Năm 2024 hoàn thành tốt nhiệm vụ', en: 'Well completed 2024' },
      },
    ],
  },
  {
    resultId: 'r2',
    target: 'BANG_KHEN_BO_TINH',
    targetName: 'Bằng khen của bộ, ban, ngành, tỉnh',
    outcome: 'INELIGIBLE',
    confirmed: true,
    regime: 'LUAT_2022_ND_98_2023',
    reasons: [
      {
        rule: 'bang_khen_bo_tinh.cstd_twice',
        met: false,
        status: 'NOT_MET',
        citation: 'Nghị định 98/2023/NĐ-CP, Điều 24',
        confirmed: true,
        message: { vi: 'Không có 2 lần liên tục đạt Chiến sĩ thi đua cơ sở', en: '…' },
      },
    ],
  },
  {
    resultId: null,
    target: 'HCLD_HANG_BA',
    targetName: 'Huân chương Lao động hạng Ba',
    outcome: 'NEEDS_REVIEW',
    confirmed: true,
    regime: 'LUAT_2022_ND_98_2023',
    reasons: [],
  },
];

describe('VerdictList', () => {
  it('hiện kết luận bằng tiếng Việt cho từng danh hiệu', () => {
    render(<VerdictList verdicts={verdicts} />);
    expect(within(screen.getByTestId('verdict-LDTT')).getByText('Đủ điều kiện')).toBeTruthy();
    expect(
      within(screen.getByTestId('verdict-BANG_KHEN_BO_TINH')).getByText('Chưa đủ điều kiện'),
    ).toBeTruthy();
    expect(within(screen.getByTestId('verdict-HCLD_HANG_BA')).getByText('Cần xem xét')).toBeTruthy();
  });

  it('gắn nhãn "chưa xác nhận" chỉ khi confirmed là false', () => {
    render(<VerdictList verdicts={verdicts} />);
    expect(within(screen.getByTestId('verdict-LDTT')).getByTestId('unconfirmed-tag').textContent).toBe(
      'chưa xác nhận',
    );
    expect(
      within(screen.getByTestId('verdict-BANG_KHEN_BO_TINH')).queryByTestId('unconfirmed-tag'),
    ).toBeNull();
  });

  it('liệt kê lý do kèm căn cứ pháp lý', () => {
    render(<VerdictList verdicts={verdicts} />);
    const card = screen.getByTestId('verdict-BANG_KHEN_BO_TINH');
    expect(within(card).getByText('Không có 2 lần liên tục đạt Chiến sĩ thi đua cơ sở')).toBeTruthy();
    expect(within(card).getByText(/Căn cứ: Nghị định 98\/2023\/NĐ-CP, Điều 24/)).toBeTruthy();
  });
});
