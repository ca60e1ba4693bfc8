CREATE TABLE "perspectives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"force" text,
	"description" text DEFAULT '' NOT NULL,
	"editors" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "perspectives_workspace_id_id_key" UNIQUE("workspace_id","id"),
	CONSTRAINT "perspectives_name_check" CHECK (char_length(name) between 1 and 200 and name !~ '[\x01-\x1f\x7f-\x9f]' and name = btrim(name, E' \u00a0')),
	CONSTRAINT "perspectives_force_check" CHECK (force is null or force in ('rijk', 'instelling', 'gemeente', 'professional', 'bewoner')),
	CONSTRAINT "perspectives_description_check" CHECK (char_length(description) <= 10000)
);
--> statement-breakpoint
CREATE TABLE "relation_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"relation_id" uuid NOT NULL,
	"perspective_id" uuid NOT NULL,
	"present" boolean DEFAULT true NOT NULL,
	"strength" smallint,
	"trust" smallint,
	"value" smallint,
	"note" text DEFAULT '' NOT NULL,
	"source" text,
	"origin" text DEFAULT 'editor' NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "relation_assessments_relation_perspective_key" UNIQUE("relation_id","perspective_id"),
	CONSTRAINT "relation_assessments_strength_check" CHECK (strength is null or strength between 1 and 5),
	CONSTRAINT "relation_assessments_scales_check" CHECK ((trust is null or trust between 1 and 4) and (value is null or value between 1 and 4)),
	CONSTRAINT "relation_assessments_denied_check" CHECK (present or (strength is null and trust is null and value is null)),
	CONSTRAINT "relation_assessments_note_check" CHECK (char_length(note) <= 10000),
	CONSTRAINT "relation_assessments_source_check" CHECK (source is null or (char_length(source) between 1 and 2000 and source !~ '[\x01-\x1f\x7f-\x9f]')),
	CONSTRAINT "relation_assessments_origin_check" CHECK (origin in ('editor', 'import', 'survey', 'meeting'))
);
--> statement-breakpoint
CREATE TABLE "topic_positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"perspective_id" uuid NOT NULL,
	"invloed" smallint NOT NULL,
	"belang" smallint NOT NULL,
	"standpunt" smallint NOT NULL,
	"beweging" text,
	"reasoning" text DEFAULT '' NOT NULL,
	"assessed_on" date DEFAULT current_date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "topic_positions_invloed_check" CHECK (invloed between 1 and 5),
	CONSTRAINT "topic_positions_belang_check" CHECK (belang between 1 and 5),
	CONSTRAINT "topic_positions_standpunt_check" CHECK (standpunt between -2 and 2),
	CONSTRAINT "topic_positions_beweging_check" CHECK (beweging is null or beweging in ('van_boven', 'van_onderop')),
	CONSTRAINT "topic_positions_reasoning_check" CHECK (char_length(reasoning) <= 10000)
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'actief' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "topics_workspace_id_id_key" UNIQUE("workspace_id","id"),
	CONSTRAINT "topics_name_check" CHECK (char_length(name) between 1 and 200 and name !~ '[\x01-\x1f\x7f-\x9f]' and name = btrim(name, E' \u00a0')),
	CONSTRAINT "topics_description_check" CHECK (char_length(description) <= 10000),
	CONSTRAINT "topics_status_check" CHECK (status in ('actief', 'afgerond'))
);
--> statement-breakpoint
ALTER TABLE "perspectives" ADD CONSTRAINT "perspectives_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relation_assessments" ADD CONSTRAINT "relation_assessments_relation_id_relations_id_fk" FOREIGN KEY ("relation_id") REFERENCES "public"."relations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relation_assessments" ADD CONSTRAINT "relation_assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relation_assessments" ADD CONSTRAINT "relation_assessments_perspective_fk" FOREIGN KEY ("workspace_id","perspective_id") REFERENCES "public"."perspectives"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_positions" ADD CONSTRAINT "topic_positions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_positions" ADD CONSTRAINT "topic_positions_topic_fk" FOREIGN KEY ("workspace_id","topic_id") REFERENCES "public"."topics"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_positions" ADD CONSTRAINT "topic_positions_actor_fk" FOREIGN KEY ("workspace_id","actor_id") REFERENCES "public"."actors"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_positions" ADD CONSTRAINT "topic_positions_perspective_fk" FOREIGN KEY ("workspace_id","perspective_id") REFERENCES "public"."perspectives"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "perspectives_workspace_name_key" ON "perspectives" USING btree ("workspace_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "perspectives_workspace_editors_key" ON "perspectives" USING btree ("workspace_id") WHERE editors;--> statement-breakpoint
CREATE INDEX "relation_assessments_workspace_perspective_idx" ON "relation_assessments" USING btree ("workspace_id","perspective_id");--> statement-breakpoint
CREATE INDEX "topic_positions_topic_actor_idx" ON "topic_positions" USING btree ("topic_id","actor_id","perspective_id","assessed_on");--> statement-breakpoint
-- Data: every werkruimte gets the editors' perspective and one per kracht (as a new werkruimte does).
INSERT INTO "perspectives" ("workspace_id", "name", "force", "editors")
SELECT w."id", d."name", d."force", d."editors"
FROM "workspaces" w
CROSS JOIN (VALUES
  ('Redactie', NULL::text, true),
  ('Rijk', 'rijk', false),
  ('Instellingen', 'instelling', false),
  ('Gemeente', 'gemeente', false),
  ('Professionals', 'professional', false),
  ('Bewoners', 'bewoner', false)
) AS d("name", "force", "editors");
--> statement-breakpoint
-- Data: a relatie's free-text perspective that names none of those (by name, or a kracht by its code such
-- as "bewoner") becomes a perspective of its own, with the first spelling found.
INSERT INTO "perspectives" ("workspace_id", "name")
SELECT DISTINCT ON (r."workspace_id", lower(btrim(r."perspective", E' \u00a0')))
  r."workspace_id", btrim(r."perspective", E' \u00a0')
FROM "relations" r
WHERE r."perspective" IS NOT NULL
  AND btrim(r."perspective", E' \u00a0') <> ''
  AND NOT EXISTS (
    SELECT 1 FROM "perspectives" p
    WHERE p."workspace_id" = r."workspace_id"
      AND (lower(p."name") = lower(btrim(r."perspective", E' \u00a0'))
        OR p."force" = lower(btrim(r."perspective", E' \u00a0')))
  )
ORDER BY r."workspace_id", lower(btrim(r."perspective", E' \u00a0')), r."created_at", r."id";
--> statement-breakpoint
-- Data: the relatie's tie, as claimed by the perspective its text named (present, its strength, its time).
-- A relatie without such a text needs no row: the relatie itself is the editors' claim.
INSERT INTO "relation_assessments"
  ("workspace_id", "relation_id", "perspective_id", "present", "strength", "origin", "created_at", "updated_at")
SELECT r."workspace_id", r."id", (
    SELECT p."id" FROM "perspectives" p
    WHERE p."workspace_id" = r."workspace_id"
      AND (lower(p."name") = lower(btrim(r."perspective", E' \u00a0'))
        OR p."force" = lower(btrim(r."perspective", E' \u00a0')))
    ORDER BY (lower(p."name") = lower(btrim(r."perspective", E' \u00a0'))) DESC
    LIMIT 1
  ), true, r."strength", 'editor', r."created_at", r."updated_at"
FROM "relations" r
WHERE r."perspective" IS NOT NULL AND btrim(r."perspective", E' \u00a0') <> '';
