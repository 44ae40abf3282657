BEGIN;
--
-- Remove index crm_batch_20_ren from batch
--
CREATE INDEX "crm_batch_20_ren" ON "crm_batch" USING gin ("token") WITH (fastupdate = off);
COMMIT;
