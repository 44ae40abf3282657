BEGIN;
--
-- Create model Badge
--
DROP TABLE "crm_badge" CASCADE;
COMMIT;
