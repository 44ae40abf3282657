BEGIN;
--
-- Set order_with_respect_to on station to uid
--
ALTER TABLE "events_station" ADD COLUMN "_order" integer DEFAULT 0 NOT NULL;
ALTER TABLE "events_station" ALTER COLUMN "_order" DROP DEFAULT;
COMMIT;
