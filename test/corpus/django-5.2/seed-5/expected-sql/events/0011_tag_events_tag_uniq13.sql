BEGIN;
--
-- Create constraint events_tag_uniq13 on model tag
--
CREATE UNIQUE INDEX "events_tag_uniq13" ON "events_tag_t6" ((LOWER("total")));
COMMIT;
