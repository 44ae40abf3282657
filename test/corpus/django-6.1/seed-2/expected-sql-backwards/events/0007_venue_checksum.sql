BEGIN;
--
-- Add field checksum to venue
--
SET CONSTRAINTS "events_venue_checksum_id_c5384e23_fk_events_venue_id" IMMEDIATE; ALTER TABLE "events_venue" DROP CONSTRAINT "events_venue_checksum_id_c5384e23_fk_events_venue_id";
ALTER TABLE "events_venue" DROP COLUMN "checksum_id";
COMMIT;
