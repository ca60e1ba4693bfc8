CREATE TABLE "survey_contacts" (
	"respondent_id" uuid PRIMARY KEY NOT NULL,
	"name" text,
	"email" text,
	CONSTRAINT "survey_contacts_name_check" CHECK (name is null or (char_length(name) between 1 and 200 and name !~ '[\x01-\x1f\x7f-\x9f]')),
	CONSTRAINT "survey_contacts_email_check" CHECK (email is null or char_length(email) between 3 and 254)
);
--> statement-breakpoint
CREATE TABLE "survey_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"name" text NOT NULL,
	"force" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_proposals_name_check" CHECK (char_length(name) between 1 and 200 and name !~ '[\x01-\x1f\x7f-\x9f]' and name = btrim(name, E' \u00a0')),
	CONSTRAINT "survey_proposals_force_check" CHECK (force in ('rijk', 'instelling', 'gemeente', 'professional', 'bewoner')),
	CONSTRAINT "survey_proposals_status_check" CHECK (status in ('open', 'accepted', 'merged', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "survey_respondents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"perspective_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"answers" jsonb NOT NULL,
	"tie_count" integer DEFAULT 0 NOT NULL,
	"revoked_at" timestamp with time zone,
	"opened_at" timestamp with time zone,
	"saved_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_respondents_token_hash_key" UNIQUE("token_hash"),
	CONSTRAINT "survey_respondents_survey_actor_key" UNIQUE("survey_id","actor_id"),
	CONSTRAINT "survey_respondents_answers_check" CHECK (jsonb_typeof(answers) = 'object')
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"title" text NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"opens_on" date,
	"closes_on" date NOT NULL,
	"relation_types" text[] NOT NULL,
	"questions" text[] NOT NULL,
	"contact_retention_days" integer NOT NULL,
	"state" text DEFAULT 'concept' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surveys_workspace_id_id_key" UNIQUE("workspace_id","id"),
	CONSTRAINT "surveys_title_check" CHECK (char_length(title) between 1 and 200 and title !~ '[\x01-\x1f\x7f-\x9f]' and title = btrim(title, E' \u00a0')),
	CONSTRAINT "surveys_intro_check" CHECK (char_length(intro) <= 10000),
	CONSTRAINT "surveys_state_check" CHECK (state in ('concept', 'open', 'closed')),
	CONSTRAINT "surveys_relation_types_check" CHECK (cardinality(relation_types) >= 1 and relation_types <@ array['financiert', 'contracteert', 'stuurt_aan', 'werkt_samen', 'verwijst', 'informeert', 'vertegenwoordigt', 'maakt_deel_uit_van', 'spanning']::text[] and array_position(relation_types, null) is null),
	CONSTRAINT "surveys_questions_check" CHECK (questions <@ array['frequentie', 'vertrouwen', 'waarde', 'profiel']::text[] and array_position(questions, null) is null),
	CONSTRAINT "surveys_retention_check" CHECK (contact_retention_days between 0 and 3650),
	CONSTRAINT "surveys_dates_check" CHECK (opens_on is null or opens_on <= closes_on)
);
--> statement-breakpoint
ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_via_check";--> statement-breakpoint
ALTER TABLE "relation_assessments" ADD COLUMN "respondent_id" uuid;--> statement-breakpoint
ALTER TABLE "relations" ADD COLUMN "claimed_by_editors" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_contacts" ADD CONSTRAINT "survey_contacts_respondent_id_survey_respondents_id_fk" FOREIGN KEY ("respondent_id") REFERENCES "public"."survey_respondents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_proposals" ADD CONSTRAINT "survey_proposals_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_proposals" ADD CONSTRAINT "survey_proposals_survey_fk" FOREIGN KEY ("workspace_id","survey_id") REFERENCES "public"."surveys"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_respondents" ADD CONSTRAINT "survey_respondents_survey_fk" FOREIGN KEY ("workspace_id","survey_id") REFERENCES "public"."surveys"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_respondents" ADD CONSTRAINT "survey_respondents_actor_fk" FOREIGN KEY ("workspace_id","actor_id") REFERENCES "public"."actors"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_respondents" ADD CONSTRAINT "survey_respondents_perspective_fk" FOREIGN KEY ("workspace_id","perspective_id") REFERENCES "public"."perspectives"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_proposals_survey_name_key" ON "survey_proposals" USING btree ("survey_id",lower("name"));--> statement-breakpoint
CREATE INDEX "survey_respondents_actor_idx" ON "survey_respondents" USING btree ("workspace_id","actor_id");--> statement-breakpoint
ALTER TABLE "relation_assessments" ADD CONSTRAINT "relation_assessments_respondent_id_survey_respondents_id_fk" FOREIGN KEY ("respondent_id") REFERENCES "public"."survey_respondents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "relation_assessments_respondent_idx" ON "relation_assessments" USING btree ("respondent_id");--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_via_check" CHECK (via in ('api', 'cli', 'system', 'survey'));