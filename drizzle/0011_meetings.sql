CREATE TABLE "meeting_contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"content" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"actor_id" uuid,
	"relation_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_contributions_kind_check" CHECK (kind in ('actor', 'tie', 'position')),
	CONSTRAINT "meeting_contributions_status_check" CHECK (status in ('pending', 'accepted', 'merged', 'rejected', 'withdrawn')),
	CONSTRAINT "meeting_contributions_content_check" CHECK (jsonb_typeof(content) = 'object')
);
--> statement-breakpoint
CREATE TABLE "meeting_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "meeting_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"meeting_id" uuid NOT NULL,
	"type" text NOT NULL,
	"audience" text NOT NULL,
	"participant_id" uuid,
	"payload" jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_events_audience_check" CHECK (audience in ('all', 'staff'))
);
--> statement-breakpoint
CREATE TABLE "meeting_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"name" text NOT NULL,
	"force" text NOT NULL,
	"position" smallint NOT NULL,
	"perspective_id" uuid,
	CONSTRAINT "meeting_groups_name_check" CHECK (char_length(name) between 1 and 60 and name !~ '[\x01-\x1f\x7f-\x9f]' and name = btrim(name, E' \u00a0')),
	CONSTRAINT "meeting_groups_force_check" CHECK (force in ('rijk', 'instelling', 'gemeente', 'professional', 'bewoner'))
);
--> statement-breakpoint
CREATE TABLE "meeting_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"nickname" text,
	"token_hash" text NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_participants_token_hash_key" UNIQUE("token_hash"),
	CONSTRAINT "meeting_participants_nickname_check" CHECK (nickname is null or (char_length(nickname) between 1 and 40 and nickname !~ '[\x01-\x1f\x7f-\x9f]'))
);
--> statement-breakpoint
CREATE TABLE "meeting_reactions" (
	"contribution_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"verdict" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_reactions_pkey" PRIMARY KEY("contribution_id","participant_id"),
	CONSTRAINT "meeting_reactions_verdict_check" CHECK (verdict in ('klopt', 'klopt_niet'))
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"topic_id" uuid,
	"code" text NOT NULL,
	"state" text DEFAULT 'planned' NOT NULL,
	"auto_accept" boolean DEFAULT false NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_workspace_id_id_key" UNIQUE("workspace_id","id"),
	CONSTRAINT "meetings_code_key" UNIQUE("code"),
	CONSTRAINT "meetings_name_check" CHECK (char_length(name) between 1 and 120 and name !~ '[\x01-\x1f\x7f-\x9f]' and name = btrim(name, E' \u00a0')),
	CONSTRAINT "meetings_description_check" CHECK (char_length(description) <= 10000),
	CONSTRAINT "meetings_state_check" CHECK (state in ('planned', 'open', 'closed')),
	CONSTRAINT "meetings_code_check" CHECK (code ~ '^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$')
);
--> statement-breakpoint
ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_via_check";--> statement-breakpoint
ALTER TABLE "meeting_contributions" ADD CONSTRAINT "meeting_contributions_participant_id_meeting_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."meeting_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_contributions" ADD CONSTRAINT "meeting_contributions_group_id_meeting_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."meeting_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_contributions" ADD CONSTRAINT "meeting_contributions_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_contributions" ADD CONSTRAINT "meeting_contributions_relation_id_relations_id_fk" FOREIGN KEY ("relation_id") REFERENCES "public"."relations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_contributions" ADD CONSTRAINT "meeting_contributions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_contributions" ADD CONSTRAINT "meeting_contributions_meeting_fk" FOREIGN KEY ("workspace_id","meeting_id") REFERENCES "public"."meetings"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_events" ADD CONSTRAINT "meeting_events_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_groups" ADD CONSTRAINT "meeting_groups_perspective_id_perspectives_id_fk" FOREIGN KEY ("perspective_id") REFERENCES "public"."perspectives"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_groups" ADD CONSTRAINT "meeting_groups_meeting_fk" FOREIGN KEY ("workspace_id","meeting_id") REFERENCES "public"."meetings"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_group_id_meeting_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."meeting_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_reactions" ADD CONSTRAINT "meeting_reactions_contribution_id_meeting_contributions_id_fk" FOREIGN KEY ("contribution_id") REFERENCES "public"."meeting_contributions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_reactions" ADD CONSTRAINT "meeting_reactions_participant_id_meeting_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."meeting_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_contributions_meeting_idx" ON "meeting_contributions" USING btree ("meeting_id","created_at");--> statement-breakpoint
CREATE INDEX "meeting_contributions_participant_idx" ON "meeting_contributions" USING btree ("participant_id","created_at");--> statement-breakpoint
CREATE INDEX "meeting_contributions_relation_idx" ON "meeting_contributions" USING btree ("relation_id");--> statement-breakpoint
CREATE INDEX "meeting_events_meeting_idx" ON "meeting_events" USING btree ("meeting_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_groups_meeting_name_key" ON "meeting_groups" USING btree ("meeting_id",lower("name"));--> statement-breakpoint
CREATE INDEX "meeting_participants_meeting_idx" ON "meeting_participants" USING btree ("meeting_id","group_id");--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_via_check" CHECK (via in ('api', 'cli', 'system', 'survey', 'meeting'));