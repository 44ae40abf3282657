BEGIN;
--
-- Add field city to venue
--
ALTER TABLE "library_venue" DROP COLUMN "city";
COMMIT;
