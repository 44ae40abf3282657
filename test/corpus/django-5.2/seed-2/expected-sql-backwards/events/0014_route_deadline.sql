BEGIN;
--
-- Add field deadline to route
--
ALTER TABLE "events_route" DROP COLUMN "deadline" CASCADE;
COMMIT;
