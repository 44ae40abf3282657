BEGIN;
--
-- Remove field status from vendor
--
ALTER TABLE "events_vendor" ADD COLUMN "status" varchar(50) NOT NULL;
COMMIT;
