BEGIN;
--
-- Alter product table comment
--
COMMENT ON TABLE "catalog_product" IS '';
COMMIT;
