BEGIN;
--
-- Remove constraint fleet_basket_uniq10 from model basket
--
DROP INDEX IF EXISTS "fleet_basket_uniq10";
--
-- Rename table for basket to fleet_basket_t12
--
ALTER TABLE "fleet_basket" RENAME TO "fleet_basket_t12";
COMMIT;
