BEGIN;
--
-- Add field price to payment
--
ALTER TABLE "fleet_payment" DROP COLUMN "price";
COMMIT;
