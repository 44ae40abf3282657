BEGIN;
--
-- Validate constraint fleet_address_nv22 on model address
--
ALTER TABLE "fleet_address" VALIDATE CONSTRAINT "fleet_address_nv22";
COMMIT;
