BEGIN;
--
-- Rename table for tag to events_tag_t6
--
ALTER TABLE "events_tag" RENAME TO "events_tag_t6";
COMMIT;
