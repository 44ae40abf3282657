BEGIN;
--
-- Create constraint crm_batch_chk6 on model batch
--
ALTER TABLE "crm_batch" ADD CONSTRAINT "crm_batch_chk6" CHECK ("token" > 0);
COMMIT;
