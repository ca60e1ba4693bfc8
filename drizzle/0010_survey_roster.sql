ALTER TABLE "surveys" ADD COLUMN "roster" text DEFAULT 'all' NOT NULL;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "roster_actor_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_roster_check" CHECK (roster in ('all', 'respondents', 'chosen'));--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_roster_actor_ids_check" CHECK (cardinality(roster_actor_ids) <= 5000 and array_position(roster_actor_ids, null) is null);