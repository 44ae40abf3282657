BEGIN;
--
-- Add field ip to venue
--
ALTER TABLE "library_venue" DROP COLUMN "ip";
--
-- Remove field amount from venue
--
ALTER TABLE "library_venue" ADD COLUMN "amount" boolean NOT NULL;
COMMIT;
