BEGIN;
--
-- Remove field code from route
--
ALTER TABLE "catalog_route" DROP COLUMN "code";
COMMIT;
