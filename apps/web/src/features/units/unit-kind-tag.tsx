import { Tag } from 'antd';
import { UNIT_KIND_LABELS, type UnitKind } from '@vinhdanh/shared';

const COLORS: Record<UnitKind, string> = {
  TINH: 'red',
  HUYEN: 'volcano',
  XA: 'gold',
  SO_NGANH: 'blue',
  CO_QUAN: 'geekblue',
  DON_VI_SU_NGHIEP: 'green',
  DOANH_NGHIEP: 'purple',
  PHONG_BAN: 'cyan',
};

export function UnitKindTag({ kind }: { kind: UnitKind }) {
  return (
    <Tag color={COLORS[kind]} style={{ marginInlineStart: 6 }}>
      {UNIT_KIND_LABELS[kind]}
    </Tag>
  );
}
