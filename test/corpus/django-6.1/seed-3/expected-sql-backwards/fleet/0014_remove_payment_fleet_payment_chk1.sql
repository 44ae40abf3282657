BEGIN;
--
-- Remove constraint fleet_payment_chk1 from model payment
--
ALTER TABLE "fleet_payment" ADD CONSTRAINT "fleet_payment_chk1" CHECK ("ref" IS NULL);
COMMIT;
