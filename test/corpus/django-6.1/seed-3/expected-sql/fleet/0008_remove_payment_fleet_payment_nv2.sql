BEGIN;
--
-- Remove constraint fleet_payment_nv2 from model payment
--
ALTER TABLE "fleet_payment" DROP CONSTRAINT "fleet_payment_nv2";
COMMIT;
