BEGIN;
--
-- Add field amount to address
--
ALTER TABLE "fleet_address" DROP COLUMN "amount" CASCADE;
COMMIT;
