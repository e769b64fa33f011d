CREATE TABLE "consultation_feedback" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"nomination_id" uuid,
	"name" text NOT NULL,
	"contact" text NOT NULL,
	"content" text NOT NULL,
	"client_hash" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"category" text,
	"answer" text,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"dismissed_at" timestamp with time zone,
	"dismissed_by" uuid
);
--> statement-breakpoint
CREATE TABLE "consultation_items" (
	"consultation_id" uuid NOT NULL,
	"nomination_id" uuid NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"owner_unit_id" uuid NOT NULL,
	"posted_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"earliest_meeting_on" date NOT NULL,
	"min_working_days" integer NOT NULL,
	"citation" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid
);
--> statement-breakpoint
CREATE TABLE "dossier_attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"nomination_id" uuid,
	"component" text NOT NULL,
	"file_id" uuid NOT NULL,
	"generated" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	"removed_by" uuid
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"proposing_unit_id" uuid NOT NULL,
	"receiving_unit_id" uuid NOT NULL,
	"procedure" text DEFAULT 'THUONG' NOT NULL,
	"simplified_ground" text,
	"award_type" text NOT NULL,
	"year" integer NOT NULL,
	"occasion" text,
	"deadline" date,
	"movement_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nomination_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"nomination_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"step" text NOT NULL,
	"reason" text,
	"data" jsonb,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nominations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"person_id" uuid,
	"unit_id" uuid,
	"code" text NOT NULL,
	"period_from" integer NOT NULL,
	"period_to" integer NOT NULL,
	"summary" text,
	"position" integer NOT NULL,
	"outcome" text,
	"confirmed" boolean,
	"reasons" jsonb,
	"ruleset_version" text,
	"eligibility_result_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nominations_one_nominee" CHECK (("nominations"."person_id" IS NULL) <> ("nominations"."unit_id" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "consultation_feedback" ADD CONSTRAINT "consultation_feedback_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_feedback" ADD CONSTRAINT "consultation_feedback_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_items" ADD CONSTRAINT "consultation_items_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_items" ADD CONSTRAINT "consultation_items_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_owner_unit_id_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_attachments" ADD CONSTRAINT "dossier_attachments_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_attachments" ADD CONSTRAINT "dossier_attachments_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_attachments" ADD CONSTRAINT "dossier_attachments_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_proposing_unit_id_units_id_fk" FOREIGN KEY ("proposing_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_receiving_unit_id_units_id_fk" FOREIGN KEY ("receiving_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_steps" ADD CONSTRAINT "nomination_steps_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_eligibility_result_id_eligibility_results_id_fk" FOREIGN KEY ("eligibility_result_id") REFERENCES "public"."eligibility_results"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_feedback_consultation_idx" ON "consultation_feedback" USING btree ("consultation_id","received_at");--> statement-breakpoint
CREATE INDEX "consultation_feedback_client_idx" ON "consultation_feedback" USING btree ("client_hash","received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_items_pk" ON "consultation_items" USING btree ("consultation_id","nomination_id");--> statement-breakpoint
CREATE INDEX "consultation_items_nomination_idx" ON "consultation_items" USING btree ("nomination_id");--> statement-breakpoint
CREATE UNIQUE INDEX "consultations_slug_idx" ON "consultations" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "consultations_owner_idx" ON "consultations" USING btree ("owner_unit_id");--> statement-breakpoint
CREATE INDEX "dossier_attachments_dossier_idx" ON "dossier_attachments" USING btree ("dossier_id","component");--> statement-breakpoint
CREATE INDEX "dossiers_proposing_idx" ON "dossiers" USING btree ("proposing_unit_id","year");--> statement-breakpoint
CREATE INDEX "dossiers_receiving_idx" ON "dossiers" USING btree ("receiving_unit_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "nomination_steps_seq_idx" ON "nomination_steps" USING btree ("nomination_id","seq");--> statement-breakpoint
CREATE INDEX "nominations_dossier_idx" ON "nominations" USING btree ("dossier_id","position");--> statement-breakpoint
CREATE INDEX "nominations_person_idx" ON "nominations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "nominations_unit_idx" ON "nominations" USING btree ("unit_id");