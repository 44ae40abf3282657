BEGIN;
--
-- Remove index even_author_27_idx from author
--
CREATE INDEX "even_author_27_idx" ON "events_author_t2" ("weight_id");
COMMIT;
