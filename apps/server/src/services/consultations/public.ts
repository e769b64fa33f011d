import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lte } from 'drizzle-orm';
import { viName } from '@vinhdanh/rules';
import {
  ZPublicFeedbackInput,
  type PublicConsultation,
  type PublicConsultationDetail,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import {
  consultationFeedback,
  consultationItems,
  consultations,
  employments,
  nominations,
  persons,
} from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, ServiceError, ValidationError, parseInput } from '../../errors';
import { newId } from '../../lib/ids';
import { vietnamDate } from '../../lib/clock';
import { namesOf } from '../units/queries';
import { clientHash, consultationSecret, issueFormToken, readFormToken } from './window';

type Row = typeof consultations.$inferSelect;

/** A person needs at least this long between fetching the form and sending it. */
export const MIN_FILL_SECONDS = 5;
/** A form token is good for a day. */
export const FORM_TOKEN_TTL_HOURS = 24;
/** Per sender address: at most this many comments per hour and per day, across all consultations. */
export const PER_ADDRESS_PER_HOUR = 5;
export const PER_ADDRESS_PER_DAY = 20;
const MAX_LINKS = 2;

function presentPublic(c: Row, ownerName: string, nomineeCount: number, today: string): PublicConsultation {
  return {
    slug: c.slug,
    title: c.title,
    description: c.description,
    ownerName,
    postedOn: c.postedOn,
    closesOn: c.closesOn,
    minWorkingDays: c.minWorkingDays,
    citation: c.citation,
    open: c.postedOn <= today && today <= c.closesOn,
    nomineeCount,
  };
}

/** Danh sách lấy ý kiến nhân dân đã đăng (posted on or before today), newest first. Anonymous. */
export async function listPublicConsultations(ctx: ServiceContext): Promise<PublicConsultation[]> {
  const today = ctx.clock.today();
  const rows = await ctx.read
    .select()
    .from(consultations)
    .where(lte(consultations.postedOn, today))
    .orderBy(desc(consultations.postedOn), desc(consultations.createdAt))
    .limit(200);
  if (rows.length === 0) return [];
  const counts = await ctx.read
    .select({ id: consultationItems.consultationId, n: count() })
    .from(consultationItems)
    .where(
      inArray(
        consultationItems.consultationId,
        rows.map((r) => r.id),
      ),
    )
    .groupBy(consultationItems.consultationId);
  const byId = new Map(counts.map((c) => [c.id, Number(c.n)]));
  const names = await namesOf(
    ctx.read,
    rows.map((r) => r.ownerUnitId),
    today,
  );
  return rows.map((r) => presentPublic(r, names.get(r.ownerUnitId) ?? '', byId.get(r.id) ?? 0, today));
}

async function requirePosted(db: Executor, slug: string, today: string): Promise<Row> {
  if (typeof slug !== 'string' || slug.length > 120)
    throw new NotFoundError('Không tìm thấy danh sách lấy ý kiến.');
  const [c] = await db.select().from(consultations).where(eq(consultations.slug, slug));
  if (!c || c.postedOn > today) throw new NotFoundError('Không tìm thấy danh sách lấy ý kiến.');
  return c;
}

/**
 * One posted list for the public. The presenter is a whitelist: name, unit, title/form and the achievement
 * summary. Never a national ID, date of birth or contact data of a nominee, and never a commenter's name or
 * contact. Anonymous.
 */
export async function getPublicConsultation(
  ctx: ServiceContext,
  slug: string,
): Promise<PublicConsultationDetail> {
  const today = ctx.clock.today();
  const c = await requirePosted(ctx.read, slug, today);
  const items = await ctx.read
    .select({
      position: consultationItems.position,
      id: nominations.id,
      personId: nominations.personId,
      unitId: nominations.unitId,
      code: nominations.code,
      summary: nominations.summary,
      fullName: persons.fullName,
    })
    .from(consultationItems)
    .innerJoin(nominations, eq(nominations.id, consultationItems.nominationId))
    .leftJoin(persons, eq(persons.id, nominations.personId))
    .where(eq(consultationItems.consultationId, c.id))
    .orderBy(asc(consultationItems.position));
  const personIds = items.map((i) => i.personId).filter((x): x is string => !!x);
  const emps = personIds.length
    ? await ctx.read
        .select({
          personId: employments.personId,
          unitId: employments.unitId,
          from: employments.dateFrom,
          to: employments.dateTo,
        })
        .from(employments)
        .where(inArray(employments.personId, personIds))
        .orderBy(asc(employments.dateFrom))
    : [];
  const unitOf = new Map<string, string>();
  for (const e of emps)
    if ((e.from <= today && (e.to === null || e.to >= today)) || !unitOf.has(e.personId))
      unitOf.set(e.personId, e.unitId);
  const names = await namesOf(
    ctx.read,
    [c.ownerUnitId, ...items.map((i) => i.unitId ?? unitOf.get(i.personId ?? '') ?? '').filter(Boolean)],
    today,
  );
  const answered = await ctx.read
    .select({
      content: consultationFeedback.content,
      answer: consultationFeedback.answer,
      at: consultationFeedback.answeredAt,
    })
    .from(consultationFeedback)
    .where(
      and(
        eq(consultationFeedback.consultationId, c.id),
        isNotNull(consultationFeedback.answeredAt),
        isNull(consultationFeedback.dismissedAt),
      ),
    )
    .orderBy(asc(consultationFeedback.answeredAt));
  const secret = await consultationSecret(ctx.db);
  return {
    ...presentPublic(c, names.get(c.ownerUnitId) ?? '', items.length, today),
    nominees: items.map((i) => ({
      id: i.id,
      position: i.position,
      name: i.personId ? (i.fullName ?? '') : (names.get(i.unitId!) ?? ''),
      unitName: names.get(i.unitId ?? unitOf.get(i.personId ?? '') ?? '') ?? '',
      kind: i.personId ? ('PERSON' as const) : ('COLLECTIVE' as const),
      code: i.code,
      codeName: viName(i.code),
      achievement: i.summary,
    })),
    formToken: issueFormToken(secret, c.slug, ctx.clock.now().getTime()),
    answered: answered.map((a) => ({
      content: a.content,
      answer: a.answer ?? '',
      answeredOn: a.at ? vietnamDate(a.at) : '',
    })),
  };
}

