import { and, eq } from 'drizzle-orm';
import { ZRecordYearResultInput, type YearRecord } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { personYearRecords } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ValidationError, parseInput } from '../../errors';
import { newId } from '../../lib/ids';
import { personUnitIds, requirePersonRow } from '../people/queries';
import { authorizeAny } from '../people/update-person';
import { presentYear } from './facts';

/** Parses the `:year` path segment (1945–2100). */
export function parseYear(raw: unknown): number {
  const n = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isInteger(n) || n < 1945 || n > 2100)
    throw new ValidationError([{ path: 'year', message: 'Năm không hợp lệ.' }]);
  return n;
}

/**
 * Ghi kết quả năm: the year's rating, recognised titles, discipline, absences and initiatives (one row per
 * person and year; saving again replaces it). Needs person.manage on a unit of the person's history.
 */
export async function recordYearResult(
  ctx: ServiceContext,
  personId: string,
  yearRaw: unknown,
  input: unknown,
): Promise<YearRecord> {
  await requirePersonRow(ctx.db, personId);
  await authorizeAny(ctx, await personUnitIds(ctx.db, personId));
  const year = parseYear(yearRaw);
  const data = parseInput(ZRecordYearResultInput, input);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(personYearRecords)
      .where(and(eq(personYearRecords.personId, personId), eq(personYearRecords.year, year)));
    const values = {
      rating: data.rating,
      titles: data.titles,
      discipline: data.discipline,
      disciplineDecidedOn: data.disciplineDecidedOn,
      absences: data.absences,
      initiatives: data.initiatives,
      note: data.note,
    };
    const [row] = before
      ? await tx
          .update(personYearRecords)
          .set({ ...values, updatedAt: ctx.clock.now() })
          .where(eq(personYearRecords.id, before.id))
          .returning()
      : await tx
          .insert(personYearRecords)
          .values({ id: newId(), personId, year, ...values })
          .returning();
    const after = presentYear(row!);
    await emitAudit(tx, ctx, {
      action: 'person.record_year_result',
      entity: 'person',
      entityId: personId,
      before: before ? presentYear(before) : null,
      after,
    });
    return after;
  });
}
