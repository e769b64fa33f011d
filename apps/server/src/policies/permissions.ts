import type { Role } from '@vinhdanh/shared';

/** What each role may do, within the unit subtree it is granted on. */
export const PERMISSIONS = [
  'unit.read',
  'unit.manage',
  'cluster.manage',
  'person.read',
  'person.read_self',
  'person.manage',
  'person.read_national_id',
  'person.import',
  'account.manage',
  'audit.read',
  'job.read',
  'parameter.override',
  'council.read',
  'council.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  SYSTEM_ADMIN: PERMISSIONS,
  OFFICER: [
    'unit.read',
    'unit.manage',
    'cluster.manage',
    'person.read',
    'person.manage',
    'person.read_national_id',
    'person.import',
    'job.read',
    'council.read',
    'council.manage',
  ],
  UNIT_CLERK: [
    'unit.read',
    'person.read',
    'person.manage',
    'person.read_national_id',
    'person.import',
    'job.read',
  ],
  UNIT_HEAD: ['unit.read', 'person.read', 'person.read_national_id', 'job.read', 'council.read'],
  COUNCIL_MEMBER: ['unit.read', 'person.read', 'council.read'],
  CLUSTER_HEAD: ['unit.read', 'person.read'],
  STAFF: ['unit.read', 'person.read_self'],
};
