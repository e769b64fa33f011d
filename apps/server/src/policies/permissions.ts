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
  'report.read',
  'report.finalize',
  'scoring.manage',
  'scoring.score',
  'scoring.propose',
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
    'report.read',
    'report.finalize',
    'scoring.manage',
    'scoring.score',
  ],
  UNIT_CLERK: [
    'unit.read',
    'person.read',
    'person.manage',
    'person.read_national_id',
    'person.import',
    'job.read',
    'report.read',
    'scoring.score',
  ],
  UNIT_HEAD: [
    'unit.read',
    'person.read',
    'person.read_national_id',
    'job.read',
    'report.read',
    'scoring.score',
  ],
  COUNCIL_MEMBER: ['unit.read', 'person.read'],
  CLUSTER_HEAD: ['unit.read', 'person.read', 'scoring.score', 'scoring.propose'],
  STAFF: ['unit.read', 'person.read_self'],
};
