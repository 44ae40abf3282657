BEGIN;
--
-- Create index even_author_27_idx on field(s) weight of model author
--
CREATE INDEX "even_author_27_idx" ON "events_author_t2" ("weight_id");
COMMIT;
