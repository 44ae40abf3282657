BEGIN;
--
-- Create model Route
--
DROP TABLE "crm_route" CASCADE;
--
-- Create model Device
--
DROP TABLE "crm_device" CASCADE;
COMMIT;
