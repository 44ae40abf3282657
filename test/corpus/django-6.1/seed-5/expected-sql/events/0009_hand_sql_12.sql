BEGIN;
--
-- Raw SQL operation
--
COMMENT ON TABLE "events_station" IS 'touched by hand 12';
COMMIT;
