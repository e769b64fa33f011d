import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { DECISION_KIND_LABELS, formatLegalDate, type DecisionKind } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { awards } from '../../db/schema';
import { decisionRegisters, decisions } from '../../db/schema/decisions';
import { isUuid } from '../../lib/ids';
import { presentDetail, presentSummaries } from '../decisions/common';
import {
  presentPublicDecision,
  presentPublicDecisionSummary,
  type HomeTeaser,
  type PublicDecision,
  type PublicDecisionSummary,
  type SearchHit,
} from '../../portal/presenters';
import { allWords } from './search';

/** Issued acts only (an ISSUED step): drafts never reach the portal. */
const ISSUED: SQL = sql`EXISTS (SELECT 1 FROM decision_steps s WHERE s.decision_id = ${decisions.id} AND s.step = 'ISSUED')`;

export const DECISIONS_PAGE_SIZE = 30;

/** Quyết định đã ban hành, mới nhất trước. */
export async function listPublicDecisions(
  ctx: ServiceContext,
  opts: { page?: number; pageSize?: number } = {},
): Promise<{ items: PublicDecisionSummary[]; total: number; page: number; pageSize: number }> {
  const page = Math.max(1, Math.min(opts.page ?? 1, 10_000));
  const pageSize = opts.pageSize ?? DECISIONS_PAGE_SIZE;
  const [{ n } = { n: 0 }] = await ctx.read
    .select({ n: sql<number>`count(*)::int` })
    .from(decisions)
    .where(ISSUED);
  const rows = await ctx.read
    .select()
    .from(decisions)
    .where(ISSUED)
    .orderBy(desc(decisions.decidedOn), desc(decisions.number), desc(decisions.createdAt))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const summaries = await presentSummaries(ctx.read, rows);
  return { items: summaries.map(presentPublicDecisionSummary), total: Number(n), page, pageSize };
}

/** One issued decision with its recipients (public fields) and their verification codes, or null. */
export async function getPublicDecision(ctx: ServiceContext, id: string): Promise<PublicDecision | null> {
  if (!isUuid(id)) return null;
  const [row] = await ctx.read
    .select()
    .from(decisions)
    .where(and(eq(decisions.id, id), ISSUED));
  if (!row) return null;
  const detail = await presentDetail(ctx.read, row);
  const [reg] = await ctx.read
    .select({ issuingBody: decisionRegisters.issuingBody })
    .from(decisionRegisters)
    .where(eq(decisionRegisters.id, row.registerId));
  const awardIds = detail.recipients.map((r) => r.awardId).filter((x): x is string => !!x);
  const codes = awardIds.length
    ? await ctx.read
        .select({ id: awards.id, verifyCode: awards.verifyCode, revokedAt: awards.revokedAt })
        .from(awards)
        .where(inArray(awards.id, awardIds))
    : [];
  return presentPublicDecision(detail, reg?.issuingBody ?? null, new Map(codes.map((c) => [c.id, c])));
}

/** Section provider (sitemap): the latest issued decisions. */
export async function decisionTeasers(
  ctx: ServiceContext,
  opts: { open: boolean; limit: number },
): Promise<HomeTeaser[]> {
  const list = await listPublicDecisions(ctx, { pageSize: Math.min(opts.limit, 5000) });
  return list.items.map((d) => ({
    href: d.href,
    title: `Quyết định số ${d.numberText}: ${d.subject}`,
    meta: [formatLegalDate(d.decidedOn), d.issuerName].filter(Boolean).join(' · '),
  }));
}

/** Search provider: issued decisions by number, trích yếu, or a recipient's name (no diacritics needed). */
export async function searchPublicDecisions(ctx: ServiceContext, words: string[]): Promise<SearchHit[]> {
  const rows = await ctx.read
    .select({
      id: decisions.id,
      kind: decisions.kind,
      numberText: decisions.numberText,
      subject: decisions.subject,
      decidedOn: decisions.decidedOn,
    })
    .from(decisions)
    .where(
      and(
        ISSUED,
        sql`(${allWords(sql`${decisions.subject} || ' ' || coalesce(${decisions.numberText}, '')`, words)}
          OR EXISTS (SELECT 1 FROM decision_recipients x WHERE x.decision_id = ${decisions.id}
                       AND ${allWords(sql`x.name`, words)}))`,
      ),
    )
    .orderBy(desc(decisions.decidedOn))
    .limit(20);
  return rows.map((r) => ({
    kind: `Quyết định ${DECISION_KIND_LABELS[r.kind as DecisionKind]?.toLowerCase() ?? ''}`.trim(),
    href: `/quyet-dinh/${r.id}`,
    title: `Quyết định số ${r.numberText ?? ''}`,
    excerpt: r.subject,
    date: r.decidedOn ? new Date(`${r.decidedOn}T00:00:00+07:00`) : null,
  }));
}
