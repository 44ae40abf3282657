BEGIN;
--
-- Create not valid constraint fleet_address_nv22 on model address
--
ALTER TABLE "fleet_address" ADD CONSTRAINT "fleet_address_nv22" CHECK ("body" < ("ip" + 1)) NOT VALID;
COMMIT;
