import { asc, inArray, sql } from 'drizzle-orm';
import { INDIVIDUAL_TITLES, viName } from '@vinhdanh/rules';
import type { Absence, Award, AwardTypeCode, Initiative, RatingCode, YearRecord } from '@vinhdanh/shared';
import type { Executor } from '../../db/client';
import { awards, employments, personYearRecords } from '../../db/schema';

type YearRow = typeof personYearRecords.$inferSelect;
type AwardRow = typeof awards.$inferSelect;

const individualTitle = new Set<string>(INDIVIDUAL_TITLES.map((t) => t.code));

export function presentYear(r: YearRow): YearRecord {
  return {
    year: r.year,
    rating: (r.rating as RatingCode | null) ?? null,
    titles: r.titles,
    discipline: r.discipline,
    disciplineDecidedOn: r.disciplineDecidedOn,
    absences: r.absences as Absence[],
    initiatives: r.initiatives as Initiative[],
    note: r.note,
  };
}

export function presentAward(a: AwardRow): Award {
  return {
    id: a.id,
    personId: a.personId,
    unitId: a.unitId,
    code: a.code,
    codeName: viName(a.code),
    decisionNumber: a.decisionNumber,
    decidedOn: a.decidedOn,
    signer: a.signer,
    periodFrom: a.periodFrom,
    periodTo: a.periodTo,
    type: a.type as AwardTypeCode,
    achievement: a.achievement,
  };
}

/** Contract `subject` (shared/contracts/rules-api.md) of one individual, from plain rows. */
export interface SubjectInput {
  recruitedOn: string | null;
  years: YearRow[];
  awards: AwardRow[];
}

/**
 * Builds the rules contract's `subject` for an individual. Year rows give rating, titles, discipline, absences
 * and initiatives; an award row whose code is an individual title (e.g. a CSTĐCS decision) also marks that
 * title in the years it covers, so a title recorded only as a decision still counts. Awards decided after
 * `proposedOn` are left out: the answer is what was known on that date.
 */
export function buildSubject(input: SubjectInput, achievementYear: number, proposedOn: string) {
  const years = new Map<number, { titles: Set<string>; row: YearRow | null }>();
  for (const r of input.years) {
    if (r.year <= achievementYear) years.set(r.year, { titles: new Set(r.titles), row: r });
  }
  const known = input.awards.filter((a) => a.decidedOn <= proposedOn);
  for (const a of known) {
    if (!individualTitle.has(a.code)) continue;
    const to = a.periodTo ?? Number(a.decidedOn.slice(0, 4));
    const from = a.periodFrom ?? to;
    for (let y = from; y <= to && y <= achievementYear; y++) {
      const e = years.get(y) ?? { titles: new Set<string>(), row: null };
      e.titles.add(a.code);
      years.set(y, e);
    }
  }
  return {
    kind: 'INDIVIDUAL' as const,
    ...(input.recruitedOn ? { recruitedOn: input.recruitedOn } : {}),
    years: [...years.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, { titles, row }]) => ({
        year,
        rating: row?.rating ?? null,
        titles: [...titles].sort(),
        initiatives: (row?.initiatives as Initiative[] | undefined) ?? [],
        discipline: row?.discipline
          ? {
              level: row.discipline,
              ...(row.disciplineDecidedOn ? { from: row.disciplineDecidedOn } : {}),
            }
          : null,
        absences: (row?.absences as Absence[] | undefined) ?? [],
      })),
    awards: known
      .filter((a) => !individualTitle.has(a.code))
      .map((a) => ({
        code: a.code,
        decidedOn: a.decidedOn,
        ...(a.periodFrom !== null ? { periodFrom: a.periodFrom } : {}),
        ...(a.periodTo !== null ? { periodTo: a.periodTo } : {}),
        type: a.type,
        ...(a.achievement ? { achievement: a.achievement } : {}),
      })),
  };
}
export type Subject = ReturnType<typeof buildSubject>;

/** Year rows, award rows and first employment date for many people, in three queries. */
export async function loadSubjectInputs(
  db: Executor,
  personIds: string[],
): Promise<Map<string, SubjectInput>> {
  const out = new Map<string, SubjectInput>();
  for (const id of personIds) out.set(id, { recruitedOn: null, years: [], awards: [] });
  if (personIds.length === 0) return out;
  const [yearRows, awardRows, firsts] = [
    await db
      .select()
      .from(personYearRecords)
      .where(inArray(personYearRecords.personId, personIds))
      .orderBy(asc(personYearRecords.year)),
    await db.select().from(awards).where(inArray(awards.personId, personIds)).orderBy(asc(awards.decidedOn)),
    await db
      .select({ personId: employments.personId, first: sql<string>`min(${employments.dateFrom})` })
      .from(employments)
      .where(inArray(employments.personId, personIds))
      .groupBy(employments.personId),
  ];
  for (const r of yearRows) out.get(r.personId)!.years.push(r);
  for (const a of awardRows) if (a.personId) out.get(a.personId)!.awards.push(a);
  for (const f of firsts) out.get(f.personId)!.recruitedOn = normaliseDate(f.first);
  return out;
}

/** A raw aggregate may come back as text or as a Date depending on the driver. */
function normaliseDate(v: string | Date | null): string | null {
  if (v === null) return null;
  return typeof v === 'string' ? v.slice(0, 10) : v.toISOString().slice(0, 10);
}
