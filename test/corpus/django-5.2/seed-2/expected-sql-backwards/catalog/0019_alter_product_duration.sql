BEGIN;
--
-- Alter field duration on product
--
DROP INDEX IF EXISTS "catalog_product_duration_8d59911f";
COMMIT;
