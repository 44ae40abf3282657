BEGIN;
--
-- Alter field active on batch
--
ALTER TABLE "crm_batch" ALTER COLUMN "col_active15" TYPE uuid;
COMMENT ON COLUMN "crm_batch"."col_active15" IS 'Budget total 17';
COMMIT;
