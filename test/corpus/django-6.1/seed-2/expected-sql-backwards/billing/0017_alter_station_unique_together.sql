BEGIN;
--
-- Alter unique_together for station (0 constraint(s))
--
ALTER TABLE "billing_station_t1" ADD CONSTRAINT "billing_station_t1_version_col_id22_f4a20ff7_uniq" UNIQUE ("version", "col_id22");
COMMIT;
