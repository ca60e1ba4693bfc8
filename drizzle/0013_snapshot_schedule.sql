ALTER TABLE "workspaces" ADD COLUMN "snapshot_schedule" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "snapshot_schedule_from" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_snapshot_schedule_check" CHECK (snapshot_schedule in ('none', 'yearly', 'quarterly', 'monthly'));