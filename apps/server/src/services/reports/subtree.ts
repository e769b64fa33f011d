import { sql, type SQL } from 'drizzle-orm';

/**
 * The reporting body's units during a period, as SQL CTEs `edges` and `sub(id, f, t)`: a unit belongs to the
 * body on the days `f..t` (inclusive) on which a chain of parent links (unit_versions valid on those days)
 * leads to the root. Across reorganisations:
 *  - a unit moved in or out during the period counts only for the days it sat under the body;
 *  - a unit MERGEd into a unit of the body (lineage event FROM → TO) counts with its history from the period
 *    start up to the day before the merge (the successor reports its predecessors' year);
 *  - SPLIT predecessors are not pulled in (their history cannot be divided between the successors).
 * Use as `WITH RECURSIVE ${reportSubtreeCtes(...)} , … EXISTS (SELECT 1 FROM sub s WHERE s.id = X AND d BETWEEN s.f AND s.t)`.
 */
export function reportSubtreeCtes(rootId: string, from: string, to: string): SQL {
  return sql`
  edges(parent, child, f, t, merged) AS (
    SELECT v.parent_id, v.unit_id, v.valid_from, coalesce(v.valid_to, 'infinity'::date), false
      FROM unit_versions v WHERE v.parent_id IS NOT NULL
    UNION ALL
    SELECT tu.unit_id, fu.unit_id, ${from}::date, e.event_date - 1, true
      FROM lineage_events e
      JOIN lineage_event_units tu ON tu.event_id = e.id AND tu.side = 'TO'
      JOIN lineage_event_units fu ON fu.event_id = e.id AND fu.side = 'FROM'
     WHERE e.kind = 'MERGE' AND e.event_date > ${from}::date AND e.event_date <= ${to}::date + 1
  ),
  sub(id, f, t) AS (
    SELECT ${rootId}::uuid, ${from}::date, ${to}::date
    UNION
    SELECT e.child,
           CASE WHEN e.merged THEN e.f ELSE greatest(s.f, e.f) END,
           CASE WHEN e.merged THEN e.t ELSE least(s.t, e.t) END
      FROM sub s JOIN edges e ON e.parent = s.id
     WHERE (NOT e.merged AND greatest(s.f, e.f) <= least(s.t, e.t))
        OR (e.merged AND e.t + 1 BETWEEN s.f AND s.t)
  )`;
}
