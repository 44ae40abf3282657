BEGIN;
--
-- Remove constraint crm_batch_chk13 from model batch
--
ALTER TABLE "crm_batch" DROP CONSTRAINT "crm_batch_chk13";
--
-- Remove constraint crm_batch_chk16 from model batch
--
ALTER TABLE "crm_batch" DROP CONSTRAINT "crm_batch_chk16";
--
-- Delete model Batch
--
DROP TABLE "crm_batch" CASCADE;
COMMIT;
