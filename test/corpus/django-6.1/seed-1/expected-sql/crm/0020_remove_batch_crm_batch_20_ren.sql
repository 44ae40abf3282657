BEGIN;
--
-- Remove index crm_batch_20_ren from batch
--
DROP INDEX IF EXISTS "crm_batch_20_ren";
COMMIT;
