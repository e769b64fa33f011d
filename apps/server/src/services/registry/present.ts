import { viName } from '@vinhdanh/rules';
import { awardLevelOf, type AwardSource, type RecipientKind, type RegistryRecord } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { awards } from '../../db/schema';

export type AwardRow = typeof awards.$inferSelect;

/** The public verification address of a code (absolute when PUBLIC_URL is configured). */
export function verifyUrl(ctx: Pick<ServiceContext, 'config'>, code: string): string {
  const base = (ctx.config.PUBLIC_URL ?? '').replace(/\/+$/, '');
  return `${base}/verify/${code}`;
}

/** Vietnamese name of a title or award form code (the code itself when the catalogue does not know it). */
export function codeName(code: string): string {
  return viName(code);
}

export function presentRecord(ctx: Pick<ServiceContext, 'config'>, a: AwardRow): RegistryRecord {
  return {
    id: a.id,
    recipientKind: a.recipientKind as RecipientKind,
    personId: a.personId,
    unitId: a.unitId,
    recipientName: a.recipientName,
    recipientPosition: a.recipientPosition,
    recipientUnitId: a.recipientUnitId,
    recipientUnitName: a.recipientUnitName,
    code: a.code,
    codeName: codeName(a.code),
    level: awardLevelOf(a.code),
    decisionId: a.decisionId,
    decisionNumber: a.decisionNumber,
    decidedOn: a.decidedOn,
    signer: a.signer,
    issuerName: a.issuerName,
    certificateNumber: a.certificateNumber,
    periodFrom: a.periodFrom,
    periodTo: a.periodTo,
    type: a.type,
    achievement: a.achievement,
    source: a.source as AwardSource,
    verifyCode: a.verifyCode,
    verifyUrl: verifyUrl(ctx, a.verifyCode),
    revoked: a.revokedAt
      ? { on: a.revokedOn, decisionNumber: a.revokedByDecisionNumber, reason: a.revocationReason }
      : null,
  };
}
