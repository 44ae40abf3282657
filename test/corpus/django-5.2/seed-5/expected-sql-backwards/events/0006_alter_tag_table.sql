BEGIN;
--
-- Rename table for tag to events_tag_t6
--
ALTER TABLE "events_tag_t6" RENAME TO "events_tag";
COMMIT;
