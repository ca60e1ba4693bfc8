-- A relatie's free-text perspective is gone: who says a tie exists is an assessment by a perspective.
-- Migration 0006 turned every text into such a claim; these two statements do the same for texts written
-- since (by a version that still had the field), before the column goes. A relatie that its perspective
-- assessed already keeps that assessment.
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
WHERE r."perspective" IS NOT NULL AND btrim(r."perspective", E' \u00a0') <> ''
ON CONFLICT ("relation_id", "perspective_id") DO NOTHING;
--> statement-breakpoint
ALTER TABLE "relations" DROP CONSTRAINT "relations_perspective_check";--> statement-breakpoint
ALTER TABLE "relations" DROP COLUMN "perspective";
