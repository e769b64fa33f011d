/**
 * The bridge between appraised dossiers and the council: a meeting's agenda built from nominations in
 * APPRAISED_PASSED_TO_COUNCIL whose dossier was received by the council's body (or a unit under it), and the
 * vote results written back onto the nominations when the meeting closes (COUNCIL_PASSED / COUNCIL_REJECTED).
 * Only the frozen per-item result travels; nothing about individual ballots does (ADR 0007).
 */
import { and, inArray, isNotNull } from 'drizzle-orm';
import { viName } from '@vinhdanh/rules';
import { ZAddAgendaFromNominationsInput, type AgendaNomination, type Meeting } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { councilMeetingItems, councilMeetingSteps, dossiers, nominations } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ServiceError, parseInput } from '../../errors';
import { subtreeUnitIds } from '../../policies/scope';
import { appendNominationStep, nominationStates } from '../../workflow/nomination';
import { presentDossierDetail } from '../nominations/queries';
import { authorizeManage, loadMeeting, statusOf, type CouncilRow } from './load';
import { insertItems, presentMeeting } from './meetings';

/** Nominations that could go on this meeting's agenda (appraised, in scope, not on an open agenda already). */
async function candidates(
  ctx: ServiceContext,
  db: Executor,
  council: CouncilRow,
): Promise<AgendaNomination[]> {
  const scope = [...(await subtreeUnitIds(ctx, council.unitId, db))];
  const ds = await db.select().from(dossiers).where(inArray(dossiers.receivingUnitId, scope));
  if (ds.length === 0) return [];
  const noms = await db
    .select({ id: nominations.id, dossierId: nominations.dossierId })
    .from(nominations)
    .where(
      inArray(
        nominations.dossierId,
        ds.map((d) => d.id),
      ),
    );
  const states = await nominationStates(
    db,
    noms.map((n) => n.id),
  );
  const appraised = noms.filter((n) => states.get(n.id)?.status === 'APPRAISED_PASSED_TO_COUNCIL');
  if (appraised.length === 0) return [];
  // Already on the agenda of a meeting that has not closed (a closed meeting moved them on anyway).
  const onAgenda = await db
    .select({ nominationId: councilMeetingItems.nominationId, meetingId: councilMeetingItems.meetingId })
    .from(councilMeetingItems)
    .where(
      and(
        isNotNull(councilMeetingItems.nominationId),
        inArray(
          councilMeetingItems.nominationId,
          appraised.map((n) => n.id),
        ),
      ),
    );
  const busy = new Set<string>();
  if (onAgenda.length > 0) {
    const steps = await db
      .select({ meetingId: councilMeetingSteps.meetingId, kind: councilMeetingSteps.kind })
      .from(councilMeetingSteps)
      .where(
        inArray(
          councilMeetingSteps.meetingId,
          onAgenda.map((x) => x.meetingId),
        ),
      );
    for (const x of onAgenda) {
      const kinds = steps.filter((s) => s.meetingId === x.meetingId).map((s) => s.kind);
      if (statusOf(kinds) !== 'CLOSED') busy.add(x.nominationId!);
    }
  }
  const wanted = new Set(appraised.filter((n) => !busy.has(n.id)).map((n) => n.id));
  const out: AgendaNomination[] = [];
  for (const d of ds) {
    if (!appraised.some((n) => n.dossierId === d.id && wanted.has(n.id))) continue;
    const detail = await presentDossierDetail(ctx, db, d);
    for (const n of detail.nominations)
      if (wanted.has(n.id))
        out.push({
          nominationId: n.id,
          dossierId: d.id,
          dossierTitle: d.title,
          proposingUnitName: detail.proposingUnitName,
          nomineeName: n.nomineeName,
          nomineeUnit: n.nomineeUnitName,
          awardCode: n.code,
          awardName: viName(n.code),
        });
  }
  return out;
}

/** Hồ sơ đã thẩm định that may be put on a meeting's agenda. Needs council.manage on the council's body. */
export async function listAgendaNominations(
  ctx: ServiceContext,
  meetingId: string,
): Promise<AgendaNomination[]> {
  const { council } = await loadMeeting(ctx.read, meetingId);
  await authorizeManage(ctx, council);
  return candidates(ctx, ctx.read, council);
}

/**
 * Thêm từ hồ sơ đã thẩm định: appends agenda items linked to nominations (name, unit, award code from the
 * dossier). Only while the meeting is a draft; each nomination must be APPRAISED_PASSED_TO_COUNCIL, in the
 * council's scope and not on another open agenda (else INVALID_TRANSITION, nothing written). Audited per item
 * (`meeting.add_item`).
 */
export async function addAgendaFromNominations(
  ctx: ServiceContext,
  meetingId: string,
  input: unknown,
): Promise<Meeting> {
  const { council } = await loadMeeting(ctx.read, meetingId);
  await authorizeManage(ctx, council);
  const data = parseInput(ZAddAgendaFromNominationsInput, input);
  await ctx.db.transaction(async (tx) => {
    const { status } = await loadMeeting(tx, meetingId, 'update');
    if (status !== 'DRAFT') throw new ServiceError('MEETING_NOT_DRAFT');
    const available = await candidates(ctx, tx, council);
    const byId = new Map(available.map((a) => [a.nominationId, a]));
    const bad = [...new Set(data.nominationIds)].filter((id) => !byId.has(id));
    if (bad.length > 0)
      throw new ServiceError(
        'INVALID_TRANSITION',
        'Chỉ đưa vào chương trình họp người đã thẩm định, trình Hội đồng, thuộc phạm vi của Hội đồng và chưa có trong chương trình họp khác.',
        { nominationIds: bad },
      );
    await insertItems(
      tx,
      ctx,
      meetingId,
      [...new Set(data.nominationIds)].map((id) => {
        const a = byId.get(id)!;
        return {
          nominationId: id,
          nomineeName: a.nomineeName,
          nomineeUnit: a.nomineeUnit || null,
          awardCode: a.awardCode,
          summary: a.dossierTitle,
        };
      }),
    );
  });
  return presentMeeting(ctx, ctx.db, meetingId);
}

/**
 * Inside closeMeeting's transaction: each agenda item linked to a nomination appends COUNCIL_PASSED or
 * COUNCIL_REJECTED (INVALID_TRANSITION if the nomination has moved on, which rolls the whole close back) and
 * writes a `nomination.council_result` audit row.
 */
export async function recordCouncilResults(
  tx: Executor,
  ctx: ServiceContext,
  meetingId: string,
  items: { itemId: string; nominationId: string | null; passed: boolean }[],
): Promise<void> {
  for (const it of items) {
    if (!it.nominationId) continue;
    const step = it.passed ? 'COUNCIL_PASSED' : 'COUNCIL_REJECTED';
    await appendNominationStep(tx, ctx, it.nominationId, step, { data: { meetingId, itemId: it.itemId } });
    await emitAudit(tx, ctx, {
      action: 'nomination.council_result',
      entity: 'nomination',
      entityId: it.nominationId,
      after: { step, meetingId, itemId: it.itemId },
    });
  }
}
