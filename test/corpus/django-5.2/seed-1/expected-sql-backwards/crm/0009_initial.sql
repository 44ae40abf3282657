BEGIN;
--
-- Create model Album
--
DROP TABLE "crm_album" CASCADE;
COMMIT;
