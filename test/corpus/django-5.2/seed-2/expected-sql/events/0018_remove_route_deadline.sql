BEGIN;
--
-- Remove field deadline from route
--
ALTER TABLE "events_route" DROP COLUMN "deadline" CASCADE;
COMMIT;
