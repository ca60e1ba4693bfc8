CREATE TABLE "snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"reason" text NOT NULL,
	"source_id" uuid,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"counts" jsonb NOT NULL,
	"bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	CONSTRAINT "snapshots_name_check" CHECK (char_length(name) between 1 and 200 and name !~ '[\x01-\x1f\x7f-\x9f]' and name = btrim(name, E' \u00a0')),
	CONSTRAINT "snapshots_reason_check" CHECK (reason in ('manual', 'survey', 'meeting', 'schedule'))
);
--> statement-breakpoint
ALTER TABLE "snapshots" ADD CONSTRAINT "snapshots_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshots" ADD CONSTRAINT "snapshots_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "snapshots_workspace_idx" ON "snapshots" USING btree ("workspace_id","taken_at");--> statement-breakpoint
-- Hand-written: a snapshot is immutable. Only the account that took it may go (its id is then set null).
CREATE FUNCTION kv_snapshot_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.id, NEW.workspace_id, NEW.name, NEW.reason, NEW.source_id, NEW.taken_at, NEW.counts, NEW.bytes, NEW.content)
     IS DISTINCT FROM
     (OLD.id, OLD.workspace_id, OLD.name, OLD.reason, OLD.source_id, OLD.taken_at, OLD.counts, OLD.bytes, OLD.content) THEN
    RAISE EXCEPTION 'snapshots are immutable' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER snapshots_immutable BEFORE UPDATE ON "snapshots"
  FOR EACH ROW EXECUTE FUNCTION kv_snapshot_immutable();
