import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { evaluate, RULESET_VERSION, viName, type EligibilityResponse } from '@vinhdanh/rules';
import {
  DEFAULT_INDIVIDUAL_TARGETS,
  ZEligibilityQuery,
  type EligibilityReport,
  type PersonRecords,
  type Verdict,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { awards, eligibilityResults, personYearRecords } from '../../db/schema';
import { canonicalJson, emitAudit } from '../../audit/emit';
import { ValidationError, parseInput } from '../../errors';
import { newId } from '../../lib/ids';
import { authorizePersonRead, requirePersonRow } from '../people/queries';
import { activeOverrides, forEngine } from '../rules/parameter-overrides';
import { buildSubject, loadSubjectInputs, presentAward, presentYear } from './facts';

/** proposedOn defaults to today; an achievement year after the proposal's year cannot be judged. */
export function legalDates(ctx: ServiceContext, year: number, proposedOn: string | undefined) {
  const on = proposedOn ?? ctx.clock.today();
  if (year > Number(on.slice(0, 4)))
    throw new ValidationError([
      { path: 'year', message: 'Năm thành tích không được sau năm xét đề nghị (proposedOn).' },
    ]);
  return on;
}

/**
 * Xét điều kiện khen thưởng của một cá nhân: assembles the rules contract's subject from the person's year
 * records, award registry and first employment, asks the rules engine for each target, and stores every answer
 * (facts, reasons, ruleset version) in eligibility_results so it can be reproduced. An answer identical to one
 * already stored (same request facts, overrides and ruleset version) reuses that row: viewing the page again
 * stores and audits nothing new. Needs person.read.
 */
export async function evaluatePersonEligibility(
  ctx: ServiceContext,
  personId: string,
  input: unknown,
): Promise<EligibilityReport> {
  const person = await requirePersonRow(ctx.db, personId);
  await authorizePersonRead(ctx, personId);
  const q = parseInput(ZEligibilityQuery, input);
  const proposedOn = legalDates(ctx, q.year, q.proposedOn);
  const targets = q.targets?.length ? [...new Set(q.targets)] : [...DEFAULT_INDIVIDUAL_TARGETS];
  return ctx.db.transaction(async (tx) => {
    const inputs = await loadSubjectInputs(tx, [personId]);
    const subject = buildSubject(inputs.get(personId)!, q.year, proposedOn);
    // Province overrides in force are applied and recorded with each stored answer (facts.overrides).
    const active = await activeOverrides(tx);
    const overrides = forEngine(active);
    const verdicts: Verdict[] = [];
    const rows: (typeof eligibilityResults.$inferInsert)[] = [];
    // Answers already stored for this request (same year, legal date and ruleset): keyed by target + facts.
    const stored = new Map<string, string>();
    const previous = await tx
      .select({
        id: eligibilityResults.id,
        target: eligibilityResults.target,
        facts: eligibilityResults.facts,
      })
      .from(eligibilityResults)
      .where(
        and(
          eq(eligibilityResults.personId, personId),
          eq(eligibilityResults.achievementYear, q.year),
          eq(eligibilityResults.proposedOn, proposedOn),
          eq(eligibilityResults.rulesetVersion, RULESET_VERSION),
          inArray(eligibilityResults.target, targets),
        ),
      )
      .orderBy(desc(eligibilityResults.createdAt));
    for (const r of previous) {
      const key = `${r.target}\n${canonicalJson(r.facts)}`;
      if (!stored.has(key)) stored.set(key, r.id);
    }
    for (const target of targets) {
      const request = { op: 'eligibility', target, proposedOn, achievementYear: q.year, subject };
      const res = evaluate(request, { overrides });
      if ('error' in res) {
        // A target the law does not give individuals (or facts the engine refuses): say so, store nothing.
        verdicts.push({
          resultId: null,
          target,
          targetName: viName(target),
          outcome: 'NEEDS_REVIEW',
          confirmed: false,
          regime: 'NOT_ENCODED',
          reasons: [
            {
              rule: 'request.invalid',
              met: false,
              status: 'UNKNOWN',
              citation: '—',
              confirmed: false,
              message: { vi: res.error.message, en: res.error.message },
            },
          ],
        });
        continue;
      }
      const e = res as EligibilityResponse;
      const facts = active.length ? { ...request, overrides: active } : request;
      let id = stored.get(`${target}\n${canonicalJson(facts)}`);
      if (!id) {
        id = newId();
        rows.push({
          id,
          personId,
          target,
          achievementYear: q.year,
          proposedOn,
          rulesetVersion: e.rulesetVersion,
          outcome: e.outcome,
          confirmed: e.confirmed,
          facts,
          reasons: e.reasons,
          createdBy: ctx.actor?.accountId ?? null,
        });
      }
      verdicts.push({
        resultId: id,
        target,
        targetName: viName(target),
        outcome: e.outcome,
        confirmed: e.confirmed,
        regime: e.regime,
        reasons: e.reasons.map((r) => ({ ...r })),
      });
    }
    if (rows.length) {
      await tx.insert(eligibilityResults).values(rows);
      await emitAudit(tx, ctx, {
        action: 'eligibility.evaluate',
        entity: 'person',
        entityId: personId,
        after: {
          year: q.year,
          proposedOn,
          rulesetVersion: RULESET_VERSION,
          ...(active.length ? { overrides: active.map((o) => o.id) } : {}),
          results: rows.map((r) => ({ id: r.id, target: r.target, outcome: r.outcome })),
        },
      });
    }
    return {
      personId,
      fullName: person.fullName,
      year: q.year,
      proposedOn,
      rulesetVersion: RULESET_VERSION,
      verdicts,
    };
  });
}

/** Dòng thời gian: year records and the award registry of one person. Needs person.read. */
export async function getPersonRecords(ctx: ServiceContext, personId: string): Promise<PersonRecords> {
  await requirePersonRow(ctx.read, personId);
  await authorizePersonRead(ctx, personId);
  const inputs = await loadSubjectInputs(ctx.read, [personId]);
  const years = await ctx.read
    .select()
    .from(personYearRecords)
    .where(eq(personYearRecords.personId, personId))
    .orderBy(desc(personYearRecords.year));
  const list = await ctx.read
    .select()
    .from(awards)
    .where(eq(awards.personId, personId))
    .orderBy(asc(awards.decidedOn));
  return {
    personId,
    recruitedOn: inputs.get(personId)!.recruitedOn,
    years: years.map(presentYear),
    awards: list.map(presentAward),
  };
}
