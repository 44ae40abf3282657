BEGIN;
--
-- Raw SQL operation
--
ALTER TABLE "catalog_route" DROP COLUMN "opened";
COMMIT;
