import type { RegistryRecord } from '@vinhdanh/shared';

/** The lifelong record page of an entry's recipient (a person or a unit), if it has one. */
export function recordLink(r: Pick<RegistryRecord, 'personId' | 'unitId'>): string | null {
  if (r.personId) return `/so-vang/ca-nhan/${r.personId}`;
  if (r.unitId) return `/so-vang/tap-the/${r.unitId}`;
  return null;
}
