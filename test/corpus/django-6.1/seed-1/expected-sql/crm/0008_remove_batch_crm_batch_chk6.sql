BEGIN;
--
-- Remove constraint crm_batch_chk6 from model batch
--
ALTER TABLE "crm_batch" DROP CONSTRAINT "crm_batch_chk6";
COMMIT;
