BEGIN;
--
-- Create model Badge
--
DROP TABLE "fleet_badge" CASCADE;
COMMIT;
