BEGIN;
--
-- Remove field code from route
--
ALTER TABLE "catalog_route" ADD COLUMN "code" hstore NULL;
COMMIT;
