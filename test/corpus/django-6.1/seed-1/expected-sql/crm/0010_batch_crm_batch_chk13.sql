BEGIN;
--
-- Create constraint crm_batch_chk13 on model batch
--
ALTER TABLE "crm_batch" ADD CONSTRAINT "crm_batch_chk13" CHECK (("token" <=  -10 OR "version" < '2023-05-17'::date));
COMMIT;
