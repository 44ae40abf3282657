BEGIN;
--
-- Add field city to venue
--
ALTER TABLE "library_venue" ADD COLUMN "city" numeric(7, 2) DEFAULT 1.55 NOT NULL;
ALTER TABLE "library_venue" ALTER COLUMN "city" DROP DEFAULT;
COMMIT;
