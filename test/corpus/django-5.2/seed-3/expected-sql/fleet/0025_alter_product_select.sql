BEGIN;
--
-- Alter field select on product
--
DROP INDEX IF EXISTS "fleet_product_select_id_ce9b73ea";
ALTER TABLE "fleet_product" ADD CONSTRAINT "fleet_product_select_id_ce9b73ea_uniq" UNIQUE ("select_id");
COMMIT;
