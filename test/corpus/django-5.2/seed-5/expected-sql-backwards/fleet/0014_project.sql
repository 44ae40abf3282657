BEGIN;
--
-- Create model Project
--
DROP TABLE "fleet_project" CASCADE;
COMMIT;
