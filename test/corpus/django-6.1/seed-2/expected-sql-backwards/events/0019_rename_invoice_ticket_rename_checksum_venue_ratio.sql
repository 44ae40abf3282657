BEGIN;
--
-- Rename field checksum on venue to ratio
--
SET CONSTRAINTS "events_venue_ratio_id_a6800bbf_fk_events_venue_id" IMMEDIATE; ALTER TABLE "events_venue" DROP CONSTRAINT "events_venue_ratio_id_a6800bbf_fk_events_venue_id";
ALTER TABLE "events_venue" RENAME COLUMN "ratio_id" TO "checksum_id";
ALTER TABLE "events_venue" ADD CONSTRAINT "events_venue_checksum_id_c5384e23_fk_events_venue_id" FOREIGN KEY ("checksum_id") REFERENCES "events_venue" ("id") ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;
--
-- Rename model Invoice to Ticket
--
ALTER TABLE "events_ticket" RENAME TO "events_invoice";
COMMIT;
