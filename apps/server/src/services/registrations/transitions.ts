import { eq } from 'drizzle-orm';
import { ZReturnRegistrationInput, type Registration, type RegistrationStatus } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { registrations } from '../../db/schema';
import type { AuditAction } from '../../audit/actions';
import { emitAudit } from '../../audit/emit';
import { parseInput, ServiceError } from '../../errors';
import { authorize } from '../../policies/scope';
import type { Permission } from '../../policies/permissions';
import { notify } from '../notifications/notify';
import {
  activeMovement,
  addRegStep,
  assertBeforeDeadline,
  loadRegistration,
  presentRegistration,
  registrationStatus,
} from './common';

type Kind = 'REQUEST_APPROVAL' | 'SUBMIT' | 'RETURN' | 'ACCEPT';
const RULES: Record<
  Kind,
  {
    perm: Permission;
    from: RegistrationStatus[];
    action: AuditAction;
    onLaunchingUnit: boolean;
    deadline: boolean;
  }
> = {
  REQUEST_APPROVAL: {
    perm: 'registration.edit',
    from: ['DRAFT', 'RETURNED'],
    action: 'registration.request_approval',
    onLaunchingUnit: false,
    deadline: true,
  },
  SUBMIT: {
    perm: 'registration.approve',
    from: ['PENDING_APPROVAL'],
    action: 'registration.submit',
    onLaunchingUnit: false,
    deadline: true,
  },
  RETURN: {
    perm: 'registration.review',
    from: ['SUBMITTED'],
    action: 'registration.return',
    onLaunchingUnit: true,
    deadline: false,
  },
  ACCEPT: {
    perm: 'registration.review',
    from: ['SUBMITTED'],
    action: 'registration.accept',
    onLaunchingUnit: true,
    deadline: false,
  },
};

async function transition(
  ctx: ServiceContext,
  id: string,
  kind: Kind,
  reason: string | null,
): Promise<Registration> {
  const rule = RULES[kind];
  await authorize(ctx, rule.perm);
  const reg = await loadRegistration(ctx.db, id);
  const m = await activeMovement(ctx.db, reg.movementId);
  await authorize(ctx, rule.perm, [rule.onLaunchingUnit ? m.launchingUnitId : reg.unitId]);
  const status = await registrationStatus(ctx.db, reg);
  if (!rule.from.includes(status))
    throw new ServiceError(
      'INVALID_TRANSITION',
      `Không thể thực hiện khi bản đăng ký đang ở trạng thái hiện tại.`,
      { status },
    );
  if (rule.deadline) assertBeforeDeadline(ctx, m);
  return ctx.db.transaction(async (tx) => {
    await addRegStep(tx, ctx, id, kind, reason);
    await tx.update(registrations).set({ updatedAt: ctx.clock.now() }).where(eq(registrations.id, id));
    const out = await presentRegistration(ctx, tx, m, reg.unitId, reg);
    const link = `/phong-trao/${m.id}?tab=dang-ky`;
    if (kind === 'REQUEST_APPROVAL')
      await notify(tx, ctx, {
        unitIds: [reg.unitId],
        kind: 'REGISTRATION_PENDING_APPROVAL',
        title: `Đăng ký thi đua chờ thủ trưởng duyệt: ${m.name}`,
        link,
        entity: 'registration',
        entityId: id,
      });
    if (kind === 'SUBMIT')
      await notify(tx, ctx, {
        unitIds: [m.launchingUnitId],
        kind: 'REGISTRATION_SUBMITTED',
        title: `${out.unitName} gửi đăng ký thi đua: ${m.name}`,
        link,
        entity: 'registration',
        entityId: id,
      });
    if (kind === 'RETURN' || kind === 'ACCEPT')
      await notify(tx, ctx, {
        unitIds: [reg.unitId],
        kind: kind === 'RETURN' ? 'REGISTRATION_RETURNED' : 'REGISTRATION_ACCEPTED',
        title:
          kind === 'RETURN'
            ? `Đăng ký thi đua bị trả lại: ${m.name}`
            : `Đăng ký thi đua đã được chấp nhận: ${m.name}`,
        body: reason ? `Lý do: ${reason}` : null,
        link,
        entity: 'registration',
        entityId: id,
      });
    await emitAudit(tx, ctx, {
      action: rule.action,
      entity: 'registration',
      entityId: id,
      before: { status },
      after: { status: out.status, reason },
    });
    return out;
  });
}

/** Cán bộ đơn vị trình thủ trưởng duyệt. */
export function requestRegistrationApproval(ctx: ServiceContext, id: string) {
  return transition(ctx, id, 'REQUEST_APPROVAL', null);
}
/** Thủ trưởng đơn vị duyệt và gửi lên. */
export function submitRegistration(ctx: ServiceContext, id: string) {
  return transition(ctx, id, 'SUBMIT', null);
}
/** Chuyên viên trả lại, có lý do. */
export async function returnRegistration(ctx: ServiceContext, id: string, input: unknown) {
  const { reason } = parseInput(ZReturnRegistrationInput, input);
  return transition(ctx, id, 'RETURN', reason);
}
/** Chuyên viên chấp nhận. */
export function acceptRegistration(ctx: ServiceContext, id: string) {
  return transition(ctx, id, 'ACCEPT', null);
}
