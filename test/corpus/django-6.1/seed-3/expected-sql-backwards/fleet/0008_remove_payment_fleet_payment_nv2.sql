BEGIN;
--
-- Remove constraint fleet_payment_nv2 from model payment
--
ALTER TABLE "fleet_payment" ADD CONSTRAINT "fleet_payment_nv2" CHECK (("version" = 0 OR "rank" >= '2023-05-17 08:30:00+00:00'::timestamptz));
COMMIT;
