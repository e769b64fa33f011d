CREATE TABLE "decision_recipients" (
	"id" uuid PRIMARY KEY NOT NULL,
	"decision_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"recipient_kind" text NOT NULL,
	"person_id" uuid,
	"unit_id" uuid,
	"name" text NOT NULL,
	"position" text,
	"unit_name" text,
	"code" text NOT NULL,
	"period_from" integer,
	"period_to" integer,
	"achievement" text,
	"amount_vnd" bigint,
	"coefficient" real,
	"base_salary_vnd" bigint,
	"amount_note" text,
	"nomination_id" uuid,
	"award_id" uuid
);
--> statement-breakpoint
CREATE TABLE "decision_register_counters" (
	"register_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "decision_register_counters_register_id_year_pk" PRIMARY KEY("register_id","year")
);
--> statement-breakpoint
CREATE TABLE "decision_registers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"issuer_unit_id" uuid NOT NULL,
	"symbol" text NOT NULL,
	"name" text NOT NULL,
	"parent_body" text,
	"issuing_body" text NOT NULL,
	"place" text NOT NULL,
	"authority" text NOT NULL,
	"signer_office" text NOT NULL,
	"signer_level" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"decision_id" uuid NOT NULL,
	"step" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"note" text,
	"file_id" uuid
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"register_id" uuid NOT NULL,
	"issuer_unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"ref_decision_id" uuid,
	"subject" text NOT NULL,
	"bases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"content" text,
	"recipients_text" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"signer_office" text NOT NULL,
	"signer_level" text,
	"signer_authority" text,
	"signer_title" text NOT NULL,
	"signer_name" text NOT NULL,
	"planned_on" date,
	"year" integer,
	"number" integer,
	"number_text" text,
	"decided_on" date,
	"campaign_id" uuid,
	"signed_file_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reward_fund_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"amount_vnd" bigint NOT NULL,
	"on" date NOT NULL,
	"decision_id" uuid,
	"description" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "decision_recipients" ADD CONSTRAINT "decision_recipients_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_recipients" ADD CONSTRAINT "decision_recipients_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_recipients" ADD CONSTRAINT "decision_recipients_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_register_counters" ADD CONSTRAINT "decision_register_counters_register_id_decision_registers_id_fk" FOREIGN KEY ("register_id") REFERENCES "public"."decision_registers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_registers" ADD CONSTRAINT "decision_registers_issuer_unit_id_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_steps" ADD CONSTRAINT "decision_steps_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_steps" ADD CONSTRAINT "decision_steps_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_register_id_decision_registers_id_fk" FOREIGN KEY ("register_id") REFERENCES "public"."decision_registers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_issuer_unit_id_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_signed_file_id_files_id_fk" FOREIGN KEY ("signed_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reward_fund_entries" ADD CONSTRAINT "reward_fund_entries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reward_fund_entries" ADD CONSTRAINT "reward_fund_entries_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "decision_recipients_decision_ordinal_uq" ON "decision_recipients" USING btree ("decision_id","ordinal");--> statement-breakpoint
CREATE INDEX "decision_recipients_person_idx" ON "decision_recipients" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_registers_issuer_symbol_uq" ON "decision_registers" USING btree ("issuer_unit_id","symbol");--> statement-breakpoint
CREATE INDEX "decision_steps_decision_idx" ON "decision_steps" USING btree ("decision_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_register_year_number_uq" ON "decisions" USING btree ("register_id","year","number");--> statement-breakpoint
CREATE INDEX "decisions_issuer_idx" ON "decisions" USING btree ("issuer_unit_id","decided_on");--> statement-breakpoint
CREATE INDEX "decisions_ref_idx" ON "decisions" USING btree ("ref_decision_id");--> statement-breakpoint
CREATE INDEX "reward_fund_entries_unit_year_idx" ON "reward_fund_entries" USING btree ("unit_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "reward_fund_entries_payment_uq" ON "reward_fund_entries" USING btree ("decision_id","kind");