BEGIN;
--
-- Alter field select on product
--
ALTER TABLE "fleet_product" DROP CONSTRAINT "fleet_product_select_id_ce9b73ea_uniq";
CREATE INDEX "fleet_product_select_id_ce9b73ea" ON "fleet_product" ("select_id");
COMMIT;
