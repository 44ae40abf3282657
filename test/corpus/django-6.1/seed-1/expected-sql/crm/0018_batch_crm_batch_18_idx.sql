BEGIN;
--
-- Create index crm_batch_18_idx on field(s) token of model batch
--
CREATE INDEX "crm_batch_18_idx" ON "crm_batch" USING gin ("token") WITH (fastupdate = off);
COMMIT;
