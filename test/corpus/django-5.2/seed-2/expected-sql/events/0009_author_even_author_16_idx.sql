BEGIN;
--
-- Create index even_author_16_idx on field(s) summary of model author
--
CREATE INDEX "even_author_16_idx" ON "events_author" ("summary" varchar_pattern_ops);
COMMIT;
