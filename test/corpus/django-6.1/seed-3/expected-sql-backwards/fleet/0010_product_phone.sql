BEGIN;
--
-- Add field phone to product
--
SET CONSTRAINTS "fleet_product_t4_phone_id_fc21f77d_fk_events_shelf_id" IMMEDIATE; ALTER TABLE "fleet_product_t4" DROP CONSTRAINT "fleet_product_t4_phone_id_fc21f77d_fk_events_shelf_id";
ALTER TABLE "fleet_product_t4" DROP COLUMN "phone_id";
COMMIT;
