BEGIN;
--
-- Rename field rating on region to ratio
--
ALTER TABLE "events_region" RENAME COLUMN "ratio" TO "rating";
COMMIT;
