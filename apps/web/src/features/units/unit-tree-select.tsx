import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { Unit } from '@vinhdanh/shared';
import { todayLegal } from '../../lib/dates';
import { foldVietnamese } from '../../lib/text';
import { useUnitTree } from './api';
import { buildUnitForest, type UnitNode } from './tree-utils';

interface TreeSelectNode {
  value: string;
  title: string;
  search: string;
  children: TreeSelectNode[];
}

function toOptions(nodes: UnitNode[]): TreeSelectNode[] {
  return nodes.map((n) => ({
    value: n.unit.id,
    title: n.unit.name,
    search: foldVietnamese(`${n.unit.name} ${n.unit.shortName ?? ''} ${n.unit.code}`),
    children: toOptions(n.children),
  }));
}

export interface UnitTreeSelectProps {
  value?: string | string[] | null;
  onChange?: (v: string | string[] | null) => void;
  /** Tree as of this legal date (default: today). */
  asOf?: string;
  multiple?: boolean;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  style?: React.CSSProperties;
  filter?: (u: Unit) => boolean;
  'aria-label'?: string;
}

/** Pick one or several units from the tree in force on a date; search ignores diacritics. */
export function UnitTreeSelect({ asOf, multiple, filter, value, onChange, ...rest }: UnitTreeSelectProps) {
  const date = asOf ?? todayLegal();
  const { data, isLoading } = useUnitTree(date);
  const options = useMemo(() => {
    const units = (data?.units ?? []).filter((u) => !filter || filter(u));
    return toOptions(buildUnitForest(units));
  }, [data, filter]);
  return (
    <TreeSelect
      {...rest}
      loading={isLoading}
      treeData={options}
      multiple={multiple}
      value={value ?? undefined}
      onChange={(v: string | string[] | undefined) => onChange?.(v ?? null)}
      showSearch={{
        filterTreeNode: (input, node) => {
          const s = (node as unknown as TreeSelectNode).search ?? '';
          const q = foldVietnamese(input);
          return q.split(' ').every((w) => s.includes(w));
        },
      }}
      treeDefaultExpandAll={false}
      treeLine
      allowClear={rest.allowClear ?? true}
      placeholder={rest.placeholder ?? 'Chọn đơn vị'}
      popupMatchSelectWidth={false}
      style={{ minWidth: 240, ...rest.style }}
      notFoundContent="Không có đơn vị phù hợp"
    />
  );
}
