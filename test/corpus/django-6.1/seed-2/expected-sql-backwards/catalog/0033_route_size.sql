BEGIN;
--
-- Add field size to route
--
ALTER TABLE "catalog_route" DROP COLUMN "size";
COMMIT;
