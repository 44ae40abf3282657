BEGIN;
--
-- Raw SQL operation
--
COMMENT ON TABLE "events_batch" IS 'touched by hand 24';
COMMIT;
