BEGIN;
--
-- Rename model Author to Vehicle
--
ALTER TABLE "events_vehicle" RENAME TO "events_author";
COMMIT;
