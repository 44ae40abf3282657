BEGIN;
--
-- Create model Route
--
DROP TABLE "people_route" CASCADE;
COMMIT;
