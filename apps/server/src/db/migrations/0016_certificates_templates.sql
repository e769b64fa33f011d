CREATE TABLE "certificate_templates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid,
	"name" text NOT NULL,
	"paper" text DEFAULT 'A4' NOT NULL,
	"orientation" text DEFAULT 'LANDSCAPE' NOT NULL,
	"mode" text NOT NULL,
	"heading" text,
	"fields" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "certificate_templates" ADD CONSTRAINT "certificate_templates_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certificate_templates_unit_idx" ON "certificate_templates" USING btree ("unit_id");--> statement-breakpoint
-- The two shared templates (documents/certificate.ts DEFAULT_FULL_LAYOUT / DEFAULT_PHOI_LAYOUT).
INSERT INTO "certificate_templates" ("id", "unit_id", "name", "paper", "orientation", "mode", "heading", "fields") VALUES
('00000000-0000-7000-8000-00000000c001', NULL, 'Bằng khen, giấy khen in toàn bộ (A4 ngang)', 'A4', 'LANDSCAPE', 'FULL', NULL, '[{"key":"qr","x":22,"y":150,"width":30}]'::jsonb),
('00000000-0000-7000-8000-00000000c002', NULL, 'In trên phôi bằng khen, giấy khen (A4 ngang)', 'A4', 'LANDSCAPE', 'PHOI', NULL, '[{"key":"name","x":148.5,"y":88,"width":220,"align":"center","bold":true,"size":22},{"key":"position","x":148.5,"y":100,"width":220,"align":"center","size":15},{"key":"unit","x":148.5,"y":108,"width":220,"align":"center","size":15},{"key":"title","x":148.5,"y":117,"width":220,"align":"center","bold":true,"size":15},{"key":"achievement","x":148.5,"y":125,"width":210,"align":"center","italic":true,"size":14},{"key":"placeDate","x":214,"y":142,"width":120,"align":"center","italic":true,"size":13},{"key":"signerName","x":214,"y":182,"width":120,"align":"center","bold":true,"size":15},{"key":"decision","x":50,"y":160,"width":110,"size":11},{"key":"certificateNumber","x":50,"y":167,"width":110,"size":11},{"key":"verifyCode","x":50,"y":173,"width":110,"size":11,"bold":true},{"key":"qr","x":20,"y":155,"width":28}]'::jsonb);
