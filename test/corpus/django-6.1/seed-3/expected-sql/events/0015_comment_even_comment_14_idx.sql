BEGIN;
--
-- Create index even_comment_14_idx on field(s) id of model comment
--
CREATE INDEX "even_comment_14_idx" ON "events_comment" ("id") WHERE ("score"::text LIKE 'it''s%' OR "origin" IS NULL);
COMMIT;
