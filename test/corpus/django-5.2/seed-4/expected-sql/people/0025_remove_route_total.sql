BEGIN;
--
-- Remove field total from route
--
ALTER TABLE "people_route_t21" DROP COLUMN "total" CASCADE;
COMMIT;
