BEGIN;
--
-- Rename table for shelf to events_shelf_t15
--
ALTER TABLE "events_shelf" RENAME TO "events_shelf_t15";
ALTER TABLE "events_shelf_rating" RENAME TO "events_shelf_t15_rating";
COMMIT;
