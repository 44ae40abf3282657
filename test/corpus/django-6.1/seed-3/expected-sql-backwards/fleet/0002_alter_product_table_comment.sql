BEGIN;
--
-- Alter product table comment
--
COMMENT ON TABLE "fleet_product" IS '';
COMMIT;
