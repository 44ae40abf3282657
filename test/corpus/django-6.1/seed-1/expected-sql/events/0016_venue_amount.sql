BEGIN;
--
-- Add field amount to venue
--
ALTER TABLE "events_venue" ADD COLUMN "amount" varchar(100) DEFAULT 'n/a' NOT NULL;
ALTER TABLE "events_venue" ALTER COLUMN "amount" DROP DEFAULT;
COMMIT;
