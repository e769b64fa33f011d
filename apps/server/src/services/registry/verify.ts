import { eq } from 'drizzle-orm';
import type { PublicVerification } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { awards } from '../../db/schema';
import { NotFoundError } from '../../errors';
import { codeName } from './present';
import { normalizeVerifyCode } from './verify-code';

export const VERIFY_NOT_FOUND = 'Không tìm thấy khen thưởng nào có mã xác minh này.';

/**
 * Xác minh công khai (anonymous): what a certificate's QR code confirms — the recipient's name, the title or
 * award form, the decision's number and date, the issuing body and signer, and whether a later act revoked it.
 * Nothing else personal (no CCCD, date of birth, contacts, position). Unknown or malformed code → NOT_FOUND.
 */
export async function verifyAward(ctx: ServiceContext, rawCode: string): Promise<PublicVerification> {
  const code = normalizeVerifyCode(String(rawCode ?? ''));
  if (!code) throw new NotFoundError(VERIFY_NOT_FOUND);
  const [a] = await ctx.read.select().from(awards).where(eq(awards.verifyCode, code)).limit(1);
  if (!a) throw new NotFoundError(VERIFY_NOT_FOUND);
  return {
    code: a.verifyCode,
    status: a.revokedAt ? 'REVOKED' : 'VALID',
    recipientName: a.recipientName,
    recipientKind: a.recipientKind as PublicVerification['recipientKind'],
    title: codeName(a.code),
    decisionNumber: a.decisionNumber,
    decidedOn: a.decidedOn,
    issuer: a.issuerName,
    signer: a.signer,
    revoked: a.revokedAt
      ? { on: a.revokedOn, decisionNumber: a.revokedByDecisionNumber, reason: a.revocationReason }
      : null,
  };
}
