BEGIN;
--
-- Set order_with_respect_to on station to uid
--
ALTER TABLE "events_station" DROP COLUMN "_order";
COMMIT;
