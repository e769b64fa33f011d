CREATE TABLE "scoring_appeals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"criterion_id" uuid,
	"reason" text NOT NULL,
	"filed_by" uuid,
	"filed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"outcome" text,
	"response" text,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"corrections" jsonb
);
--> statement-breakpoint
CREATE TABLE "scoring_assignments" (
	"round_id" uuid NOT NULL,
	"scorer_unit_id" uuid NOT NULL,
	"target_unit_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring_conflicts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"scorer_unit_id" uuid NOT NULL,
	"target_unit_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"declared_by" uuid,
	"declared_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring_criteria" (
	"id" uuid PRIMARY KEY NOT NULL,
	"template_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"guidance" text,
	"max_points" numeric(7, 2) NOT NULL,
	"evidence_required" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring_criteria_groups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"template_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring_proposals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"unit_id" uuid NOT NULL,
	"title_code" text,
	"rank" integer NOT NULL,
	"total" numeric(7, 2) NOT NULL,
	"result_version" integer NOT NULL,
	"reason" text NOT NULL,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "scoring_results" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"method_text" text NOT NULL,
	"ranking" jsonb NOT NULL,
	"reason" text NOT NULL,
	"appeal_id" uuid,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring_round_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"appeal_until" date,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring_rounds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"template_id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"movement_id" uuid,
	"year" integer NOT NULL,
	"method" text NOT NULL,
	"trim_k" integer DEFAULT 1 NOT NULL,
	"self_weight" numeric(4, 3) NOT NULL,
	"tie_break" text NOT NULL,
	"scoring_due_on" date,
	"appeal_days" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring_scores" (
	"sheet_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"points" numeric(7, 2) NOT NULL,
	"note" text,
	"evidence_file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring_sheets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"scorer_unit_id" uuid NOT NULL,
	"target_unit_id" uuid NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring_templates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"owner_unit_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "scoring_appeals" ADD CONSTRAINT "scoring_appeals_round_id_scoring_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."scoring_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_appeals" ADD CONSTRAINT "scoring_appeals_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_appeals" ADD CONSTRAINT "scoring_appeals_criterion_id_scoring_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."scoring_criteria"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_appeals" ADD CONSTRAINT "scoring_appeals_filed_by_accounts_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_appeals" ADD CONSTRAINT "scoring_appeals_resolved_by_accounts_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_assignments" ADD CONSTRAINT "scoring_assignments_round_id_scoring_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."scoring_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_assignments" ADD CONSTRAINT "scoring_assignments_scorer_unit_id_units_id_fk" FOREIGN KEY ("scorer_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_assignments" ADD CONSTRAINT "scoring_assignments_target_unit_id_units_id_fk" FOREIGN KEY ("target_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_conflicts" ADD CONSTRAINT "scoring_conflicts_round_id_scoring_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."scoring_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_conflicts" ADD CONSTRAINT "scoring_conflicts_scorer_unit_id_units_id_fk" FOREIGN KEY ("scorer_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_conflicts" ADD CONSTRAINT "scoring_conflicts_target_unit_id_units_id_fk" FOREIGN KEY ("target_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_conflicts" ADD CONSTRAINT "scoring_conflicts_declared_by_accounts_id_fk" FOREIGN KEY ("declared_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_criteria" ADD CONSTRAINT "scoring_criteria_template_id_scoring_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."scoring_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_criteria" ADD CONSTRAINT "scoring_criteria_group_id_scoring_criteria_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."scoring_criteria_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_criteria_groups" ADD CONSTRAINT "scoring_criteria_groups_template_id_scoring_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."scoring_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_proposals" ADD CONSTRAINT "scoring_proposals_round_id_scoring_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."scoring_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_proposals" ADD CONSTRAINT "scoring_proposals_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_proposals" ADD CONSTRAINT "scoring_proposals_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_proposals" ADD CONSTRAINT "scoring_proposals_proposed_by_accounts_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_results" ADD CONSTRAINT "scoring_results_round_id_scoring_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."scoring_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_round_steps" ADD CONSTRAINT "scoring_round_steps_round_id_scoring_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."scoring_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_round_steps" ADD CONSTRAINT "scoring_round_steps_actor_id_accounts_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_rounds" ADD CONSTRAINT "scoring_rounds_template_id_scoring_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."scoring_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_rounds" ADD CONSTRAINT "scoring_rounds_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_rounds" ADD CONSTRAINT "scoring_rounds_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_scores" ADD CONSTRAINT "scoring_scores_sheet_id_scoring_sheets_id_fk" FOREIGN KEY ("sheet_id") REFERENCES "public"."scoring_sheets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_scores" ADD CONSTRAINT "scoring_scores_criterion_id_scoring_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."scoring_criteria"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_sheets" ADD CONSTRAINT "scoring_sheets_round_id_scoring_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."scoring_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_sheets" ADD CONSTRAINT "scoring_sheets_scorer_unit_id_units_id_fk" FOREIGN KEY ("scorer_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_sheets" ADD CONSTRAINT "scoring_sheets_target_unit_id_units_id_fk" FOREIGN KEY ("target_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_sheets" ADD CONSTRAINT "scoring_sheets_submitted_by_accounts_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_templates" ADD CONSTRAINT "scoring_templates_owner_unit_id_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scoring_appeals_round_idx" ON "scoring_appeals" USING btree ("round_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scoring_assignments_uq" ON "scoring_assignments" USING btree ("round_id","scorer_unit_id","target_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scoring_conflicts_uq" ON "scoring_conflicts" USING btree ("round_id","scorer_unit_id","target_unit_id");--> statement-breakpoint
CREATE INDEX "scoring_criteria_template_idx" ON "scoring_criteria" USING btree ("template_id","position");--> statement-breakpoint
CREATE INDEX "scoring_criteria_groups_template_idx" ON "scoring_criteria_groups" USING btree ("template_id","position");--> statement-breakpoint
CREATE INDEX "scoring_proposals_cluster_idx" ON "scoring_proposals" USING btree ("cluster_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "scoring_results_version_uq" ON "scoring_results" USING btree ("round_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "scoring_round_steps_kind_uq" ON "scoring_round_steps" USING btree ("round_id","kind");--> statement-breakpoint
CREATE INDEX "scoring_rounds_cluster_idx" ON "scoring_rounds" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "scoring_rounds_movement_idx" ON "scoring_rounds" USING btree ("movement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scoring_scores_uq" ON "scoring_scores" USING btree ("sheet_id","criterion_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scoring_sheets_uq" ON "scoring_sheets" USING btree ("round_id","scorer_unit_id","target_unit_id");