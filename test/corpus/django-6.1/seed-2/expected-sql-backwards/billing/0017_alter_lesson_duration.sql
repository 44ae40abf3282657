BEGIN;
--
-- Alter field duration on lesson
--
ALTER TABLE "billing_station_t3" DROP CONSTRAINT "billing_station_t3_duration_3b34abc9_uniq";
DROP INDEX IF EXISTS "billing_station_t3_duration_3b34abc9_like";
COMMIT;