/**
 * Gửi ý kiến: identified feedback (name and contact required) while the list is posted. Spam resistance without
 * third-party services: a honeypot field, a signed form token with a minimum fill time, a cap on links, and
 * per-address limits (keyed hash of the address; nothing else about the sender is kept). Anonymous; audited
 * without personal data.
 */
export async function submitFeedback(
  ctx: ServiceContext,
  slug: string,
  input: unknown,
  meta: { ip: string | null },
): Promise<{ id: string; receivedAt: string; message: string }> {
  const data = parseInput(ZPublicFeedbackInput, input);
  const today = ctx.clock.today();
  const c = await requirePosted(ctx.db, slug, today);
  const secret = await consultationSecret(ctx.db);
  const now = ctx.clock.now().getTime();
  if (data.website && data.website.trim() !== '') throw new ServiceError('SPAM_SUSPECTED');
  const issued = readFormToken(secret, c.slug, data.formToken);
  if (issued === null || now - issued > FORM_TOKEN_TTL_HOURS * 3600_000 || issued > now + 60_000)
    throw new ServiceError(
      'SPAM_SUSPECTED',
      'Biểu mẫu đã hết hạn. Vui lòng tải lại trang và gửi lại ý kiến.',
    );
  if (now - issued < MIN_FILL_SECONDS * 1000) throw new ServiceError('SPAM_SUSPECTED');
  if ((data.content.match(/https?:\/\/|www\./gi) ?? []).length > MAX_LINKS)
    throw new ServiceError('SPAM_SUSPECTED', 'Ý kiến chứa quá nhiều đường liên kết.');
  if (today > c.closesOn)
    throw new ServiceError(
      'CONSULTATION_CLOSED',
      `Đã hết thời gian nhận ý kiến (đến hết ngày ${c.closesOn.split('-').reverse().join('/')}).`,
    );
  if (data.nominationId) {
    const [item] = await ctx.db
      .select()
      .from(consultationItems)
      .where(
        and(
          eq(consultationItems.consultationId, c.id),
          eq(consultationItems.nominationId, data.nominationId),
        ),
      );
    if (!item)
      throw new ValidationError([
        { path: 'nominationId', message: 'Người được đề nghị không có trong danh sách này.' },
      ]);
  }
  const hash = clientHash(secret, meta.ip);
  return ctx.db.transaction(async (tx) => {
    const since = async (ms: number) =>
      Number(
        (
          await tx
            .select({ n: count() })
            .from(consultationFeedback)
            .where(
              and(
                eq(consultationFeedback.clientHash, hash),
                gte(consultationFeedback.receivedAt, new Date(now - ms)),
              ),
            )
        )[0]?.n ?? 0,
      );
    if ((await since(3600_000)) >= PER_ADDRESS_PER_HOUR || (await since(86_400_000)) >= PER_ADDRESS_PER_DAY)
      throw new ServiceError(
        'RATE_LIMITED',
        'Bạn đã gửi nhiều ý kiến trong thời gian ngắn. Vui lòng thử lại sau.',
      );
    const id = newId();
    const receivedAt = ctx.clock.now();
    await tx.insert(consultationFeedback).values({
      id,
      consultationId: c.id,
      nominationId: data.nominationId ?? null,
      name: data.name,
      contact: data.contact,
      content: data.content,
      clientHash: hash,
      receivedAt,
    });
    await emitAudit(tx, ctx, {
      action: 'consultation.feedback',
      entity: 'consultation',
      entityId: c.id,
      after: { feedbackId: id, nominationId: data.nominationId ?? null },
    });
    return {
      id,
      receivedAt: receivedAt.toISOString(),
      message:
        'Cảm ơn ông/bà đã gửi ý kiến. Cơ quan thường trực Hội đồng Thi đua – Khen thưởng sẽ xem xét và trả lời.',
    };
  });
}
