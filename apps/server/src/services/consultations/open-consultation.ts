import { randomBytes } from 'node:crypto';
import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import { foldVietnamese, formatLegalDate, ZOpenConsultationInput, type Consultation } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import {
  consultationFeedback,
  consultationItems,
  consultations,
  dossiers,
  nominations,
} from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, ServiceError, ValidationError, parseInput } from '../../errors';
import { isUuid, newId } from '../../lib/ids';
import { authorize, scopeFor } from '../../policies/scope';
import { namesOf } from '../units/queries';
import { activeOverrides, forEngine } from '../rules/parameter-overrides';
import { appendNominationStep, canAppend, deriveState, nominationStates } from '../../workflow/nomination';
import { meetingAllowed, postingWindow } from './window';

type ConsultationRow = typeof consultations.$inferSelect;

function slugOf(title: string): string {
  const base = foldVietnamese(title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return `${base || 'lay-y-kien'}-${randomBytes(3).toString('hex')}`;
}

export async function presentConsultation(
  ctx: ServiceContext,
  db: Executor,
  c: ConsultationRow,
): Promise<Consultation> {
  const items = await db
    .select({ id: consultationItems.nominationId })
    .from(consultationItems)
    .where(eq(consultationItems.consultationId, c.id))
    .orderBy(asc(consultationItems.position));
  const [fb] = await db
    .select({ n: count() })
    .from(consultationFeedback)
    .where(eq(consultationFeedback.consultationId, c.id));
  const [open] = await db
    .select({ n: count() })
    .from(consultationFeedback)
    .where(
      and(
        eq(consultationFeedback.consultationId, c.id),
        isNull(consultationFeedback.answeredAt),
        isNull(consultationFeedback.dismissedAt),
      ),
    );
  const today = ctx.clock.today();
  const names = await namesOf(db, [c.ownerUnitId], today);
  return {
    id: c.id,
    slug: c.slug,
    title: c.title,
    description: c.description,
    ownerUnitId: c.ownerUnitId,
    ownerName: names.get(c.ownerUnitId) ?? '',
    postedOn: c.postedOn,
    closesOn: c.closesOn,
    earliestMeetingOn: c.earliestMeetingOn,
    minWorkingDays: c.minWorkingDays,
    citation: c.citation,
    open: c.postedOn <= today && today <= c.closesOn,
    closed: c.closedAt !== null,
    nominationIds: items.map((i) => i.id),
    feedbackCount: Number(fb?.n ?? 0),
    untriagedCount: Number(open?.n ?? 0),
  };
}

/**
 * Công khai danh sách lấy ý kiến: posts appraised (or council-passed) nominees of dossiers received by the owner
 * body for the legal number of working days (rules `posting` op: NĐ 98 Điều 46 kh2, dated, counting convention).
 * With `meetingOn`, refuses a council date the posting would not reach (POSTING_TOO_SHORT). Each nominee gets a
 * CONSULTATION_OPEN step. Needs consultation.manage on the owner body.
 */
export async function openConsultation(ctx: ServiceContext, input: unknown): Promise<Consultation> {
  await authorize(ctx, 'consultation.manage');
  const data = parseInput(ZOpenConsultationInput, input);
  await authorize(ctx, 'consultation.manage', [data.ownerUnitId]);
  const today = ctx.clock.today();
  if (data.postedOn < today)
    throw new ValidationError([
      { path: 'postedOn', message: 'Ngày công khai không được trước ngày hôm nay.' },
    ]);
  const ids = [...new Set(data.nominationIds)];
  const rows = await ctx.db
    .select({ n: nominations, receivingUnitId: dossiers.receivingUnitId })
    .from(nominations)
    .innerJoin(dossiers, eq(dossiers.id, nominations.dossierId))
    .where(inArray(nominations.id, ids));
  if (rows.length !== ids.length)
    throw new ValidationError([{ path: 'nominationIds', message: 'Không tìm thấy người được đề nghị.' }]);
  if (rows.some((r) => r.receivingUnitId !== data.ownerUnitId))
    throw new ValidationError([
      { path: 'nominationIds', message: 'Chỉ công khai người được đề nghị trong hồ sơ gửi đến cơ quan này.' },
    ]);
  const overrides = forEngine(await activeOverrides(ctx.db));
  const win = postingWindow(
    rows.map((r) => r.n.code),
    data.postedOn,
    overrides,
  );
  if (data.meetingOn && data.meetingOn < win.earliestMeetingOn) {
    const r = meetingAllowed(win.mandatoryFor[0] ?? 'HCLD_HANG_BA', data.postedOn, data.meetingOn, overrides);
    throw new ServiceError(
      'POSTING_TOO_SHORT',
      `${r?.message.vi ?? 'Thời gian công khai chưa đủ'}. Hội đồng họp sớm nhất ngày ${formatLegalDate(win.earliestMeetingOn)}.`,
      {
        earliestMeetingOn: win.earliestMeetingOn,
        minWorkingDays: win.minWorkingDays,
        citation: win.citation,
      },
    );
  }
  return ctx.db.transaction(async (tx) => {
    const states = await nominationStates(tx, ids);
    const bad = ids.filter((id) => !canAppend(states.get(id) ?? deriveState([]), 'CONSULTATION_OPEN'));
    if (bad.length)
      throw new ServiceError(
        'INVALID_TRANSITION',
        'Chỉ công khai người được đề nghị đã thẩm định (hoặc đã được Hội đồng nhất trí) và chưa công khai.',
        { nominationIds: bad },
      );
    const id = newId();
    const [row] = await tx
      .insert(consultations)
      .values({
        id,
        slug: slugOf(data.title),
        title: data.title,
        description: data.description,
        ownerUnitId: data.ownerUnitId,
        postedOn: data.postedOn,
        closesOn: win.closesOn,
        earliestMeetingOn: win.earliestMeetingOn,
        minWorkingDays: win.minWorkingDays,
        citation: win.citation,
        createdBy: ctx.actor?.accountId ?? null,
      })
      .returning();
    const order = new Map(rows.map((r) => [r.n.id, r.n]));
    const sorted = ids.sort((a, b) => (order.get(a)!.position ?? 0) - (order.get(b)!.position ?? 0));
    await tx
      .insert(consultationItems)
      .values(sorted.map((nominationId, i) => ({ consultationId: id, nominationId, position: i + 1 })));
    for (const n of sorted)
      await appendNominationStep(tx, ctx, n, 'CONSULTATION_OPEN', { data: { consultationId: id } });
    const out = await presentConsultation(ctx, tx, row!);
    await emitAudit(tx, ctx, {
      action: 'consultation.open',
      entity: 'consultation',
      entityId: id,
      after: { ...out, feedbackCount: undefined, untriagedCount: undefined, open: undefined },
    });
    return out;
  });
}

/**
 * Kết thúc lấy ý kiến: after the last posting day, each nominee gets CONSULTATION_CLOSED. Refused while the
 * window is still running (CONSULTATION_OPEN). Needs consultation.manage on the owner body.
 */
export async function closeConsultation(ctx: ServiceContext, id: string): Promise<Consultation> {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy đợt lấy ý kiến.');
  const [c] = await ctx.db.select().from(consultations).where(eq(consultations.id, id));
  if (!c) throw new NotFoundError('Không tìm thấy đợt lấy ý kiến.');
  await authorize(ctx, 'consultation.manage', [c.ownerUnitId]);
  const today = ctx.clock.today();
  if (today <= c.closesOn)
    throw new ServiceError(
      'CONSULTATION_OPEN',
      `Danh sách công khai lấy ý kiến đến hết ngày ${formatLegalDate(c.closesOn)}; chỉ kết thúc từ ngày ${formatLegalDate(c.earliestMeetingOn)}.`,
    );
  if (c.closedAt) throw new ServiceError('INVALID_TRANSITION', 'Đợt lấy ý kiến đã kết thúc.');
  return ctx.db.transaction(async (tx) => {
    const items = await tx.select().from(consultationItems).where(eq(consultationItems.consultationId, id));
    const states = await nominationStates(
      tx,
      items.map((i) => i.nominationId),
    );
    for (const i of items)
      if (states.get(i.nominationId)?.consultation === 'OPEN')
        await appendNominationStep(tx, ctx, i.nominationId, 'CONSULTATION_CLOSED', {
          data: { consultationId: id },
        });
    const [row] = await tx
      .update(consultations)
      .set({ closedAt: ctx.clock.now(), closedBy: ctx.actor?.accountId ?? null })
      .where(eq(consultations.id, id))
      .returning();
    const out = await presentConsultation(ctx, tx, row!);
    await emitAudit(tx, ctx, {
      action: 'consultation.close',
      entity: 'consultation',
      entityId: id,
      after: { closesOn: c.closesOn, feedbackCount: out.feedbackCount, untriagedCount: out.untriagedCount },
    });
    return out;
  });
}

/** Đợt lấy ý kiến of bodies in the actor's scope, newest first. */
export async function listConsultations(ctx: ServiceContext): Promise<Consultation[]> {
  await authorize(ctx, 'consultation.manage');
  const scope = await scopeFor(ctx, 'consultation.manage');
  if (scope !== 'ALL' && scope.size === 0) return [];
  const rows = await ctx.read
    .select()
    .from(consultations)
    .where(scope === 'ALL' ? undefined : inArray(consultations.ownerUnitId, [...scope]))
    .orderBy(asc(consultations.postedOn));
  const out = [];
  for (const r of rows.reverse()) out.push(await presentConsultation(ctx, ctx.read, r));
  return out;
}
