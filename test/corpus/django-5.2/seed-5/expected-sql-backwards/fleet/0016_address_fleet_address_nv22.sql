BEGIN;
--
-- Create not valid constraint fleet_address_nv22 on model address
--
ALTER TABLE "fleet_address" DROP CONSTRAINT "fleet_address_nv22";
COMMIT;
