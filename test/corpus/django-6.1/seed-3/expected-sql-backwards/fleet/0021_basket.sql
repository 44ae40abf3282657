BEGIN;
--
-- Create model Basket
--
DROP TABLE "fleet_basket" CASCADE;
COMMIT;
