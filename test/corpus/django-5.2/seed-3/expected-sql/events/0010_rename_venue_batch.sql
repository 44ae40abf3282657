BEGIN;
--
-- Rename model Venue to Batch
--
ALTER TABLE "events_venue" RENAME TO "events_batch";
SET CONSTRAINTS "fleet_product_size_id_dbf46c84_fk_events_venue_id" IMMEDIATE; ALTER TABLE "fleet_product" DROP CONSTRAINT "fleet_product_size_id_dbf46c84_fk_events_venue_id";
ALTER TABLE "fleet_product" ADD CONSTRAINT "fleet_product_size_id_dbf46c84_fk_events_batch_id" FOREIGN KEY ("size_id") REFERENCES "events_batch" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
