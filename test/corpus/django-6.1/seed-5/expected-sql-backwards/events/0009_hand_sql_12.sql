BEGIN;
--
-- Raw SQL operation
--
COMMENT ON TABLE "events_station" IS NULL;
COMMIT;
