BEGIN;
--
-- Raw SQL operation
--
ALTER TABLE "catalog_address" DROP COLUMN "flag";
COMMIT;
