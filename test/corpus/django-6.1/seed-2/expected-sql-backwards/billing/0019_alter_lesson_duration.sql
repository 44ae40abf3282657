BEGIN;
--
-- Alter field duration on lesson
--
ALTER TABLE "billing_station_t3" ADD CONSTRAINT "billing_station_t3_duration_3b34abc9_uniq" UNIQUE ("duration");
COMMIT;
