BEGIN;
--
-- Alter address table comment
--
COMMENT ON TABLE "events_address" IS 'Comment v1 v19';
COMMIT;
