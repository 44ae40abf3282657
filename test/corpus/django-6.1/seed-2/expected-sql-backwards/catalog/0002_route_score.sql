BEGIN;
--
-- Add field score to route
--
ALTER TABLE "catalog_route" DROP COLUMN "score";
COMMIT;
