BEGIN;
--
-- Add field type to payment
--
ALTER TABLE "fleet_payment" DROP COLUMN "type";
COMMIT;
