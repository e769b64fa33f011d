import { desc, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { ZDecisionRecipientInput } from '@vinhdanh/shared';
import type { Executor } from '../../db/client';
import { employments, persons, units } from '../../db/schema';
import { decisionRecipients } from '../../db/schema/decisions';
import { NotFoundError } from '../../errors';
import { newId } from '../../lib/ids';
import { namesOf } from '../units/queries';
import { amountFor } from './common';

type Input = z.infer<typeof ZDecisionRecipientInput>;

/**
 * Builds the lines of a decision: the name, position and unit as printed on `on` (a snapshot: the list reads the
 * same after transfers), and the cash amount from the rules engine for that date.
 */
export async function buildRecipientRows(db: Executor, decisionId: string, list: Input[], on: string) {
  const personIds = [...new Set(list.map((r) => r.personId).filter((x): x is string => !!x))];
  const people = personIds.length
    ? await db
        .select({ id: persons.id, fullName: persons.fullName })
        .from(persons)
        .where(inArray(persons.id, personIds))
    : [];
  const nameOf = new Map(people.map((p) => [p.id, p.fullName]));
  for (const id of personIds)
    if (!nameOf.has(id)) throw new NotFoundError('Không tìm thấy cán bộ trong danh sách.');
  const emps = personIds.length
    ? await db
        .select()
        .from(employments)
        .where(inArray(employments.personId, personIds))
        .orderBy(desc(employments.isLeader), desc(employments.dateFrom))
    : [];
  const postOf = new Map<string, { unitId: string; position: string }>();
  for (const e of emps) {
    if (postOf.has(e.personId)) continue;
    if (e.dateFrom <= on && (e.dateTo === null || e.dateTo >= on))
      postOf.set(e.personId, { unitId: e.unitId, position: e.position });
  }
  for (const e of emps)
    if (!postOf.has(e.personId)) postOf.set(e.personId, { unitId: e.unitId, position: e.position });
  const unitIds = [
    ...new Set([
      ...list.map((r) => r.unitId).filter((x): x is string => !!x),
      ...[...postOf.values()].map((p) => p.unitId),
    ]),
  ];
  if (unitIds.length) {
    const found = await db.select({ id: units.id }).from(units).where(inArray(units.id, unitIds));
    if (found.length !== unitIds.length) throw new NotFoundError('Không tìm thấy đơn vị trong danh sách.');
  }
  const unitNames = await namesOf(db, unitIds, on);
  return list.map((r, i) => {
    const post = r.personId ? postOf.get(r.personId) : undefined;
    const name =
      r.name ??
      (r.recipientKind === 'INDIVIDUAL' ? nameOf.get(r.personId!)! : (unitNames.get(r.unitId!) ?? ''));
    const unitName =
      r.unitName ??
      (r.recipientKind === 'INDIVIDUAL' ? (post ? (unitNames.get(post.unitId) ?? null) : null) : null);
    return {
      id: newId(),
      decisionId,
      ordinal: i + 1,
      recipientKind: r.recipientKind,
      personId: r.recipientKind === 'INDIVIDUAL' ? r.personId : null,
      unitId: r.unitId ?? post?.unitId ?? null,
      name,
      position: r.position ?? post?.position ?? null,
      unitName,
      code: r.code,
      periodFrom: r.periodFrom,
      periodTo: r.periodTo,
      achievement: r.achievement,
      nominationId: r.nominationId,
      ...amountFor(r.code, r.recipientKind, on),
    } satisfies typeof decisionRecipients.$inferInsert;
  });
}

export async function insertRecipientRows(db: Executor, rows: (typeof decisionRecipients.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 500)
    await db.insert(decisionRecipients).values(rows.slice(i, i + 500));
}
