BEGIN;
--
-- Alter shelf table comment
--
COMMENT ON TABLE "events_shelf" IS '';
COMMIT;
