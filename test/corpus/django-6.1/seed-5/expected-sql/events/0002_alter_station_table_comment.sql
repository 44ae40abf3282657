BEGIN;
--
-- Alter station table comment
--
COMMENT ON TABLE "events_station" IS 'Comment v1 v2';
COMMIT;
