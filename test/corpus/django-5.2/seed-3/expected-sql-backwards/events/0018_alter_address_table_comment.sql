BEGIN;
--
-- Alter address table comment
--
COMMENT ON TABLE "events_address" IS '';
COMMIT;
