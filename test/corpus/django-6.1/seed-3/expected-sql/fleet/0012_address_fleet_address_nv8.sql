BEGIN;
--
-- Create not valid constraint fleet_address_nv8 on model address
--
ALTER TABLE "fleet_address" ADD CONSTRAINT "fleet_address_nv8" CHECK ("weight" BETWEEN  -10 AND 1000) NOT VALID;
COMMIT;
