BEGIN;
--
-- Create model Driver
--
DROP TABLE "crm_driver_t12" CASCADE;
COMMIT;
