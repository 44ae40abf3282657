BEGIN;
--
-- Create model Vehicle
--
DROP TABLE "shop_vehicle" CASCADE;
COMMIT;
