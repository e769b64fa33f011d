CREATE TABLE "data_versions" (
	"name" text PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO "data_versions" ("name", "version") VALUES ('people', 0) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION vd_bump_people_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_versions SET version = version + 1 WHERE name = 'people';
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER persons_bump_people_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "persons"
  FOR EACH STATEMENT EXECUTE FUNCTION vd_bump_people_version();
--> statement-breakpoint
CREATE TRIGGER employments_bump_people_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "employments"
  FOR EACH STATEMENT EXECUTE FUNCTION vd_bump_people_version();
--> statement-breakpoint
CREATE TRIGGER units_bump_people_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "units"
  FOR EACH STATEMENT EXECUTE FUNCTION vd_bump_people_version();
--> statement-breakpoint
CREATE TRIGGER unit_versions_bump_people_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "unit_versions"
  FOR EACH STATEMENT EXECUTE FUNCTION vd_bump_people_version();
