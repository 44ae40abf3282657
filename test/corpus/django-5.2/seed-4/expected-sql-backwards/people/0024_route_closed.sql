BEGIN;
--
-- Add field closed to route
--
ALTER TABLE "people_route_t21" DROP COLUMN "closed" CASCADE;
COMMIT;
