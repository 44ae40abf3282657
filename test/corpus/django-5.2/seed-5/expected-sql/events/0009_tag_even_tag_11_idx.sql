BEGIN;
--
-- Create index even_tag_11_idx on field(s) total of model tag
--
CREATE INDEX "even_tag_11_idx" ON "events_tag_t6" ("total") WHERE "total"::text LIKE 'it''s%';
COMMIT;
