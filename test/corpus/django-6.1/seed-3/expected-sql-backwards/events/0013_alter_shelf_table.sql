BEGIN;
--
-- Rename table for shelf to events_shelf_t15
--
ALTER TABLE "events_shelf_t15" RENAME TO "events_shelf";
ALTER TABLE "events_shelf_t15_rating" RENAME TO "events_shelf_rating";
COMMIT;
