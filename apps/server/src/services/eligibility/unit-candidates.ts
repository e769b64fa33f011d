import { and, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import {
  evaluate,
  evaluateEligibilityBatch,
  RULESET_VERSION,
  viName,
  type Code,
  type QuotaResponse,
} from '@vinhdanh/rules';
import { DEFAULT_INDIVIDUAL_TARGETS, ZCandidatesQuery, type Candidates } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { employments, persons } from '../../db/schema';
import { NotFoundError, parseInput } from '../../errors';
import { isUuid } from '../../lib/ids';
import { authorize, subtreeUnitIds } from '../../policies/scope';
import { namesOf } from '../units/queries';
import { activeOverrides, forEngine } from '../rules/parameter-overrides';
import { buildSubject, loadSubjectInputs } from './facts';
import { legalDates } from './evaluate-person-eligibility';

/**
 * Danh sách đề xuất năm …: people currently employed in the unit subtree, evaluated in one batch for the six
 * individual targets, with counts per target and the CSTĐCS quota (the `quota` op, with ldttCount = people
 * eligible for or already holding LĐTT that year). A read: nothing is stored.
 */
export async function unitCandidates(
  ctx: ServiceContext,
  unitId: string,
  input: unknown,
): Promise<Candidates> {
  if (!isUuid(unitId)) throw new NotFoundError('Không tìm thấy đơn vị.');
  await authorize(ctx, 'person.read', [unitId]);
  const q = parseInput(ZCandidatesQuery, input);
  const proposedOn = legalDates(ctx, q.year, q.proposedOn);
  const today = ctx.clock.today();
  const names = await namesOf(ctx.read, [unitId], today);
  if (!names.has(unitId)) throw new NotFoundError('Không tìm thấy đơn vị.');
  const subtree = [...(await subtreeUnitIds(ctx, unitId))];
  const emps = await ctx.read
    .select({
      personId: employments.personId,
      unitId: employments.unitId,
      name: persons.fullName,
      sort: persons.nameSort,
    })
    .from(employments)
    .innerJoin(persons, eq(persons.id, employments.personId))
    .where(
      and(
        inArray(employments.unitId, subtree),
        lte(employments.dateFrom, today),
        or(isNull(employments.dateTo), gte(employments.dateTo, today)),
      ),
    );
  // One row per person (a person may hold two posts in the subtree), in Vietnamese list order.
  const byPerson = new Map<string, (typeof emps)[number]>();
  for (const e of emps) if (!byPerson.has(e.personId)) byPerson.set(e.personId, e);
  const people = [...byPerson.values()].sort((a, b) =>
    a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : a.personId < b.personId ? -1 : 1,
  );
  const unitNames = await namesOf(
    ctx.read,
    people.map((p) => p.unitId),
    today,
  );
  const inputs = await loadSubjectInputs(
    ctx.read,
    people.map((p) => p.personId),
  );
  const subjects = people.map((p) => buildSubject(inputs.get(p.personId)!, q.year, proposedOn));
  const targets = [...DEFAULT_INDIVIDUAL_TARGETS] as Code[];
  const overrides = forEngine(await activeOverrides(ctx.read));
  const batch = evaluateEligibilityBatch(subjects, targets, {
    proposedOn,
    achievementYear: q.year,
    overrides,
  });
  const ldttIdx = targets.indexOf('LDTT');
  const cstdIdx = targets.indexOf('CSTD_CO_SO');
  let ldttCount = 0;
  let proposed = 0;
  const rows = people.map((p, i) => {
    const holds = subjects[i]!.years.some((y) => y.year === q.year && y.titles.includes('LDTT'));
    if (holds || batch.outcome(i, ldttIdx) === 'ELIGIBLE') ldttCount++;
    if (batch.outcome(i, cstdIdx) === 'ELIGIBLE') proposed++;
    const outcomes: Candidates['people'][number]['outcomes'] = {};
    targets.forEach((t, ti) => {
      outcomes[t] = { outcome: batch.outcome(i, ti) ?? 'NEEDS_REVIEW', confirmed: batch.confirmed(i, ti) };
    });
    return {
      personId: p.personId,
      fullName: p.name,
      unitId: p.unitId,
      unitName: unitNames.get(p.unitId) ?? '',
      outcomes,
    };
  });
  const counts = batch.counts();
  const quota = evaluate(
    { op: 'quota', code: 'CSTD_CO_SO', achievementYear: q.year, proposedOn, ldttCount },
    { overrides },
  ) as QuotaResponse;
  const max = 'max' in quota ? quota.max : null;
  return {
    unitId,
    unitName: names.get(unitId)!,
    year: q.year,
    proposedOn,
    rulesetVersion: RULESET_VERSION,
    total: people.length,
    counts: targets.map((t) => ({
      target: t,
      targetName: viName(t),
      ELIGIBLE: counts[t]?.ELIGIBLE ?? 0,
      INELIGIBLE: counts[t]?.INELIGIBLE ?? 0,
      NEEDS_REVIEW: counts[t]?.NEEDS_REVIEW ?? 0,
    })),
    quota: {
      code: 'CSTD_CO_SO',
      ldttCount,
      proposed,
      max,
      withinQuota: max === null || proposed <= max,
      confirmed: quota.confirmed ?? false,
      citation: quota.citation ?? '',
      message: quota.message?.vi ?? '',
    },
    people: rows,
  };
}
