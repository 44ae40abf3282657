BEGIN;
--
-- Add field flag to payment
--
ALTER TABLE "fleet_payment" DROP COLUMN "flag" CASCADE;
COMMIT;
