BEGIN;
--
-- Remove field total from route
--
ALTER TABLE "people_route_t21" ADD COLUMN "total" bytea NOT NULL;
COMMIT;
