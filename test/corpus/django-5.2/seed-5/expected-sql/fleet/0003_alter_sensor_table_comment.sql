BEGIN;
--
-- Alter sensor table comment
--
COMMENT ON TABLE "fleet_sensor" IS 'Comment v1 v4';
COMMIT;
