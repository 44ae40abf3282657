BEGIN;
--
-- Add field code to route
--
ALTER TABLE "catalog_route" DROP COLUMN "code";
COMMIT;
