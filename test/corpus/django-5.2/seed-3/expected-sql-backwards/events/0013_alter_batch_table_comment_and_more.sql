BEGIN;
--
-- Alter unique_together for batch (1 constraint(s))
--
ALTER TABLE "events_batch" DROP CONSTRAINT "events_batch_count_budget_bceb418b_uniq";
--
-- Alter batch table comment
--
COMMENT ON TABLE "events_batch" IS '';
COMMIT;
