BEGIN;
--
-- Alter vehicle table comment
--
COMMENT ON TABLE "crm_vehicle" IS '';
COMMIT;
