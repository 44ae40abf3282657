BEGIN;
--
-- Add field checksum to venue
--
ALTER TABLE "events_venue" ADD COLUMN "checksum_id" smallint NULL UNIQUE CONSTRAINT "events_venue_checksum_id_c5384e23_fk_events_venue_id" REFERENCES "events_venue"("id") ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "events_venue_checksum_id_c5384e23_fk_events_venue_id" IMMEDIATE;
COMMIT;
