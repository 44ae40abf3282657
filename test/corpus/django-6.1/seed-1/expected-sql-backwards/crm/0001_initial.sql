BEGIN;
--
-- Create model Batch
--
DROP TABLE "crm_batch" CASCADE;
COMMIT;
