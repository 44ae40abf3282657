BEGIN;
--
-- Alter vehicle table comment
--
COMMENT ON TABLE "crm_vehicle" IS 'Orders table v26';
COMMIT;
