CREATE TABLE "report_snapshots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"form" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_name" text NOT NULL,
	"year" integer NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"result" jsonb NOT NULL,
	"preparer_name" text NOT NULL,
	"signer_name" text NOT NULL,
	"signer_title" text NOT NULL,
	"place" text,
	"finalized_by" uuid,
	"finalized_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_snapshots" ADD CONSTRAINT "report_snapshots_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_snapshots" ADD CONSTRAINT "report_snapshots_finalized_by_accounts_id_fk" FOREIGN KEY ("finalized_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_snapshots_unit_idx" ON "report_snapshots" USING btree ("unit_id","year","form");--> statement-breakpoint
CREATE INDEX "awards_report_idx" ON "awards" USING btree ("code","decided_on","type","recipient_kind","person_id","unit_id","recipient_unit_id","revoked_at","id");--> statement-breakpoint
CREATE INDEX "employments_report_idx" ON "employments" USING btree ("person_id","date_from","date_to","unit_id","is_leader","is_direct_worker");