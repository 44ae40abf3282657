BEGIN;
--
-- Alter station table comment
--
COMMENT ON TABLE "events_station" IS '';
COMMIT;
