import { describe, expect, it } from 'vitest';
import type { Unit } from '@vinhdanh/shared';
import { foldVietnamese, matchesVietnamese } from '../../lib/text';
import { ancestorIds, buildUnitForest, filterUnitForest } from './tree-utils';

function unit(id: string, name: string, parentId: string | null, kind: Unit['kind'] = 'XA'): Unit {
  return {
    id,
    code: id.toUpperCase(),
    name,
    shortName: null,
    kind,
    parentId,
    hasLegalPersonality: true,
    validFrom: '2000-01-01',
    validTo: null,
    field: null,
    address: null,
  };
}

const units = [
  unit('hn', 'Thành phố Hà Nội', null, 'TINH'),
  unit('bd', 'Quận Ba Đình', 'hn', 'HUYEN'),
  unit('px', 'Phường Phúc Xá', 'bd'),
  unit('dc', 'Phường Điện Biên', 'bd'),
  unit('hk', 'Quận Hoàn Kiếm', 'hn', 'HUYEN'),
];

describe('foldVietnamese', () => {
  it('bỏ dấu, chữ thường, đ thành d', () => {
    expect(foldVietnamese('Phường Phúc Xá')).toBe('phuong phuc xa');
    expect(foldVietnamese('ĐIỆN BIÊN')).toBe('dien bien');
    expect(foldVietnamese('Quận  Ba   Đình ')).toBe('quan ba dinh');
  });
  it('so khớp từng từ, không phân biệt dấu', () => {
    expect(matchesVietnamese('Phường Phúc Xá', 'phuc xa')).toBe(true);
    expect(matchesVietnamese('Phường Phúc Xá', 'xa phuc')).toBe(true);
    expect(matchesVietnamese('Phường Phúc Xá', 'phuc tan')).toBe(false);
  });
});

describe('buildUnitForest', () => {
  it('dựng cây từ danh sách phẳng và sắp xếp theo tên tiếng Việt', () => {
    const forest = buildUnitForest(units);
    expect(forest.map((n) => n.unit.id)).toEqual(['hn']);
    expect(forest[0]!.children.map((n) => n.unit.name)).toEqual(['Quận Ba Đình', 'Quận Hoàn Kiếm']);
    expect(forest[0]!.children[0]!.children.map((n) => n.unit.name)).toEqual([
      'Phường Điện Biên',
      'Phường Phúc Xá',
    ]);
  });
  it('coi đơn vị có cấp trên không nằm trong danh sách là gốc', () => {
    const forest = buildUnitForest([unit('px', 'Phường Phúc Xá', 'gone')]);
    expect(forest.map((n) => n.unit.id)).toEqual(['px']);
  });
});

describe('filterUnitForest', () => {
  const forest = buildUnitForest(units);

  it('tìm không dấu ra đơn vị có dấu, giữ các cấp trên để thấy đường đi', () => {
    const r = filterUnitForest(forest, 'phuc xa');
    expect([...r.matches]).toEqual(['px']);
    expect(r.nodes.map((n) => n.unit.id)).toEqual(['hn']);
    expect(r.nodes[0]!.children.map((n) => n.unit.id)).toEqual(['bd']);
    expect(r.nodes[0]!.children[0]!.children.map((n) => n.unit.id)).toEqual(['px']);
    expect(r.expand.sort()).toEqual(['bd', 'hn']);
  });

  it('gõ "dien bien" khớp "Điện Biên" (đ = d)', () => {
    expect([...filterUnitForest(forest, 'dien bien').matches]).toEqual(['dc']);
  });

  it('gõ có dấu cũng khớp', () => {
    expect([...filterUnitForest(forest, 'Ba Đình').matches]).toEqual(['bd']);
  });

  it('không có kết quả thì trả về cây rỗng', () => {
    expect(filterUnitForest(forest, 'cau giay').nodes).toEqual([]);
  });

  it('chuỗi tìm rỗng giữ nguyên cây', () => {
    expect(filterUnitForest(forest, '  ').nodes).toBe(forest);
  });
});

describe('ancestorIds', () => {
  it('trả về đường đi từ gốc', () => {
    expect(ancestorIds(units, 'px')).toEqual(['hn', 'bd']);
    expect(ancestorIds(units, 'hn')).toEqual([]);
  });
});
