CREATE TABLE "actors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"force" text NOT NULL,
	"kind" text NOT NULL,
	"achtergrond" text DEFAULT '' NOT NULL,
	"motieven" text DEFAULT '' NOT NULL,
	"kenmerken" text DEFAULT '' NOT NULL,
	"perspectief" text DEFAULT '' NOT NULL,
	"rol" text DEFAULT '' NOT NULL,
	"belangen" text DEFAULT '' NOT NULL,
	"domains" text[] DEFAULT '{}'::text[] NOT NULL,
	"scale" text,
	"wijken" text[] DEFAULT '{}'::text[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"website" text,
	"sources" text[] DEFAULT '{}'::text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actors_workspace_id_id_key" UNIQUE("workspace_id","id"),
	CONSTRAINT "actors_name_check" CHECK (char_length(name) between 1 and 200 and name !~ '[\x01-\x1f\x7f-\x9f]' and name = btrim(name, E' \u00a0')),
	CONSTRAINT "actors_force_check" CHECK (force in ('rijk', 'instelling', 'gemeente', 'professional', 'bewoner')),
	CONSTRAINT "actors_kind_check" CHECK (kind in ('organisatie', 'team', 'initiatief', 'netwerk', 'persoon_in_rol')),
	CONSTRAINT "actors_achtergrond_check" CHECK (char_length(achtergrond) <= 10000),
	CONSTRAINT "actors_motieven_check" CHECK (char_length(motieven) <= 10000),
	CONSTRAINT "actors_kenmerken_check" CHECK (char_length(kenmerken) <= 10000),
	CONSTRAINT "actors_perspectief_check" CHECK (char_length(perspectief) <= 10000),
	CONSTRAINT "actors_rol_check" CHECK (char_length(rol) <= 10000),
	CONSTRAINT "actors_belangen_check" CHECK (char_length(belangen) <= 10000),
	CONSTRAINT "actors_domains_check" CHECK (domains <@ array['schulden', 'armoede', 'werk_inkomen', 'wmo_ondersteuning', 'jeugd', 'gezondheid', 'wonen', 'taal_onderwijs', 'informele_zorg', 'veiligheid', 'participatie']::text[] and array_position(domains, null) is null),
	CONSTRAINT "actors_scale_check" CHECK (scale is null or scale in ('landelijk', 'regio', 'gemeente', 'wijk', 'buurt')),
	CONSTRAINT "actors_wijken_check" CHECK (cardinality(wijken) <= 100 and kv_valid_labels(wijken, 100)),
	CONSTRAINT "actors_tags_check" CHECK (cardinality(tags) <= 100 and kv_valid_labels(tags, 100)),
	CONSTRAINT "actors_sources_check" CHECK (cardinality(sources) <= 100 and kv_valid_labels(sources, 2000)),
	CONSTRAINT "actors_website_check" CHECK (website is null or (website ~* '^https?://' and char_length(website) <= 2000))
);
--> statement-breakpoint
CREATE TABLE "gemeenten" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"province_code" text NOT NULL,
	"province_name" text NOT NULL,
	"year" integer NOT NULL,
	CONSTRAINT "gemeenten_code_check" CHECK (code ~ '^GM[0-9]{4}$')
);
--> statement-breakpoint
CREATE TABLE "relations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	"type" text NOT NULL,
	"strength" smallint DEFAULT 3 NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"perspective" text,
	"sources" text[] DEFAULT '{}'::text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "relations_no_self_check" CHECK (source_id <> target_id),
	CONSTRAINT "relations_type_check" CHECK (type in ('financiert', 'contracteert', 'stuurt_aan', 'werkt_samen', 'verwijst', 'informeert', 'vertegenwoordigt', 'maakt_deel_uit_van', 'spanning')),
	CONSTRAINT "relations_strength_check" CHECK (strength between 1 and 5),
	CONSTRAINT "relations_description_check" CHECK (char_length(description) <= 10000),
	CONSTRAINT "relations_dates_check" CHECK (valid_from is null or valid_to is null or valid_from <= valid_to),
	CONSTRAINT "relations_perspective_check" CHECK (perspective is null or (char_length(perspective) between 1 and 200 and perspective !~ '[\x01-\x1f\x7f-\x9f]')),
	CONSTRAINT "relations_sources_check" CHECK (cardinality(sources) <= 100 and kv_valid_labels(sources, 2000))
);
--> statement-breakpoint
CREATE TABLE "workspaces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"gemeente_code" text NOT NULL,
	"wijken" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workspaces_name_check" CHECK (char_length(name) between 1 and 200 and name !~ '[\x01-\x1f\x7f-\x9f]' and name = btrim(name, E' \u00a0')),
	CONSTRAINT "workspaces_wijken_check" CHECK (cardinality(wijken) <= 100 and kv_valid_labels(wijken, 100)),
	CONSTRAINT "workspaces_description_check" CHECK (char_length(description) <= 10000)
);
--> statement-breakpoint
ALTER TABLE "actors" ADD CONSTRAINT "actors_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relations" ADD CONSTRAINT "relations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relations" ADD CONSTRAINT "relations_source_fk" FOREIGN KEY ("workspace_id","source_id") REFERENCES "public"."actors"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relations" ADD CONSTRAINT "relations_target_fk" FOREIGN KEY ("workspace_id","target_id") REFERENCES "public"."actors"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "actors_workspace_name_idx" ON "actors" USING btree ("workspace_id",lower("name"));--> statement-breakpoint
CREATE INDEX "relations_workspace_source_idx" ON "relations" USING btree ("workspace_id","source_id");--> statement-breakpoint
CREATE INDEX "relations_workspace_target_idx" ON "relations" USING btree ("workspace_id","target_id");