BEGIN;
--
-- Rename table for basket to fleet_basket_t12
--
ALTER TABLE "fleet_basket_t12" RENAME TO "fleet_basket";
--
-- Remove constraint fleet_basket_uniq10 from model basket
--
CREATE UNIQUE INDEX "fleet_basket_uniq10" ON "fleet_basket" ("label", "created") WHERE "opened" > 1;
COMMIT;
