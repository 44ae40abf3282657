BEGIN;
--
-- Alter venue table comment
--
COMMENT ON TABLE "events_venue" IS '';
COMMIT;
