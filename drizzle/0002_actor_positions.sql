CREATE TABLE "actor_positions" (
	"workspace_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"layout" text NOT NULL,
	"x" double precision NOT NULL,
	"y" double precision NOT NULL,
	CONSTRAINT "actor_positions_pkey" PRIMARY KEY("workspace_id","layout","actor_id"),
	CONSTRAINT "actor_positions_layout_check" CHECK (layout in ('vijf_krachten', 'force')),
	CONSTRAINT "actor_positions_coordinates_check" CHECK (abs(x) < 1000000000 and abs(y) < 1000000000)
);
--> statement-breakpoint
ALTER TABLE "actor_positions" ADD CONSTRAINT "actor_positions_actor_fk" FOREIGN KEY ("workspace_id","actor_id") REFERENCES "public"."actors"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "actor_positions_workspace_actor_idx" ON "actor_positions" USING btree ("workspace_id","actor_id");