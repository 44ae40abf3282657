BEGIN;
--
-- Create model Note
--
DROP TABLE "crm_note" CASCADE;
COMMIT;
