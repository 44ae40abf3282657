BEGIN;
--
-- Add field user to venue
--
ALTER TABLE "events_venue" ADD COLUMN "user" varchar(10) DEFAULT '' NOT NULL;
COMMIT;
