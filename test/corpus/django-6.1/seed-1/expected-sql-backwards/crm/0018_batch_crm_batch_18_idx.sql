BEGIN;
--
-- Create index crm_batch_18_idx on field(s) token of model batch
--
DROP INDEX IF EXISTS "crm_batch_18_idx";
COMMIT;
