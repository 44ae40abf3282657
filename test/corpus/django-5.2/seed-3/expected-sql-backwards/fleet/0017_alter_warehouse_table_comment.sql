BEGIN;
--
-- Alter warehouse table comment
--
COMMENT ON TABLE "fleet_warehouse" IS '';
COMMIT;
