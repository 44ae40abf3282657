BEGIN;
--
-- Create model Route
--
DROP TABLE "catalog_route" CASCADE;
COMMIT;
