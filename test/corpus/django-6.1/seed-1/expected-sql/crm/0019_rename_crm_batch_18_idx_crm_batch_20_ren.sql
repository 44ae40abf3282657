BEGIN;
--
-- Rename index crm_batch_18_idx on batch to crm_batch_20_ren
--
ALTER INDEX "crm_batch_18_idx" RENAME TO "crm_batch_20_ren";
COMMIT;
