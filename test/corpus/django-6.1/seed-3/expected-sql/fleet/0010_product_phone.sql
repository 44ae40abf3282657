BEGIN;
--
-- Add field phone to product
--
ALTER TABLE "fleet_product_t4" ADD COLUMN "phone_id" integer NULL CONSTRAINT "fleet_product_t4_phone_id_fc21f77d_fk_events_shelf_id" REFERENCES "events_shelf"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "fleet_product_t4_phone_id_fc21f77d_fk_events_shelf_id" IMMEDIATE;
CREATE INDEX "fleet_product_t4_phone_id_fc21f77d" ON "fleet_product_t4" ("phone_id");
COMMIT;
