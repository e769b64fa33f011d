DROP INDEX "awards_decided_idx";--> statement-breakpoint
-- Registry search walks the newest decisions first and filters them; INCLUDE makes that an index-only scan.
CREATE INDEX "awards_recent_idx" ON "awards" USING btree ("decided_on","id") INCLUDE ("search_name","code","recipient_kind","recipient_unit_id","unit_id","person_id","decision_number","verify_code","revoked_at");
