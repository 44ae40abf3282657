BEGIN;
--
-- Add field closed to route
--
ALTER TABLE "people_route_t21" ADD COLUMN "closed" bigint GENERATED ALWAYS AS (("weight" * "phone")) STORED;
COMMIT;
