BEGIN;
--
-- Remove field deadline from route
--
ALTER TABLE "events_route" ADD COLUMN "deadline" daterange NULL;
COMMIT;
