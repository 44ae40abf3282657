BEGIN;
--
-- Rename model Author to Vehicle
--
ALTER TABLE "events_author" RENAME TO "events_vehicle";
COMMIT;
