BEGIN;
--
-- Create model Product
--
DROP TABLE "fleet_product" CASCADE;
COMMIT;
