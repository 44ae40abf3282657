BEGIN;
--
-- Custom state/database change combination
--
ALTER TABLE "catalog_product" ADD COLUMN "limit" integer NULL;
COMMIT;
