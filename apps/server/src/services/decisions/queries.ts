import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { ZDecisionListQuery, type DecisionDetail, type DecisionSummary, type Page } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { decisions, decisionSteps } from '../../db/schema/decisions';
import { parseInput } from '../../errors';
import { authorize, scopeFor } from '../../policies/scope';
import { loadDecision, presentDetail, presentSummaries } from './common';

/** Sổ quyết định: decisions of the bodies in the actor's scope, newest first (drafts first of all). */
export async function listDecisions(ctx: ServiceContext, input: unknown): Promise<Page<DecisionSummary>> {
  await authorize(ctx, 'decision.read');
  const q = parseInput(ZDecisionListQuery, input);
  if (q.issuerUnitId) await authorize(ctx, 'decision.read', [q.issuerUnitId]);
  const scope = await scopeFor(ctx, 'decision.read');
  const where: (SQL | undefined)[] = [];
  if (scope !== 'ALL')
    where.push(inArray(decisions.issuerUnitId, [...scope, '00000000-0000-0000-0000-000000000000']));
  if (q.issuerUnitId) where.push(eq(decisions.issuerUnitId, q.issuerUnitId));
  if (q.registerId) where.push(eq(decisions.registerId, q.registerId));
  if (q.year)
    where.push(sql`coalesce(${decisions.year}, extract(year from ${decisions.createdAt})::int) = ${q.year}`);
  if (q.q)
    where.push(
      sql`vd_norm(${decisions.subject} || ' ' || coalesce(${decisions.numberText}, '')) like '%' || vd_norm(${q.q}) || '%'`,
    );
  if (q.status) {
    const issued = sql`exists (select 1 from ${decisionSteps} s where s.decision_id = ${decisions.id} and s.step = 'ISSUED')`;
    const signed = sql`exists (select 1 from ${decisionSteps} s where s.decision_id = ${decisions.id} and s.step = 'SIGNED_COPY_UPLOADED')`;
    where.push(
      q.status === 'DRAFT'
        ? sql`not ${issued}`
        : q.status === 'ISSUED'
          ? sql`${issued} and not ${signed}`
          : signed,
    );
  }
  const cond = and(...where);
  const [{ n }] = (await ctx.read
    .select({ n: sql<number>`count(*)::int` })
    .from(decisions)
    .where(cond)) as [{ n: number }];
  const rows = await ctx.read
    .select()
    .from(decisions)
    .where(cond)
    .orderBy(sql`${decisions.decidedOn} desc nulls first`, desc(decisions.number), desc(decisions.createdAt))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await presentSummaries(ctx.read, rows), total: n, page: q.page, pageSize: q.pageSize };
}

export async function getDecision(ctx: ServiceContext, id: string): Promise<DecisionDetail> {
  const d = await loadDecision(ctx.read, id);
  await authorize(ctx, 'decision.read', [d.issuerUnitId]);
  return presentDetail(ctx.read, d);
}
