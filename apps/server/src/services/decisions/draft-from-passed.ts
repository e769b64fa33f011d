import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { AWARD_CODES, ZDraftFromPassedInput, type AwardCode, type DecisionDetail } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { councilMeetingItems, dossiers, nominations } from '../../db/schema';
import { decisionRecipients } from '../../db/schema/decisions';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, ServiceError, parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { nominationStates } from '../../workflow/nomination';
import { loadRegister } from './common';
import { insertDraft } from './draft-decision';

type NominationRow = typeof nominations.$inferSelect;

/** The nominations of a dossier or of a meeting's agenda, in list order. */
async function sourceNominations(
  db: Executor,
  src: { dossierId: string | null; meetingId: string | null },
): Promise<NominationRow[]> {
  if (src.dossierId) {
    const [d] = await db.select({ id: dossiers.id }).from(dossiers).where(eq(dossiers.id, src.dossierId));
    if (!d) throw new NotFoundError('Không tìm thấy hồ sơ đề nghị.');
    return db
      .select()
      .from(nominations)
      .where(eq(nominations.dossierId, src.dossierId))
      .orderBy(asc(nominations.position));
  }
  const items = await db
    .select({ nominationId: councilMeetingItems.nominationId, position: councilMeetingItems.position })
    .from(councilMeetingItems)
    .where(
      and(eq(councilMeetingItems.meetingId, src.meetingId!), isNotNull(councilMeetingItems.nominationId)),
    )
    .orderBy(asc(councilMeetingItems.position));
  if (items.length === 0) {
    const [any] = await db
      .select({ id: councilMeetingItems.id })
      .from(councilMeetingItems)
      .where(eq(councilMeetingItems.meetingId, src.meetingId!))
      .limit(1);
    if (!any) throw new NotFoundError('Không tìm thấy phiên họp hoặc phiên họp chưa có nội dung.');
    return [];
  }
  const ids = items.map((i) => i.nominationId!);
  const rows = await db.select().from(nominations).where(inArray(nominations.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is NominationRow => !!r);
}

/**
 * Lập dự thảo quyết định từ danh sách Hội đồng đã thông qua: every nomination of the dossier (or meeting) whose
 * status is COUNCIL_PASSED becomes a line (snapshot of name, position and unit; title code; period; the
 * nomination's id). A nomination already on another decision that is not revoked is refused. Issuing the draft
 * appends DECIDED to each linked nomination (issue-decision.ts).
 */
export async function draftFromPassed(ctx: ServiceContext, input: unknown): Promise<DecisionDetail> {
  const data = parseInput(ZDraftFromPassedInput, input);
  const reg = await loadRegister(ctx.db, data.registerId);
  await authorize(ctx, 'decision.manage', [reg.issuerUnitId]);
  const all = await sourceNominations(ctx.db, data);
  const passedIds = async (db: Executor) => {
    const states = await nominationStates(
      db,
      all.map((n) => n.id),
    );
    return all.filter((n) => states.get(n.id)?.status === 'COUNCIL_PASSED');
  };
  const passed = await passedIds(ctx.db);
  if (passed.length === 0)
    throw new ServiceError(
      'NO_PASSED_NOMINATIONS',
      data.dossierId
        ? 'Hồ sơ chưa có đề nghị nào được Hội đồng thông qua (trạng thái "Hội đồng nhất trí").'
        : 'Phiên họp chưa có đề nghị nào được Hội đồng thông qua (trạng thái "Hội đồng nhất trí").',
      { total: all.length },
    );
  // The receiving body of each dossier must be in the actor's scope as well.
  const ds = await ctx.db
    .select({ receivingUnitId: dossiers.receivingUnitId })
    .from(dossiers)
    .where(inArray(dossiers.id, [...new Set(passed.map((n) => n.dossierId))]));
  await authorize(
    ctx,
    'decision.manage',
    ds.map((d) => d.receivingUnitId),
  );
  for (const n of passed)
    if (!(AWARD_CODES as readonly string[]).includes(n.code))
      throw new ServiceError(
        'VALIDATION_FAILED',
        `Mã danh hiệu, hình thức "${n.code}" không có trong danh mục.`,
      );
  return ctx.db.transaction(async (tx) => {
    // Re-read inside the transaction: a concurrent decision or step may have moved a nomination on.
    const still = await passedIds(tx);
    if (still.length !== passed.length)
      throw new ServiceError(
        'CONFLICT',
        'Trạng thái đề nghị vừa thay đổi. Vui lòng tải lại và thử lại.',
        undefined,
        409,
      );
    const taken = await tx
      .select({ nominationId: decisionRecipients.nominationId })
      .from(decisionRecipients)
      .where(
        inArray(
          decisionRecipients.nominationId,
          passed.map((n) => n.id),
        ),
      );
    if (taken.length > 0)
      throw new ServiceError(
        'NOMINATION_IN_OTHER_DECISION',
        'Một số đề nghị đã có trong một dự thảo quyết định khác. Hãy dùng dự thảo đó.',
        { nominationIds: [...new Set(taken.map((t) => t.nominationId))] },
      );
    const { dossierId, meetingId, ...rest } = data;
    const out = await insertDraft(tx, ctx, reg, {
      ...rest,
      recipients: passed.map((n) => ({
        recipientKind: n.personId ? ('INDIVIDUAL' as const) : ('COLLECTIVE' as const),
        personId: n.personId,
        unitId: n.personId ? null : n.unitId,
        name: null,
        position: null,
        unitName: null,
        code: n.code as AwardCode,
        periodFrom: n.periodFrom,
        periodTo: n.periodTo,
        achievement: n.summary,
        nominationId: n.id,
      })),
    });
    await emitAudit(tx, ctx, {
      action: 'decision.draft_from_passed',
      entity: 'decision',
      entityId: out.id,
      after: {
        dossierId,
        meetingId,
        subject: out.subject,
        nominationIds: passed.map((n) => n.id),
        skipped: all.length - passed.length,
        totalVnd: out.totalVnd,
      },
    });
    return out;
  });
}
