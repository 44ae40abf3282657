BEGIN;
--
-- Add field deadline to route
--
ALTER TABLE "events_route" ADD COLUMN "deadline" daterange NULL;
COMMIT;
