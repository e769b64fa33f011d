export interface DiffRow {
  path: string;
  before: unknown;
  after: unknown;
  change: 'added' | 'removed' | 'changed' | 'same';
}

function flatten(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0 && prefix) out.set(prefix, {});
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out);
    return;
  }
  if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) {
    if (value.length === 0) out.set(prefix, []);
    value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
    return;
  }
  out.set(prefix || '(giá trị)', value);
}

/** Field-by-field comparison of two JSON values (nested objects flattened to dotted paths). */
export function jsonDiff(before: unknown, after: unknown): DiffRow[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  if (before !== null && before !== undefined) flatten(before, '', a);
  if (after !== null && after !== undefined) flatten(after, '', b);
  const keys = Array.from(new Set([...a.keys(), ...b.keys()])).sort();
  return keys.map((path) => {
    const inA = a.has(path);
    const inB = b.has(path);
    const x = a.get(path);
    const y = b.get(path);
    const change = !inA
      ? 'added'
      : !inB
        ? 'removed'
        : JSON.stringify(x) === JSON.stringify(y)
          ? 'same'
          : 'changed';
    return { path, before: x, after: y, change };
  });
}

export function showValue(v: unknown): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}
