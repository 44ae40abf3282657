BEGIN;
--
-- Add field kind to station
--
ALTER TABLE "events_station" ADD COLUMN "kind" bigint DEFAULT 10 NOT NULL UNIQUE;
ALTER TABLE "events_station" ALTER COLUMN "kind" DROP DEFAULT;
COMMIT;
