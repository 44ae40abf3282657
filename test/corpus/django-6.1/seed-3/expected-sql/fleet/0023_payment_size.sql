BEGIN;
--
-- Add field size to payment
--
ALTER TABLE "fleet_payment" ADD COLUMN "size" boolean DEFAULT false NOT NULL;
ALTER TABLE "fleet_payment" ALTER COLUMN "size" DROP DEFAULT;
COMMIT;
