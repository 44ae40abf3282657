BEGIN;
--
-- Custom state/database change combination
--
ALTER TABLE "catalog_address" DROP COLUMN "size";
COMMIT;
