import { and, desc, eq, isNull } from 'drizzle-orm';
import {
  ZRecordExemplarConsentInput,
  isLegalDate,
  type ExemplarConsent,
  type ExemplarField,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { exemplarConsents, files } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, ServiceError, ValidationError, parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { isUuid, newId } from '../../lib/ids';
import { personUnitIds, requirePersonRow } from '../people/queries';
import { afterPublicChange } from './common';

type Row = typeof exemplarConsents.$inferSelect;

function present(r: Row): ExemplarConsent {
  return {
    id: r.id,
    personId: r.personId,
    consentedOn: r.consentedOn,
    scope: r.scope,
    fields: r.fields as ExemplarField[],
    evidenceFileId: r.evidenceFileId,
    withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}

/** The officer must manage posts for a unit the person works or worked in. */
async function authorizeForPerson(ctx: ServiceContext, personId: string) {
  await authorize(ctx, 'post.manage');
  await requirePersonRow(ctx.db, personId);
  const unitIds = await personUnitIds(ctx.db, personId);
  if (!unitIds.length) throw new ServiceError('OUT_OF_SCOPE');
  const errors: unknown[] = [];
  for (const u of unitIds) {
    try {
      await authorize(ctx, 'post.manage', [u]);
      return;
    } catch (e) {
      errors.push(e);
    }
  }
  throw errors[0];
}

/** Ghi nhận sự đồng ý nêu gương: ngày, phạm vi, những thông tin được công bố (kèm văn bản đồng ý nếu có). */
export async function recordExemplarConsent(ctx: ServiceContext, input: unknown): Promise<ExemplarConsent> {
  await authorize(ctx, 'post.manage');
  const data = parseInput(ZRecordExemplarConsentInput, input);
  if (!isLegalDate(data.consentedOn) || data.consentedOn > ctx.clock.today()) {
    throw new ValidationError([
      { path: 'consentedOn', message: 'Ngày đồng ý không hợp lệ hoặc ở tương lai.' },
    ]);
  }
  await authorizeForPerson(ctx, data.personId);
  return ctx.db.transaction(async (tx) => {
    if (data.evidenceFileId) {
      const [f] = await tx.select({ id: files.id }).from(files).where(eq(files.id, data.evidenceFileId));
      if (!f)
        throw new ValidationError([{ path: 'evidenceFileId', message: 'Không tìm thấy văn bản đồng ý.' }]);
    }
    const [row] = await tx
      .insert(exemplarConsents)
      .values({
        id: newId(),
        personId: data.personId,
        consentedOn: data.consentedOn,
        scope: data.scope,
        fields: [...new Set(data.fields)],
        evidenceFileId: data.evidenceFileId ?? null,
        recordedBy: ctx.actor!.accountId,
        createdAt: ctx.clock.now(),
      })
      .returning();
    const out = present(row!);
    await emitAudit(tx, ctx, {
      action: 'exemplar_consent.record',
      entity: 'exemplar_consent',
      entityId: out.id,
      after: out,
    });
    return out;
  });
}

/** Rút lại sự đồng ý: from now on the portal stops showing posts about the person (the row is kept). */
export async function withdrawExemplarConsent(ctx: ServiceContext, id: string): Promise<ExemplarConsent> {
  await authorize(ctx, 'post.manage');
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy bản ghi đồng ý.');
  const [existing] = await ctx.db.select().from(exemplarConsents).where(eq(exemplarConsents.id, id));
  if (!existing) throw new NotFoundError('Không tìm thấy bản ghi đồng ý.');
  await authorizeForPerson(ctx, existing.personId);
  if (existing.withdrawnAt) return present(existing);
  const out = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(exemplarConsents)
      .set({ withdrawnAt: ctx.clock.now() })
      .where(eq(exemplarConsents.id, id))
      .returning();
    const after = present(row!);
    await emitAudit(tx, ctx, {
      action: 'exemplar_consent.withdraw',
      entity: 'exemplar_consent',
      entityId: id,
      before: present(existing),
      after,
    });
    return after;
  });
  afterPublicChange(ctx);
  return out;
}

/** Consents recorded for a person (newest first). */
export async function listExemplarConsents(
  ctx: ServiceContext,
  personId: string,
): Promise<ExemplarConsent[]> {
  await authorizeForPerson(ctx, personId);
  const rows = await ctx.read
    .select()
    .from(exemplarConsents)
    .where(eq(exemplarConsents.personId, personId))
    .orderBy(desc(exemplarConsents.createdAt));
  return rows.map(present);
}

/** The fields a person currently agrees to show (union of active consents); empty = nothing may be shown. */
export async function activeConsentFields(db: Executor, personId: string): Promise<Set<ExemplarField>> {
  const rows = await db
    .select({ fields: exemplarConsents.fields })
    .from(exemplarConsents)
    .where(and(eq(exemplarConsents.personId, personId), isNull(exemplarConsents.withdrawnAt)));
  return new Set(rows.flatMap((r) => r.fields as ExemplarField[]));
}
