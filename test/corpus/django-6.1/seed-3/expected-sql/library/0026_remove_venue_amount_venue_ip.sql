BEGIN;
--
-- Remove field amount from venue
--
ALTER TABLE "library_venue" DROP COLUMN "amount";
--
-- Add field ip to venue
--
ALTER TABLE "library_venue" ADD COLUMN "ip" boolean DEFAULT false NOT NULL;
ALTER TABLE "library_venue" ALTER COLUMN "ip" DROP DEFAULT;
COMMIT;
