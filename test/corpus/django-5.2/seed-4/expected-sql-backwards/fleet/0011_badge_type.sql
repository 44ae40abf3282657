BEGIN;
--
-- Add field type to badge
--
ALTER TABLE "fleet_badge" DROP COLUMN "type" CASCADE;
COMMIT;
