BEGIN;
--
-- Add field body to address
--
ALTER TABLE "fleet_address" DROP COLUMN "body" CASCADE;
COMMIT;
