BEGIN;
--
-- Alter venue table comment
--
COMMENT ON TABLE "events_venue" IS 'It''s a table';
COMMIT;
