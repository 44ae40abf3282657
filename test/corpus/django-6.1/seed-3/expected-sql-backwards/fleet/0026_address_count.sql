BEGIN;
--
-- Add field count to address
--
ALTER TABLE "fleet_address" DROP COLUMN "count";
COMMIT;
