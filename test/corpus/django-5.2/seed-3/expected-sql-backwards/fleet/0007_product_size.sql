BEGIN;
--
-- Add field size to product
--
SET CONSTRAINTS "fleet_product_size_id_dbf46c84_fk_events_venue_id" IMMEDIATE; ALTER TABLE "fleet_product" DROP CONSTRAINT "fleet_product_size_id_dbf46c84_fk_events_venue_id";
ALTER TABLE "fleet_product" DROP COLUMN "size_id" CASCADE;
COMMIT;
