BEGIN;
--
-- Custom state/database change combination
--
ALTER TABLE "catalog_product" DROP COLUMN "limit" CASCADE;
COMMIT;
