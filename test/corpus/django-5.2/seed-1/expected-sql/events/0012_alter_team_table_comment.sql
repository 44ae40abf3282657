BEGIN;
--
-- Alter team table comment
--
COMMENT ON TABLE "events_team" IS 'Comment v1 v6';
COMMIT;
