BEGIN;
--
-- Alter sensor table comment
--
COMMENT ON TABLE "fleet_sensor" IS '';
COMMIT;
