BEGIN;
--
-- Create not valid constraint fleet_payment_nv13 on model payment
--
ALTER TABLE "fleet_payment" ADD CONSTRAINT "fleet_payment_nv13" CHECK ("version" >=  -10) NOT VALID;
COMMIT;
