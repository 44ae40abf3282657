BEGIN;
--
-- Rename model Venue to Batch
--
ALTER TABLE "events_batch" RENAME TO "events_venue";
SET CONSTRAINTS "fleet_product_size_id_dbf46c84_fk_events_batch_id" IMMEDIATE; ALTER TABLE "fleet_product" DROP CONSTRAINT "fleet_product_size_id_dbf46c84_fk_events_batch_id";
ALTER TABLE "fleet_product" ADD CONSTRAINT "fleet_product_size_id_dbf46c84_fk_events_venue_id" FOREIGN KEY ("size_id") REFERENCES "events_venue" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
