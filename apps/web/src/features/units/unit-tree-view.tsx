import { SearchOutlined } from '@ant-design/icons';
import { Empty, Input, Spin, Tree, Typography, type TreeDataNode } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { Unit } from '@vinhdanh/shared';
import { ancestorIds, buildUnitForest, filterUnitForest, type UnitNode } from './tree-utils';
import { UnitKindTag } from './unit-kind-tag';

function toTreeData(nodes: UnitNode[], matches: Set<string>): TreeDataNode[] {
  return nodes.map((n) => ({
    key: n.unit.id,
    title: (
      <span data-testid="unit-tree-node" data-unit-id={n.unit.id}>
        <span style={matches.has(n.unit.id) ? { fontWeight: 600, background: '#fff1b8' } : undefined}>
          {n.unit.name}
        </span>
        <UnitKindTag kind={n.unit.kind} />
      </span>
    ),
    children: toTreeData(n.children, matches),
  }));
}

export interface UnitTreeViewProps {
  units: Unit[];
  loading?: boolean;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

/** The organisation tree with a search box that ignores diacritics. */
export function UnitTreeView({ units, loading, selectedId, onSelect }: UnitTreeViewProps) {
  const [query, setQuery] = useState('');
  const forest = useMemo(() => buildUnitForest(units), [units]);
  const filtered = useMemo(() => filterUnitForest(forest, query), [forest, query]);
  const treeData = useMemo(() => toTreeData(filtered.nodes, filtered.matches), [filtered]);
  const [expanded, setExpanded] = useState<string[]>([]);

  // Default: two levels open; while searching, open the path to every match.
  useEffect(() => {
    if (query.trim()) setExpanded(filtered.expand);
    else setExpanded(forest.flatMap((n) => [n.unit.id, ...n.children.map((c) => c.unit.id)]));
  }, [query, filtered, forest]);

  // Reveal the selected unit (e.g. after following a predecessor link).
  useEffect(() => {
    if (!selectedId) return;
    const path = ancestorIds(units, selectedId);
    if (path.length) setExpanded((cur) => Array.from(new Set([...cur, ...path])));
  }, [selectedId, units]);

  return (
    <div>
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder="Tìm đơn vị (gõ có dấu hoặc không dấu)"
        aria-label="Tìm đơn vị"
        data-testid="unit-tree-search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        style={{ marginBottom: 12 }}
      />
      {query.trim() && (
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
          {filtered.matches.size} đơn vị phù hợp
        </Typography.Text>
      )}
      <Spin spinning={!!loading}>
        {treeData.length === 0 && loading ? (
          <div style={{ minHeight: 120 }} />
        ) : treeData.length === 0 ? (
          <Empty description={query ? 'Không tìm thấy đơn vị phù hợp' : 'Không có đơn vị nào vào ngày này'} />
        ) : (
          <Tree
            data-testid="unit-tree"
            showLine
            blockNode
            treeData={treeData}
            // Virtual scrolling only for big trees: small ones stay fully in the DOM (searchable by the browser).
            height={units.length > 500 ? 640 : undefined}
            expandedKeys={expanded}
            onExpand={(keys) => setExpanded(keys.map(String))}
            selectedKeys={selectedId ? [selectedId] : []}
            onSelect={(keys) => onSelect(keys.length ? String(keys[0]) : null)}
          />
        )}
      </Spin>
    </div>
  );
}
