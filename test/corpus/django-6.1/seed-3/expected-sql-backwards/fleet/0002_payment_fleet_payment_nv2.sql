BEGIN;
--
-- Create not valid constraint fleet_payment_nv2 on model payment
--
ALTER TABLE "fleet_payment" DROP CONSTRAINT "fleet_payment_nv2";
COMMIT;
