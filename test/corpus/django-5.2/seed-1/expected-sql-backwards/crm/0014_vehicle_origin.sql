BEGIN;
--
-- Add field origin to vehicle
--
ALTER TABLE "crm_vehicle" DROP COLUMN "origin" CASCADE;
COMMIT;
