BEGIN;
--
-- Create index even_tag_2_idx on field(s) -total of model tag
--
CREATE INDEX "even_tag_2_idx" ON "events_tag" ("total" DESC);
COMMIT;
