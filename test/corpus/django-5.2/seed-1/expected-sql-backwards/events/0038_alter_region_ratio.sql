BEGIN;
--
-- Alter field ratio on region
--
ALTER TABLE "events_region" ALTER COLUMN "ratio" DROP DEFAULT;
COMMIT;
