BEGIN;
--
-- Add field origin to vehicle
--
ALTER TABLE "crm_vehicle" ADD COLUMN "origin" integer DEFAULT  -1 NOT NULL UNIQUE;
ALTER TABLE "crm_vehicle" ALTER COLUMN "origin" DROP DEFAULT;
COMMIT;
