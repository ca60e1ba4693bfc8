ALTER TABLE "surveys" ADD COLUMN "topic_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "topic_positions" ADD COLUMN "respondent_id" uuid;--> statement-breakpoint
ALTER TABLE "topic_positions" ADD CONSTRAINT "topic_positions_respondent_id_survey_respondents_id_fk" FOREIGN KEY ("respondent_id") REFERENCES "public"."survey_respondents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "topic_positions_respondent_idx" ON "topic_positions" USING btree ("respondent_id");--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_topic_ids_check" CHECK (cardinality(topic_ids) <= 10 and array_position(topic_ids, null) is null);