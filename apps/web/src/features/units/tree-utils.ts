import type { Unit } from '@vinhdanh/shared';
import { foldVietnamese } from '../../lib/text';

export interface UnitNode {
  unit: Unit;
  children: UnitNode[];
}

const collator = new Intl.Collator('vi');

/** Builds the forest from the flat list (a unit whose parent is not in the list becomes a root). */
export function buildUnitForest(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>();
  for (const u of units) nodes.set(u.id, { unit: u, children: [] });
  const roots: UnitNode[] = [];
  for (const n of nodes.values()) {
    const parent = n.unit.parentId ? nodes.get(n.unit.parentId) : undefined;
    if (parent && parent !== n) parent.children.push(n);
    else roots.push(n);
  }
  const sort = (list: UnitNode[]) => {
    list.sort((a, b) => collator.compare(a.unit.name, b.unit.name));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

export interface FilteredForest {
  nodes: UnitNode[];
  /** Ids of matching units. */
  matches: Set<string>;
  /** Ids to expand so every match is visible (its ancestors). */
  expand: string[];
}

/**
 * Keeps the units whose name, short name or code contains every word of `query` (ignoring case and
 * diacritics, đ = d), with their ancestors so the path stays visible. An empty query keeps everything.
 */
export function filterUnitForest(forest: UnitNode[], query: string): FilteredForest {
  const q = foldVietnamese(query);
  const matches = new Set<string>();
  const expand: string[] = [];
  if (!q) return { nodes: forest, matches, expand };
  const words = q.split(' ');
  const hit = (u: Unit) => {
    const hay = foldVietnamese(`${u.name} ${u.shortName ?? ''} ${u.code}`);
    return words.every((w) => hay.includes(w));
  };
  const walk = (list: UnitNode[]): UnitNode[] => {
    const out: UnitNode[] = [];
    for (const n of list) {
      const children = walk(n.children);
      const self = hit(n.unit);
      if (self) matches.add(n.unit.id);
      if (self || children.length > 0) {
        if (children.length > 0) expand.push(n.unit.id);
        out.push({ unit: n.unit, children });
      }
    }
    return out;
  };
  return { nodes: walk(forest), matches, expand };
}

/** Ids of the units along the path from a root to `id` (excluding `id`). */
export function ancestorIds(units: readonly Unit[], id: string): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: string[] = [];
  let cur = byId.get(id)?.parentId ?? null;
  const seen = new Set<string>();
  while (cur && !seen.has(cur)) {
    seen.add(cur);
    out.unshift(cur);
    cur = byId.get(cur)?.parentId ?? null;
  }
  return out;
}
