BEGIN;
--
-- Alter product table comment
--
COMMENT ON TABLE "shop_product" IS '';
COMMIT;
