BEGIN;
--
-- Create model Track
--
DROP TABLE "crm_track" CASCADE;
COMMIT;
