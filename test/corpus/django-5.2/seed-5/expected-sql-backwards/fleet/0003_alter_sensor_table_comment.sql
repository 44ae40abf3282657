BEGIN;
--
-- Alter sensor table comment
--
COMMENT ON TABLE "fleet_sensor" IS 'It''s a table';
COMMIT;
