BEGIN;
--
-- Alter unique_together for station (0 constraint(s))
--
ALTER TABLE "billing_station_t1" DROP CONSTRAINT "billing_station_t1_version_id_a9e72a98_uniq";
COMMIT;
