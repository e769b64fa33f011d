import { Tag } from 'antd';
import {
  MOVEMENT_KIND_LABELS,
  MOVEMENT_STATUS_LABELS,
  REGISTRATION_STATUS_LABELS,
  type MovementKind,
  type MovementStatus,
  type RegistrationStatus,
} from '@vinhdanh/shared';

const STATUS_COLORS: Record<MovementStatus, string> = {
  DRAFT: 'default',
  LAUNCHED: 'red',
  SO_KET: 'orange',
  TONG_KET: 'gold',
  CLOSED: 'green',
};
export function MovementStatusTag({ status }: { status: MovementStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{MOVEMENT_STATUS_LABELS[status]}</Tag>;
}
export function MovementKindTag({ kind }: { kind: MovementKind }) {
  return <Tag color={kind === 'THUONG_XUYEN' ? 'blue' : 'purple'}>{MOVEMENT_KIND_LABELS[kind]}</Tag>;
}
const REG_COLORS: Record<RegistrationStatus, string> = {
  NOT_REGISTERED: 'default',
  DRAFT: 'blue',
  PENDING_APPROVAL: 'orange',
  SUBMITTED: 'purple',
  RETURNED: 'red',
  ACCEPTED: 'green',
};
export function RegistrationStatusTag({ status }: { status: RegistrationStatus }) {
  return <Tag color={REG_COLORS[status]}>{REGISTRATION_STATUS_LABELS[status]}</Tag>;
}
