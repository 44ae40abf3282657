BEGIN;
--
-- Rename field rating on region to ratio
--
ALTER TABLE "events_region" RENAME COLUMN "rating" TO "ratio";
COMMIT;
