BEGIN;
--
-- Add field website to venue
--
DROP TABLE "library_venue_website" CASCADE;
--
-- Add field select to venue
--
ALTER TABLE "library_venue" DROP COLUMN "select";
COMMIT;
