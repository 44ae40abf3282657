BEGIN;
--
-- Add field code to badge
--
ALTER TABLE "fleet_badge" DROP COLUMN "code" CASCADE;
COMMIT;
