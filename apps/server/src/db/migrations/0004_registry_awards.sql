ALTER TABLE "awards" ADD COLUMN "recipient_kind" text DEFAULT 'INDIVIDUAL' NOT NULL;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "recipient_name" text;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "recipient_position" text;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "recipient_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "recipient_unit_name" text;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "decision_id" uuid;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "issuer_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "issuer_name" text;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "certificate_number" text;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "verify_code" text;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "source" text DEFAULT 'MANUAL' NOT NULL;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "revoked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "revoked_on" date;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "revoked_by_decision_id" uuid;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "revoked_by_decision_number" text;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "revocation_reason" text;--> statement-breakpoint
-- Existing rows (recorded before the registry): kind, name, unit at the decision date and a verification code.
UPDATE "awards" a SET
  "recipient_kind" = CASE WHEN a."unit_id" IS NOT NULL THEN 'COLLECTIVE' ELSE 'INDIVIDUAL' END,
  "recipient_name" = COALESCE(
    (SELECT p."full_name" FROM "persons" p WHERE p."id" = a."person_id"),
    (SELECT v."name" FROM "unit_versions" v WHERE v."unit_id" = a."unit_id"
      ORDER BY (v."valid_from" <= a."decided_on") DESC, v."valid_from" DESC LIMIT 1),
    ''),
  "recipient_unit_id" = COALESCE(a."unit_id",
    (SELECT e."unit_id" FROM "employments" e WHERE e."person_id" = a."person_id"
      ORDER BY (e."date_from" <= a."decided_on" AND (e."date_to" IS NULL OR e."date_to" >= a."decided_on")) DESC,
        e."is_leader" DESC, e."date_from" DESC LIMIT 1)),
  "verify_code" = (
    SELECT string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', get_byte(g.b, t.i) % 32 + 1, 1), '' ORDER BY t.k)
    FROM (SELECT decode(replace(gen_random_uuid()::text, '-', ''), 'hex') AS b WHERE a."id" IS NOT NULL) g,
      unnest(ARRAY[0, 1, 2, 3, 4, 5, 9, 10, 11, 12, 13, 14]) WITH ORDINALITY AS t(i, k));--> statement-breakpoint
UPDATE "awards" a SET "recipient_unit_name" = (
    SELECT v."name" FROM "unit_versions" v WHERE v."unit_id" = a."recipient_unit_id"
    ORDER BY (v."valid_from" <= a."decided_on") DESC, v."valid_from" DESC LIMIT 1);--> statement-breakpoint
UPDATE "awards" a SET "recipient_position" = (SELECT e."position" FROM "employments" e
    WHERE e."person_id" = a."person_id" AND e."unit_id" = a."recipient_unit_id"
    ORDER BY e."date_from" DESC LIMIT 1)
  WHERE a."person_id" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "awards" ALTER COLUMN "recipient_name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "awards" ALTER COLUMN "verify_code" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "search_name" text GENERATED ALWAYS AS (vd_norm(recipient_name)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_recipient_unit_id_units_id_fk" FOREIGN KEY ("recipient_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_issuer_unit_id_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "awards_verify_code_uq" ON "awards" USING btree ("verify_code");--> statement-breakpoint
CREATE INDEX "awards_search_name_trgm" ON "awards" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "awards_decided_idx" ON "awards" USING btree ("decided_on","id");--> statement-breakpoint
CREATE INDEX "awards_recipient_unit_idx" ON "awards" USING btree ("recipient_unit_id","decided_on");--> statement-breakpoint
CREATE INDEX "awards_decision_number_idx" ON "awards" USING btree ("decision_number");--> statement-breakpoint
CREATE INDEX "awards_decision_idx" ON "awards" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "awards_code_idx" ON "awards" USING btree ("code","decided_on");