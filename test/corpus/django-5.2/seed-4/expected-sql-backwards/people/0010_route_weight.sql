BEGIN;
--
-- Add field weight to route
--
ALTER TABLE "people_route" DROP COLUMN "weight" CASCADE;
COMMIT;
