BEGIN;
--
-- Alter product table comment
--
COMMENT ON TABLE "catalog_product" IS 'Orders table v21';
COMMIT;
