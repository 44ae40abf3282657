BEGIN;
--
-- Alter batch table comment
--
COMMENT ON TABLE "events_batch" IS 'Orders table v13';
--
-- Alter unique_together for batch (1 constraint(s))
--
ALTER TABLE "events_batch" ADD CONSTRAINT "events_batch_count_budget_bceb418b_uniq" UNIQUE ("count", "budget");
COMMIT;
