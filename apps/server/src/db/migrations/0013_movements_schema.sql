CREATE TABLE "movement_files" (
	"movement_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text,
	CONSTRAINT "movement_files_movement_id_file_id_pk" PRIMARY KEY("movement_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "movement_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"movement_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"target_type" text NOT NULL,
	"target_num" numeric(18, 4),
	"target_day" date,
	"target_flag" boolean,
	"measure_unit" text,
	"owner_unit_id" uuid,
	"owner_name" text,
	"evidence_required" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "movement_milestones" (
	"id" uuid PRIMARY KEY NOT NULL,
	"movement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"on_date" date NOT NULL,
	"reached_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "movement_participant_picks" (
	"movement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"ref_id" uuid NOT NULL,
	CONSTRAINT "movement_participant_picks_movement_id_kind_ref_id_pk" PRIMARY KEY("movement_id","kind","ref_id")
);
--> statement-breakpoint
CREATE TABLE "movement_report_periods" (
	"id" uuid PRIMARY KEY NOT NULL,
	"movement_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"name" text NOT NULL,
	"as_of" date NOT NULL,
	"due_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "movement_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"movement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"on_date" date NOT NULL,
	"auto" boolean DEFAULT false NOT NULL,
	"note" text,
	"actor_id" uuid,
	"actor_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "movement_units" (
	"movement_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "movement_units_movement_id_unit_id_pk" PRIMARY KEY("movement_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "movements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"year" integer,
	"launching_unit_id" uuid NOT NULL,
	"launch_level" text NOT NULL,
	"scope" text NOT NULL,
	"signer_name" text,
	"signer_position" text,
	"launch_date" date,
	"launch_event" text,
	"start_date" date,
	"end_date" date,
	"registration_deadline" date,
	"objectives" text,
	"target_groups" text,
	"criteria" text,
	"plan" text,
	"measures" text,
	"occasion" text,
	"related_plans" text,
	"summary" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification_reads" (
	"notification_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_reads_notification_id_account_id_pk" PRIMARY KEY("notification_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"recipient_account_id" uuid,
	"recipient_unit_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"link" text,
	"entity" text,
	"entity_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"emailed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "progress_evidence" (
	"report_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"item_id" uuid,
	CONSTRAINT "progress_evidence_report_id_file_id_pk" PRIMARY KEY("report_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "progress_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"movement_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"note" text,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_on" date NOT NULL,
	"submitted_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress_values" (
	"report_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"value_num" numeric(18, 4),
	"value_day" date,
	"value_flag" boolean,
	"note" text,
	CONSTRAINT "progress_values_report_id_item_id_pk" PRIMARY KEY("report_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "registration_persons" (
	"registration_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"pledged_title" text NOT NULL,
	CONSTRAINT "registration_persons_registration_id_person_id_pk" PRIMARY KEY("registration_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "registration_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"registration_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text,
	"actor_id" uuid,
	"actor_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registration_targets" (
	"registration_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"value_num" numeric(18, 4),
	"value_day" date,
	"value_flag" boolean,
	"note" text,
	CONSTRAINT "registration_targets_registration_id_item_id_pk" PRIMARY KEY("registration_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"movement_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"pledged_title" text,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "movement_files" ADD CONSTRAINT "movement_files_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_files" ADD CONSTRAINT "movement_files_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_items" ADD CONSTRAINT "movement_items_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_items" ADD CONSTRAINT "movement_items_owner_unit_id_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_milestones" ADD CONSTRAINT "movement_milestones_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_participant_picks" ADD CONSTRAINT "movement_participant_picks_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_report_periods" ADD CONSTRAINT "movement_report_periods_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_steps" ADD CONSTRAINT "movement_steps_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_units" ADD CONSTRAINT "movement_units_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_units" ADD CONSTRAINT "movement_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_launching_unit_id_units_id_fk" FOREIGN KEY ("launching_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_reads" ADD CONSTRAINT "notification_reads_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_reads" ADD CONSTRAINT "notification_reads_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_account_id_accounts_id_fk" FOREIGN KEY ("recipient_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_unit_id_units_id_fk" FOREIGN KEY ("recipient_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_evidence" ADD CONSTRAINT "progress_evidence_report_id_progress_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."progress_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_evidence" ADD CONSTRAINT "progress_evidence_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_evidence" ADD CONSTRAINT "progress_evidence_item_id_movement_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."movement_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_period_id_movement_report_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."movement_report_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_values" ADD CONSTRAINT "progress_values_report_id_progress_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."progress_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_values" ADD CONSTRAINT "progress_values_item_id_movement_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."movement_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_persons" ADD CONSTRAINT "registration_persons_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_persons" ADD CONSTRAINT "registration_persons_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_steps" ADD CONSTRAINT "registration_steps_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_targets" ADD CONSTRAINT "registration_targets_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_targets" ADD CONSTRAINT "registration_targets_item_id_movement_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."movement_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "movement_items_movement_idx" ON "movement_items" USING btree ("movement_id","seq");--> statement-breakpoint
CREATE INDEX "movement_milestones_movement_idx" ON "movement_milestones" USING btree ("movement_id","on_date");--> statement-breakpoint
CREATE INDEX "movement_report_periods_movement_idx" ON "movement_report_periods" USING btree ("movement_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "movement_steps_kind_uq" ON "movement_steps" USING btree ("movement_id","kind");--> statement-breakpoint
CREATE INDEX "movement_units_unit_idx" ON "movement_units" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "movements_slug_uq" ON "movements" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "movements_launching_unit_idx" ON "movements" USING btree ("launching_unit_id");--> statement-breakpoint
CREATE INDEX "movements_name_trgm" ON "movements" USING gin (vd_norm("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "notifications_account_idx" ON "notifications" USING btree ("recipient_account_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_unit_idx" ON "notifications" USING btree ("recipient_unit_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "progress_reports_period_unit_uq" ON "progress_reports" USING btree ("period_id","unit_id");--> statement-breakpoint
CREATE INDEX "progress_reports_movement_idx" ON "progress_reports" USING btree ("movement_id","unit_id");--> statement-breakpoint
CREATE INDEX "registration_steps_registration_idx" ON "registration_steps" USING btree ("registration_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_movement_unit_uq" ON "registrations" USING btree ("movement_id","unit_id");--> statement-breakpoint
CREATE INDEX "registrations_unit_idx" ON "registrations" USING btree ("unit_id");--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_rounds" ADD CONSTRAINT "scoring_rounds_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;