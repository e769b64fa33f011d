CREATE TABLE "awards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid,
	"unit_id" uuid,
	"code" text NOT NULL,
	"decision_number" text NOT NULL,
	"decided_on" date NOT NULL,
	"signer" text,
	"period_from" integer,
	"period_to" integer,
	"type" text DEFAULT 'THUONG_XUYEN' NOT NULL,
	"achievement" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eligibility_results" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"target" text NOT NULL,
	"achievement_year" integer NOT NULL,
	"proposed_on" date NOT NULL,
	"ruleset_version" text NOT NULL,
	"outcome" text NOT NULL,
	"confirmed" boolean NOT NULL,
	"facts" jsonb NOT NULL,
	"reasons" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_year_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"rating" text,
	"discipline" text,
	"discipline_decided_on" date,
	"absences" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"initiatives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"titles" text[] DEFAULT '{}'::text[] NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_results" ADD CONSTRAINT "eligibility_results_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_year_records" ADD CONSTRAINT "person_year_records_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "awards_person_idx" ON "awards" USING btree ("person_id","decided_on");--> statement-breakpoint
CREATE INDEX "awards_unit_idx" ON "awards" USING btree ("unit_id","decided_on");--> statement-breakpoint
CREATE INDEX "eligibility_results_person_idx" ON "eligibility_results" USING btree ("person_id","achievement_year","target");--> statement-breakpoint
CREATE UNIQUE INDEX "person_year_records_person_year_uq" ON "person_year_records" USING btree ("person_id","year");