BEGIN;
--
-- Add field size to payment
--
ALTER TABLE "fleet_payment" DROP COLUMN "size";
COMMIT;
