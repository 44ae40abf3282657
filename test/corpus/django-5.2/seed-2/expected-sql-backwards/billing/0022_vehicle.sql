BEGIN;
--
-- Create model Vehicle
--
DROP TABLE "billing_vehicle" CASCADE;
COMMIT;
