BEGIN;
--
-- Alter team table comment
--
COMMENT ON TABLE "events_team" IS '';
COMMIT;
