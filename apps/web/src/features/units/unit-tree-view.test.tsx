import '../../test/setup-dom';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import type { Unit } from '@vinhdanh/shared';
import { UnitTreeView } from './unit-tree-view';

const u = (id: string, name: string, parentId: string | null, kind: Unit['kind']): Unit => ({
  id,
  code: id,
  name,
  shortName: null,
  kind,
  parentId,
  hasLegalPersonality: true,
  validFrom: '2000-01-01',
  validTo: null,
  field: null,
  address: null,
});

const units: Unit[] = [
  u('hn', 'Thành phố Hà Nội', null, 'TINH'),
  u('bd', 'Quận Ba Đình', 'hn', 'HUYEN'),
  u('px', 'Phường Phúc Xá', 'bd', 'XA'),
  u('dc', 'Phường Điện Biên', 'bd', 'XA'),
  u('hk', 'Quận Hoàn Kiếm', 'hn', 'HUYEN'),
  u('ht', 'Phường Hàng Trống', 'hk', 'XA'),
];

describe('UnitTreeView', () => {
  it('lọc cây theo chuỗi không dấu và mở đường đi tới đơn vị khớp', () => {
    render(<UnitTreeView units={units} selectedId={null} onSelect={() => {}} />);
    fireEvent.change(screen.getByLabelText('Tìm đơn vị'), { target: { value: 'phuc xa' } });
    expect(screen.getByText('Phường Phúc Xá')).toBeTruthy();
    expect(screen.getByText('Quận Ba Đình')).toBeTruthy();
    expect(screen.queryByText('Quận Hoàn Kiếm')).toBeNull();
    expect(screen.queryByText('Phường Điện Biên')).toBeNull();
    expect(screen.getByText('1 đơn vị phù hợp')).toBeTruthy();
  });

  it('hiện thẻ loại đơn vị và báo khi không tìm thấy', () => {
    render(<UnitTreeView units={units} selectedId={null} onSelect={() => {}} />);
    expect(screen.getAllByText('Huyện/quận/thị xã').length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText('Tìm đơn vị'), { target: { value: 'cau giay' } });
    expect(screen.getByText('Không tìm thấy đơn vị phù hợp')).toBeTruthy();
  });

  it('chọn một đơn vị gọi onSelect với id', () => {
    const onSelect = vi.fn();
    render(<UnitTreeView units={units} selectedId={null} onSelect={onSelect} />);
    fireEvent.click(screen.getByText('Quận Hoàn Kiếm'));
    expect(onSelect).toHaveBeenCalledWith('hk');
  });
});
