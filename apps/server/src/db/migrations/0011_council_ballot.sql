CREATE TABLE "ballot_box" (
	"id" uuid PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"token_id" text NOT NULL,
	"signature" text NOT NULL,
	"choice" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ballot_token_issues" (
	"item_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	CONSTRAINT "ballot_token_issues_item_id_member_id_pk" PRIMARY KEY("item_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "ballots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"source" text NOT NULL,
	"token_id" text,
	"signature" text,
	"choice" text NOT NULL,
	"count" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_attendance" (
	"meeting_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	CONSTRAINT "council_attendance_meeting_id_member_id_pk" PRIMARY KEY("meeting_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "council_conflicts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"declared_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_item_results" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"members_in_office" integer NOT NULL,
	"present" integer NOT NULL,
	"yes" integer NOT NULL,
	"no" integer NOT NULL,
	"abstain" integer NOT NULL,
	"invalid" integer NOT NULL,
	"online" integer NOT NULL,
	"written" integer NOT NULL,
	"paper" integer NOT NULL,
	"threshold" real,
	"citation" text NOT NULL,
	"confirmed" boolean NOT NULL,
	"passed" boolean NOT NULL,
	"message" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_meeting_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"nomination_id" uuid,
	"nominee_name" text NOT NULL,
	"nominee_unit" text,
	"award_code" text NOT NULL,
	"summary" text,
	"public_key" jsonb,
	"private_key" text,
	"key_destroyed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "council_meeting_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "council_meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"council_id" uuid NOT NULL,
	"title" text NOT NULL,
	"meeting_date" date NOT NULL,
	"location" text,
	"method" text DEFAULT 'ONLINE' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"council_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"position" text,
	"voting" boolean DEFAULT true NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date
);
--> statement-breakpoint
CREATE TABLE "councils" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"term_from" date NOT NULL,
	"term_to" date,
	"basis" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "paper_counts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"entry" integer NOT NULL,
	"entered_by" uuid NOT NULL,
	"yes" integer NOT NULL,
	"no" integer NOT NULL,
	"abstain" integer NOT NULL,
	"invalid" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "written_votes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"choice" text NOT NULL,
	"entered_by" uuid NOT NULL,
	"confirmed_by" uuid
);
--> statement-breakpoint
ALTER TABLE "ballot_box" ADD CONSTRAINT "ballot_box_item_id_council_meeting_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."council_meeting_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_token_issues" ADD CONSTRAINT "ballot_token_issues_item_id_council_meeting_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."council_meeting_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_token_issues" ADD CONSTRAINT "ballot_token_issues_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_item_id_council_meeting_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."council_meeting_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_attendance" ADD CONSTRAINT "council_attendance_meeting_id_council_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."council_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_attendance" ADD CONSTRAINT "council_attendance_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_conflicts" ADD CONSTRAINT "council_conflicts_item_id_council_meeting_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."council_meeting_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_conflicts" ADD CONSTRAINT "council_conflicts_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_conflicts" ADD CONSTRAINT "council_conflicts_declared_by_accounts_id_fk" FOREIGN KEY ("declared_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_item_results" ADD CONSTRAINT "council_item_results_item_id_council_meeting_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."council_meeting_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meeting_items" ADD CONSTRAINT "council_meeting_items_meeting_id_council_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."council_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meeting_steps" ADD CONSTRAINT "council_meeting_steps_meeting_id_council_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."council_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meeting_steps" ADD CONSTRAINT "council_meeting_steps_actor_id_accounts_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_counts" ADD CONSTRAINT "paper_counts_item_id_council_meeting_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."council_meeting_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_counts" ADD CONSTRAINT "paper_counts_entered_by_accounts_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "written_votes" ADD CONSTRAINT "written_votes_item_id_council_meeting_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."council_meeting_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "written_votes" ADD CONSTRAINT "written_votes_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "written_votes" ADD CONSTRAINT "written_votes_entered_by_accounts_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "written_votes" ADD CONSTRAINT "written_votes_confirmed_by_accounts_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ballot_box_token_uq" ON "ballot_box" USING btree ("item_id","token_id");--> statement-breakpoint
CREATE INDEX "ballots_item_idx" ON "ballots" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ballots_token_uq" ON "ballots" USING btree ("item_id","token_id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_conflicts_uq" ON "council_conflicts" USING btree ("item_id","member_id");--> statement-breakpoint
CREATE INDEX "council_meeting_items_meeting_idx" ON "council_meeting_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "council_meeting_items_nomination_uq" ON "council_meeting_items" USING btree ("meeting_id","nomination_id");--> statement-breakpoint
CREATE INDEX "council_meeting_steps_meeting_idx" ON "council_meeting_steps" USING btree ("meeting_id","at");--> statement-breakpoint
CREATE INDEX "council_meetings_council_idx" ON "council_meetings" USING btree ("council_id");--> statement-breakpoint
CREATE INDEX "council_members_council_idx" ON "council_members" USING btree ("council_id");--> statement-breakpoint
CREATE INDEX "council_members_person_idx" ON "council_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "councils_unit_idx" ON "councils" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "paper_counts_uq" ON "paper_counts" USING btree ("item_id","entry");--> statement-breakpoint
CREATE UNIQUE INDEX "written_votes_uq" ON "written_votes" USING btree ("item_id","member_id");