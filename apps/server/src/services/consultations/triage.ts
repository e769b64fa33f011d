import { asc, eq, inArray } from 'drizzle-orm';
import { ZAnswerFeedbackInput, type Feedback } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { consultationFeedback, consultations, nominations, persons } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, ValidationError, parseInput } from '../../errors';
import { isUuid } from '../../lib/ids';
import { authorize } from '../../policies/scope';
import { namesOf } from '../units/queries';

type Row = typeof consultationFeedback.$inferSelect;

async function nomineeNames(ctx: ServiceContext, ids: string[]) {
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  const rows = await ctx.read
    .select({ id: nominations.id, unitId: nominations.unitId, fullName: persons.fullName })
    .from(nominations)
    .leftJoin(persons, eq(persons.id, nominations.personId))
    .where(inArray(nominations.id, ids));
  const units = await namesOf(
    ctx.read,
    rows.map((r) => r.unitId).filter((x): x is string => !!x),
    ctx.clock.today(),
  );
  for (const r of rows) out.set(r.id, r.fullName ?? units.get(r.unitId ?? '') ?? '');
  return out;
}

function present(r: Row, names: Map<string, string>): Feedback {
  return {
    id: r.id,
    consultationId: r.consultationId,
    nominationId: r.nominationId,
    nomineeName: r.nominationId ? (names.get(r.nominationId) ?? null) : null,
    name: r.name,
    contact: r.contact,
    content: r.content,
    receivedAt: r.receivedAt.toISOString(),
    category: (r.category as Feedback['category']) ?? null,
    answer: r.answer,
    answeredAt: r.answeredAt ? r.answeredAt.toISOString() : null,
    dismissed: r.dismissedAt !== null,
  };
}

async function requireConsultation(ctx: ServiceContext, id: string) {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy đợt lấy ý kiến.');
  const [c] = await ctx.db.select().from(consultations).where(eq(consultations.id, id));
  if (!c) throw new NotFoundError('Không tìm thấy đợt lấy ý kiến.');
  return c;
}

/** Hàng đợi xử lý ý kiến: untriaged first, then the rest, oldest first. Needs consultation.manage on the owner. */
export async function listFeedback(ctx: ServiceContext, consultationId: string): Promise<Feedback[]> {
  const c = await requireConsultation(ctx, consultationId);
  await authorize(ctx, 'consultation.manage', [c.ownerUnitId]);
  const rows = await ctx.read
    .select()
    .from(consultationFeedback)
    .where(eq(consultationFeedback.consultationId, c.id))
    .orderBy(asc(consultationFeedback.receivedAt));
  const names = await nomineeNames(
    ctx,
    rows.map((r) => r.nominationId).filter((x): x is string => !!x),
  );
  const pending = (r: Row) => r.answeredAt === null && r.dismissedAt === null;
  return [...rows.filter(pending), ...rows.filter((r) => !pending(r))].map((r) => present(r, names));
}

/**
 * Phân loại và trả lời ý kiến: sets the category and either answers it (published on the consultation page
 * without the sender's name or contact) or dismisses it (spam, irrelevant). Needs consultation.manage.
 */
export async function triageFeedback(
  ctx: ServiceContext,
  feedbackId: string,
  input: unknown,
): Promise<Feedback> {
  if (!isUuid(feedbackId)) throw new NotFoundError('Không tìm thấy ý kiến.');
  const [f] = await ctx.db.select().from(consultationFeedback).where(eq(consultationFeedback.id, feedbackId));
  if (!f) throw new NotFoundError('Không tìm thấy ý kiến.');
  const c = await requireConsultation(ctx, f.consultationId);
  await authorize(ctx, 'consultation.manage', [c.ownerUnitId]);
  const data = parseInput(ZAnswerFeedbackInput, input);
  if (!data.dismiss && !data.answer)
    throw new ValidationError([{ path: 'answer', message: 'Nhập nội dung trả lời, hoặc chọn không xử lý.' }]);
  const now = ctx.clock.now();
  const names = await nomineeNames(ctx, f.nominationId ? [f.nominationId] : []);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(consultationFeedback)
      .set({
        category: data.category,
        answer: data.dismiss ? null : data.answer,
        answeredAt: data.dismiss ? null : now,
        answeredBy: data.dismiss ? null : (ctx.actor?.accountId ?? null),
        dismissedAt: data.dismiss ? now : null,
        dismissedBy: data.dismiss ? (ctx.actor?.accountId ?? null) : null,
      })
      .where(eq(consultationFeedback.id, f.id))
      .returning();
    await emitAudit(tx, ctx, {
      action: 'consultation.triage',
      entity: 'consultation_feedback',
      entityId: f.id,
      before: { category: f.category, answer: f.answer, dismissed: f.dismissedAt !== null },
      after: { category: data.category, answer: data.dismiss ? null : data.answer, dismissed: data.dismiss },
    });
    return present(row!, names);
  });
}
