BEGIN;
--
-- Add field size to product
--
ALTER TABLE "fleet_product" ADD COLUMN "size_id" integer NULL CONSTRAINT "fleet_product_size_id_dbf46c84_fk_events_venue_id" REFERENCES "events_venue"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "fleet_product_size_id_dbf46c84_fk_events_venue_id" IMMEDIATE;
CREATE INDEX "fleet_product_size_id_dbf46c84" ON "fleet_product" ("size_id");
COMMIT;
