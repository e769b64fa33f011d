CREATE TABLE "parameter_overrides" (
	"id" uuid PRIMARY KEY NOT NULL,
	"parameter" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"value" jsonb,
	"reference" text NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid
);
--> statement-breakpoint
CREATE INDEX "parameter_overrides_parameter_idx" ON "parameter_overrides" USING btree ("parameter","valid_from");