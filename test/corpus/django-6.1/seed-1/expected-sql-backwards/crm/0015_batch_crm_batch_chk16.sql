BEGIN;
--
-- Create constraint crm_batch_chk16 on model batch
--
ALTER TABLE "crm_batch" DROP CONSTRAINT "crm_batch_chk16";
COMMIT;
