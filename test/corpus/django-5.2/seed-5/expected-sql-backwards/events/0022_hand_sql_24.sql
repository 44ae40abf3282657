BEGIN;
--
-- Raw SQL operation
--
COMMENT ON TABLE "events_batch" IS NULL;
COMMIT;
