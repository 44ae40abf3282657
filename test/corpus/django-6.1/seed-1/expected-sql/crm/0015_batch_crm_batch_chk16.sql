BEGIN;
--
-- Create constraint crm_batch_chk16 on model batch
--
ALTER TABLE "crm_batch" ADD CONSTRAINT "crm_batch_chk16" CHECK ("uid" = '12345678123456781234567812345678'::uuid);
COMMIT;
