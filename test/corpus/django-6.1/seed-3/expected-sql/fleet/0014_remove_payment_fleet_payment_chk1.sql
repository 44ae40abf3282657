BEGIN;
--
-- Remove constraint fleet_payment_chk1 from model payment
--
ALTER TABLE "fleet_payment" DROP CONSTRAINT "fleet_payment_chk1";
COMMIT;
