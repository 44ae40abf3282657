BEGIN;
--
-- Add field ip to venue
--
ALTER TABLE "events_venue" ADD COLUMN "ip" varchar(32) DEFAULT '' NOT NULL;
ALTER TABLE "events_venue" ALTER COLUMN "ip" DROP DEFAULT;
COMMENT ON COLUMN "events_venue"."ip" IS 'Primary contact';
COMMIT;
