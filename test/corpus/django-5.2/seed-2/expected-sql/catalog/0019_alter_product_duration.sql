BEGIN;
--
-- Alter field duration on product
--
CREATE INDEX "catalog_product_duration_8d59911f" ON "catalog_product" ("duration") TABLESPACE "pg_default";
COMMIT;
