BEGIN;
--
-- Add field code to route
--
ALTER TABLE "catalog_route" ADD COLUMN "code" hstore NULL;
COMMIT;
