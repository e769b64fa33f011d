CREATE TABLE "notification_emails" (
	"notification_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"address" text NOT NULL,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_emails_notification_id_account_id_pk" PRIMARY KEY("notification_id","account_id")
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "notification_emails" ADD CONSTRAINT "notification_emails_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_emails" ADD CONSTRAINT "notification_emails_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Movements data version: bumped in the same transaction as any change to the data behind a movement's
-- progress dashboard, so a cached dashboard is valid exactly while it is unchanged (lib/versioned-cache.ts).
INSERT INTO "data_versions" ("name", "version") VALUES ('movements', 0) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION vd_bump_movements_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_versions SET version = version + 1 WHERE name = 'movements';
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER movements_bump_movements_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "movements"
  FOR EACH STATEMENT EXECUTE FUNCTION vd_bump_movements_version();
--> statement-breakpoint
CREATE TRIGGER movement_units_bump_movements_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "movement_units"
  FOR EACH STATEMENT EXECUTE FUNCTION vd_bump_movements_version();
--> statement-breakpoint
CREATE TRIGGER movement_items_bump_movements_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "movement_items"
  FOR EACH STATEMENT EXECUTE FUNCTION vd_bump_movements_version();
--> statement-breakpoint
CREATE TRIGGER movement_report_periods_bump_movements_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "movement_report_periods"
  FOR EACH STATEMENT EXECUTE FUNCTION vd_bump_movements_version();
--> statement-breakpoint
CREATE TRIGGER registrations_bump_movements_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "registrations"
  FOR EACH STATEMENT EXECUTE FUNCTION vd_bump_movements_version();
--> statement-breakpoint
CREATE TRIGGER registration_targets_bump_movements_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "registration_targets"
  FOR EACH STATEMENT EXECUTE FUNCTION vd_bump_movements_version();
--> statement-breakpoint
CREATE TRIGGER progress_reports_bump_movements_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "progress_reports"
  FOR EACH STATEMENT EXECUTE FUNCTION vd_bump_movements_version();
--> statement-breakpoint
CREATE TRIGGER progress_values_bump_movements_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "progress_values"
  FOR EACH STATEMENT EXECUTE FUNCTION vd_bump_movements_version();
