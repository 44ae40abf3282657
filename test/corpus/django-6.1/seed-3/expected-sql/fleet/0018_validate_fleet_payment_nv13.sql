BEGIN;
--
-- Validate constraint fleet_payment_nv13 on model payment
--
ALTER TABLE "fleet_payment" VALIDATE CONSTRAINT "fleet_payment_nv13";
COMMIT;
