DROP INDEX "awards_report_idx";--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "attr_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "attr_is_leader" boolean;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "attr_is_direct_worker" boolean;--> statement-breakpoint
CREATE INDEX "awards_report_idx" ON "awards" USING btree ("code","decided_on","type","recipient_kind","person_id","unit_id","recipient_unit_id","revoked_at","attr_unit_id","attr_is_leader","attr_is_direct_worker","id");--> statement-breakpoint
-- An individual award's attribution: the person's employment on the decision date, else the latest earlier one
-- (a current employment first, a leading one first, the latest start first).
CREATE OR REPLACE FUNCTION vd_award_attr(p_person uuid, p_on date, OUT unit_id uuid, OUT is_leader boolean,
  OUT is_direct_worker boolean) LANGUAGE sql STABLE AS $$
  SELECT em.unit_id, em.is_leader, em.is_direct_worker
    FROM employments em
   WHERE em.person_id = p_person AND em.date_from <= p_on
   ORDER BY (em.date_to IS NULL OR em.date_to >= p_on) DESC, em.is_leader DESC, em.date_from DESC
   LIMIT 1
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION vd_awards_set_attr() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.person_id IS NULL THEN
    NEW.attr_unit_id := NULL;
    NEW.attr_is_leader := NULL;
    NEW.attr_is_direct_worker := NULL;
  ELSE
    SELECT x.unit_id, x.is_leader, x.is_direct_worker
      INTO NEW.attr_unit_id, NEW.attr_is_leader, NEW.attr_is_direct_worker
      FROM vd_award_attr(NEW.person_id, NEW.decided_on) x;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER awards_set_attr BEFORE INSERT OR UPDATE OF person_id, decided_on ON "awards"
  FOR EACH ROW EXECUTE FUNCTION vd_awards_set_attr();
--> statement-breakpoint
-- Employments entered or corrected after the award: recompute the awards of the people concerned (statement
-- level with transition tables, so a bulk import touches each person's awards once).
CREATE OR REPLACE FUNCTION vd_refresh_award_attr(p_people uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE awards a
     SET (attr_unit_id, attr_is_leader, attr_is_direct_worker) =
         (SELECT x.unit_id, x.is_leader, x.is_direct_worker FROM vd_award_attr(a.person_id, a.decided_on) x)
   WHERE a.person_id = ANY(p_people)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION vd_employments_ins_award_attr() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM vd_refresh_award_attr(ARRAY(SELECT DISTINCT person_id FROM new_rows));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION vd_employments_upd_award_attr() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM vd_refresh_award_attr(ARRAY(SELECT person_id FROM new_rows UNION SELECT person_id FROM old_rows));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION vd_employments_del_award_attr() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM vd_refresh_award_attr(ARRAY(SELECT DISTINCT person_id FROM old_rows));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER employments_ins_award_attr AFTER INSERT ON "employments" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vd_employments_ins_award_attr();
--> statement-breakpoint
CREATE TRIGGER employments_upd_award_attr AFTER UPDATE ON "employments"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vd_employments_upd_award_attr();
--> statement-breakpoint
CREATE TRIGGER employments_del_award_attr AFTER DELETE ON "employments" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vd_employments_del_award_attr();
--> statement-breakpoint
UPDATE awards a
   SET (attr_unit_id, attr_is_leader, attr_is_direct_worker) =
       (SELECT x.unit_id, x.is_leader, x.is_direct_worker FROM vd_award_attr(a.person_id, a.decided_on) x)
 WHERE a.person_id IS NOT NULL;
