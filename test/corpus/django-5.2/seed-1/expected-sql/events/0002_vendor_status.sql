BEGIN;
--
-- Add field status to vendor
--
ALTER TABLE "events_vendor" ADD COLUMN "status" varchar(50) DEFAULT 'n/a' NOT NULL;
ALTER TABLE "events_vendor" ALTER COLUMN "status" DROP DEFAULT;
COMMIT;
